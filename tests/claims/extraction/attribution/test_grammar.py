"""The reporting grammar (`attribution.rules`) comes from the lexicon, and travels with the component."""
import json

from claims.extraction.attribution.statements import StatementFinder
from claims.extraction.lexicon import load_rules


def test_the_word_lists_come_from_the_lexicon(finder):
    grammar = finder.grammar
    statements, roles = load_rules("statements.json"), load_rules("roles.json")
    assert grammar.coordinators == frozenset(statements["coordinators"])
    assert grammar.person_pronouns == frozenset(roles["pronouns_person"])
    assert grammar.complementizer.search("Ia mengatakan bahwa jalan ditutup.")
    assert not grammar.complementizer.search("Ia mengatakan bahwasanya jalan ditutup.")
    assert grammar.back_object.match("hal tersebut dalam rapat")
    assert not grammar.back_object.match("hal baru")


def test_a_weekday_of_the_dates_lexicon_dates_a_saying(finder):
    for day in load_rules("dates.json")["weekdays"]:
        text = f"harga cabai turun, {day.capitalize()} (4/11)."
        assert finder.grammar.date_tail.search(text), day


def test_an_edited_lexicon_changes_what_is_found(nlp, run, items, tmp_path):
    finder = StatementFinder(nlp, "copy")
    finder.to_disk(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dates.json", "roles.json", "statements.json"]
    sentence = ("Judul Berita\n\nKepala Dinas Pertanian Kabupaten Karawang, Hendra Gunawan, menyoroti stok pupuk "
                "menipis menjelang tanam.")
    doc = run(sentence)
    assert finder(doc) is doc and [st for *_, st in items(doc, "klaim_statement")] == []
    rules = json.loads((tmp_path / "statements.json").read_text(encoding="utf-8"))
    rules["verbs"]["menyoroti"] = "assert"
    (tmp_path / "statements.json").write_text(json.dumps(rules, ensure_ascii=False), encoding="utf-8")
    finder.from_disk(tmp_path)
    (st,) = [st for *_, st in items(finder(doc), "klaim_statement")]
    assert (st.speaker, st.quote) == ("Hendra Gunawan", "stok pupuk menipis menjelang tanam.")
