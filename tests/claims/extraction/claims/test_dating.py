"""`claims.dating` and `claims.layout`: which date a claim gets, and where a figure stands."""
import datetime as dt

import pytest

from claims.extraction import extract
from claims.extraction.claims.dating import DateCues, Dated
from claims.extraction.claims.layout import Layout, clause_around
from claims.extraction.lexicon import load_rules
from claims.extraction.records import DateMention, Statement

PUBLISHED = dt.date(2024, 11, 6)


def dated(text):
    extraction = extract("Judul Berita Untuk Pengujian\n\n" + text, published=PUBLISHED)
    return [(c.kind, c.date) for c in extraction.claims]


def test_a_statement_is_dated_by_its_attribution():
    text = "Kepala BPBD Garut Rina Hapsari mengatakan 45 warga mengungsi ke balai desa, Selasa (5/11/2024)."
    assert dated(text) == [("statement", dt.date(2024, 11, 5)), ("displaced", dt.date(2024, 11, 5))]


def test_a_date_that_places_the_content_is_passed_over():
    # "sejak" says since when, not when it was said: the publication date stands
    assert dated("Sejak Senin (4/11/2024), sebanyak 200 warga mengungsi ke masjid.") == [("displaced", PUBLISHED)]


def test_without_a_date_the_publication_date_stands():
    assert dated("Sebanyak 400 personel disiagakan di Bogor.") == [("troop_count", PUBLISHED)]


@pytest.fixture(scope="module")
def cues():
    return DateCues(load_rules("dates.json"), load_rules("claims.json"))


def mention(day, **fields):
    return DateMention(dt.date(2024, 11, day), "day", "explicit", **fields)


def test_dates_ahead_or_in_quotations_date_nothing(cues):
    text = "“Kami berangkat Jumat (8/11),” kata Budi. Budi menyebut konser digelar Sabtu (9/11)."
    layout = Layout([(0, 41), (42, len(text))], [(0, len(text), "body")], len(text))
    quoted = Statement("Budi", None, "person", "…", True, "assert", (0, 41), (1, 29))
    dates = [(16, 28, mention(8)), (72, 83, mention(9))]
    dating = cues.dating(text, dates, [quoted], layout, dt.date(2024, 11, 7))
    assert dating.dates == []  # the first is quoted, the second after the publication
    assert dating.of_statement(quoted) == Dated(dt.date(2024, 11, 7), "day")
    assert dating.of_sentence((42, len(text))) == (dt.date(2024, 11, 7), "day")


def test_a_sentence_is_dated_by_its_own_date_else_its_paragraphs(cues):
    text = "Pada Senin (4/11), banjir datang. Sebanyak 40 warga mengungsi."
    layout = Layout([(0, 33), (34, len(text))], [(0, len(text), "body")], len(text))
    dating = cues.dating(text, [(5, 17, mention(4))], [], layout, PUBLISHED)
    assert dating.of_sentence((0, 33)) == Dated(dt.date(2024, 11, 4), "day")
    assert dating.of_sentence((34, len(text))) == Dated(dt.date(2024, 11, 4), "day")  # earlier in the paragraph
    assert cues.dating(text, [], [], layout, None).of_sentence((34, len(text))) == Dated(None, None)


def test_clause_around_a_figure():
    text = "Menurut polisi, 12 orang tewas; 30 lainnya luka."
    sentence = (0, len(text))
    start = text.index("12")
    assert text[slice(*clause_around(text, start, start + 2, sentence))] == " 12 orang tewas"
    start = text.index("30")
    assert text[slice(*clause_around(text, start, start + 2, sentence))] == " 30 lainnya luka."


def test_layout_lookups():
    layout = Layout([(5, 20), (21, 40)], [(5, 40, "heading")], 50)
    assert layout.sentence_of(25) == (21, 40)
    assert layout.sentence_of(2) == (0, 50)  # before the first sentence: the whole text
    assert layout.paragraph_of(10) == (5, 40, "heading")
    assert layout.paragraph_of(0) == (0, 50, "body")
