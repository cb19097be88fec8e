"""`literals`: what every match of a pattern requires, read from the pattern's text. The values for the
lexicon's own patterns are those Python 3.11's regex parser gave (the module that replaced it must
skip exactly the scans it skipped), and a requirement must hold for every match."""
import re

import pytest

from claims.extraction.lexicon import load_rules
from claims.extraction.text.literals import Parser, Unsupported, anchored, may_match, required_text

FURNITURE = {  # rule id → (anchored, required_text) as Python 3.11's `re._parser` gave them
    "read_also": (False, (("berita lainnya", "juga", "pula", "selengkapnya"),
                          ("baca", "cek", "lihat", "simak", "tonton"))),
    "read_also_line": (True, (("baca", "lihat", "simak", "tonton"), ("juga", "pula", "selengkapnya"))),
    "related": (True, (("lainnya", "pilihan", "terkait", "terpopuler"), ("artikel", "baca", "berita"))),
    "comments": (True, (("kirim komentar", "komentar", "leave a re", "tinggalkan ", "tulis komentar"),)),
    "comment_form": (False, ((" anda tidak akan ", "ruas yang wajib ditandai",
                              "your email address will not be published"),)),
    "submitted": (False, ((" bikin cerita", "konten ini adalah kiriman", "s join"),)),
    "share_bar": (True, ()),
    "caption_credit": (True, ()),
    "tags": (True, (("kata kunci", "keyword", "tag", "tags", "topik"),)),
    "pagination": (True, (("halaman", "page"),)),
    "source_line": (True, (("ource", "umber"),)),
}
CREDITS = [(("dila",),), (("dik",), ("tip",)), (("mengutip",),), (("melansir",),), (("ource", "umber"),), (),
           (("berita",), ("kantor",)), (("diberitakan",), ("seperti",))]


@pytest.mark.parametrize("rule_id", sorted(FURNITURE))
def test_furniture_rules_need_what_they_needed(rule_id):
    row = next(row for row in load_rules("furniture.jsonl") if row["id"] == rule_id)
    pattern = re.compile(row["pattern"], re.IGNORECASE)
    assert (anchored(pattern), required_text(pattern)) == FURNITURE[rule_id]


def test_credit_patterns_need_what_they_needed():
    patterns = [re.compile(p, re.MULTILINE | re.IGNORECASE) for p in load_rules("metadata.json")["credit_patterns"]
                if "{media}" not in p]
    assert [required_text(p) for p in patterns] == CREDITS
    assert not any(anchored(p) for p in patterns)  # "^" under MULTILINE starts any line


@pytest.mark.parametrize("pattern, need", [
    # a prefix shared by every option moves out of the group and joins the literal before it
    (r"\bdi(?:ku|k)tip\b", (("dik",), ("tip",))),
    (r"leave a (?:reply|response)", (("leave a re",), ("ply", "sponse"))),
    # options of one character are a class: nothing required of them
    (r"pasukan(?:a|b)khusus", (("pasukan",), ("khusus",))),
    (r"(?P<who>polisi|tentara)\s+(?:tewas|gugur)", (("polisi", "tentara"), ("gugur", "tewas"))),
    (r"(?:sebanyak\s+)?\d+\s+personel", (("personel",),)),  # an optional part requires nothing
    (r"(?i:dilansir)\s+reuters", (("reuters",),)),  # scoped flags: not read
    (r"[k]orban\s+jiwa", (("korban",), ("jiwa",))),  # a class of one letter is that letter
])
def test_required_text_of_a_few_shapes(pattern, need):
    assert required_text(re.compile(pattern, re.IGNORECASE)) == need


@pytest.mark.parametrize("pattern", [r"(\w+)\s+\1", r"(?P<a>x)(?P=a)", r"(a)?(?(1)b|c)", r"(?x) korban  jiwa", r"\N{EN DASH}"])
def test_what_the_parser_does_not_read_requires_nothing(pattern):
    with pytest.raises(Unsupported):
        Parser(pattern).parse()
    compiled = re.compile(pattern)
    assert required_text(compiled) == () and anchored(compiled) is False


@pytest.mark.parametrize("pattern, flags, expected", [
    (r"^\W*(?:penulis|editor)\s*:", 0, True), (r"(?:^Jakarta|^Bandung),", 0, True), (r"\ABaca juga", 0, True),
    (r"(?P<line>^Sumber)", 0, True), (r"^Baca|lihat", 0, False), (r"^Baca", re.MULTILINE, False),
    (r"(?>^Baca)", 0, False), (r"\bBaca juga", 0, False),
])
def test_anchored(pattern, flags, expected):
    assert anchored(re.compile(pattern, flags)) is expected


SENTENCES = [
    "Baca juga: Polisi kerahkan 2.000 personel amankan malam tahun baru",
    "Sebanyak 1.500 personel gabungan disiagakan di Monas, kata Kapolda.",
    "Dikutip dari Antara, korban tewas bertambah menjadi 12 orang.",
    "Ia tidak membaca berita itu juga.",
    "Kutipan lengkapnya tidak tersedia.",
]


@pytest.mark.parametrize("pattern", [r"\b(?:baca|lihat)\s+juga\b", r"\bdi(?:ku|k)tip\s+(?:dari\s+)?(\w+)",
                                     r"(?:sebanyak\s+)?[\d.]+\s+personel", r"korban\s+(?:tewas|jiwa)"])
def test_a_pattern_matches_only_where_its_requirement_holds(pattern):
    compiled = re.compile(pattern, re.IGNORECASE)
    need = required_text(compiled)
    assert need
    for sentence in SENTENCES:
        if compiled.search(sentence):
            assert may_match(need, sentence.lower()), sentence
    assert not may_match(need, SENTENCES[-1].lower())  # the scan is skipped where nothing can match
