import pytest

from claims.extraction.lexicon import load_rules
from claims.extraction.mentions.calendar import Calendar
from claims.extraction.mentions.date_forms import DateForms


@pytest.fixture(scope="module")
def forms():
    rules = load_rules("dates.json")
    return DateForms(rules, Calendar.from_rules(rules))


def found(forms, text):
    return [(text[c.start:c.end], c.kind) for c in forms.candidates(text, 0, len(text))]


@pytest.mark.parametrize("text, expected", [
    ("Banjir melanda Sabtu (9/11/2024) dini hari.", [("Sabtu (9/11/2024)", "numeric")]),
    ("Rapat berlangsung 27-28 Oktober 2024 di Bandung.", [("27-28 Oktober 2024", "textual")]),
    ("Laporan terbit pada Agustus lalu.", [("pada Agustus lalu", "month")]),
    ("Anggaran tahun 2023 membengkak.", [("2023", "year")]),
    ("Stok beras menipis sejak awal bulan Juni 2024.", [("awal bulan Juni 2024", "month_year")]),
    ("Warga mengungsi pada hari Kamis sore.", [("pada hari Kamis sore", "weekday")]),
    ("Dua pekan lalu jalan itu ditutup.", [("Dua pekan lalu", "relative")]),
])
def test_the_forms_of_a_date(forms, text, expected):
    assert found(forms, text) == expected


@pytest.mark.parametrize("text", [
    "Kapal itu berangkat pukul 10.30 dari pelabuhan.",
    "Harga naik 5/8 dari semula.",  # a fraction without a weekday or year is no date
    "The ministers may meet again.",  # "may" names a month only with a day
    "Juni Astuti membuka acara.",  # a month word without a cue or year is a name here
    "mereka pulang minggu depannya",
])
def test_no_date(forms, text):
    assert found(forms, text) == []


def test_the_weekday_before_a_numeric_date_belongs_to_it(forms):
    (candidate,) = forms.candidates("Ia tiba Rabu (30/10) sore.", 0, 26)
    assert candidate.weekday is not None and candidate.weekday.group("wd") == "Rabu"
    assert candidate.priority == 2  # no year: weaker than a full date


def test_a_year_keeps_the_part_before_it(forms):
    (candidate,) = forms.candidates("Anggaran akhir 2023 membengkak.", 0, 31)
    assert (candidate.kind, candidate.part) == ("year", "akhir")


def test_the_most_specific_form_wins_where_forms_overlap(forms):
    text = "Pertemuan digelar Senin (4 November 2024) di Jakarta."
    assert found(forms, text) == [("Senin (4 November 2024)", "textual")]
