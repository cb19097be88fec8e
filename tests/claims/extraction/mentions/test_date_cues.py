import pytest

from claims.extraction.lexicon import load_rules
from claims.extraction.mentions.calendar import Calendar
from claims.extraction.mentions.date_cues import DateCues
from claims.extraction.mentions.date_forms import DateForms


@pytest.fixture(scope="module")
def cues():
    return DateCues(load_rules("dates.json"), load_rules("statements.json")["relative_pronouns"])


@pytest.fixture(scope="module")
def forms():
    rules = load_rules("dates.json")
    return DateForms(rules, Calendar.from_rules(rules))


def span(text, date):
    start = text.index(date)
    return start, start + len(date)


@pytest.mark.parametrize("text, date, future", [
    ("Sidang akan digelar pada Senin (18/11/2024).", "Senin (18/11/2024)", True),
    ("Pendaftaran dibuka hingga Jumat (22/11/2024).", "Jumat (22/11/2024)", True),
    ("Hingga Jumat (15/11/2024) sore, 17 orang masih hilang.", "Jumat (15/11/2024)", False),
    ("Festival digelar Sabtu mendatang.", "Sabtu", True),
    ("Banjir melanda Selasa (5/11/2024).", "Selasa (5/11/2024)", False),
])
def test_future_dates(cues, text, date, future):
    assert cues.is_future(text, *span(text, date)) is future


def test_a_deadline_is_no_announcement(cues):
    text = "Pendaftaran dibuka hingga Jumat (22/11/2024)."
    assert not cues.is_announced(text, *span(text, "Jumat (22/11/2024)"))
    text = "Rapat dijadwalkan pada Jumat (22/11/2024)."
    assert cues.is_announced(text, *span(text, "Jumat (22/11/2024)"))


@pytest.mark.parametrize("text, day, upcoming", [
    ("Ribuan polisi dikerahkan untuk mengamankan pemungutan suara pada Rabu (27/11/2024).", "Rabu", True),
    ("Polisi menggelar apel menjelang Pilkada, Jumat (15/11/2024).", "Jumat", False),
    ("Apel untuk mengamankan Pilkada digelar Jumat (15/11/2024).", "Jumat", False),
    ("Tim dibentuk untuk mengamankan Pilkada yang digelar Rabu (27/11/2024).", "Rabu", True),
])
def test_days_set_for_an_upcoming_event(cues, text, day, upcoming):
    assert cues.is_upcoming(text, text.index(day)) is upcoming


def test_dates_that_bound_a_period(cues, forms):
    text = "Posko dibuka sejak 21 Desember 2024 hingga 2 Januari 2025. Banjir surut Senin (6/1/2025)."
    candidates = forms.candidates(text, 0, len(text))
    assert [text[c.start:c.end] for c in candidates] == ["21 Desember 2024", "2 Januari 2025", "Senin (6/1/2025)"]
    assert cues.periods(text, candidates) == [True, True, False]
