import datetime as dt

import pytest

from claims.extraction.lexicon import load_rules
from claims.extraction.mentions.calendar import Calendar, infer_year, make_date, shift_months

D = dt.date


@pytest.fixture(scope="module")
def calendar():
    return Calendar.from_rules(load_rules("dates.json"))


def test_shifting_months_keeps_the_day_inside_the_month():
    assert shift_months(D(2024, 3, 31), -1) == D(2024, 2, 29)
    assert shift_months(D(2024, 1, 15), -2) == D(2023, 11, 15)
    assert shift_months(D(2024, 12, 10), 1) == D(2025, 1, 10)


def test_no_date_for_a_day_that_does_not_exist():
    assert make_date(2023, 2, 29) is None
    assert make_date(2024, 2, 29) == D(2024, 2, 29)


@pytest.mark.parametrize("month, day, past, expected", [
    (11, 2, False, D(2024, 11, 2)),  # "2 November", written on 6 November 2024
    (12, 1, False, D(2024, 12, 1)),  # a few weeks ahead stays in this year
    (12, 1, True, D(2023, 12, 1)),  # "1 Desember lalu": in the past
    (3, 20, False, D(2024, 3, 20)),
])
def test_a_day_without_its_year(month, day, past, expected):
    assert infer_year(month, day, D(2024, 11, 6), past) == expected


def test_no_year_without_a_publication_date():
    assert infer_year(5, 1, None) is None


def test_parts_of_a_month_and_a_year(calendar):
    assert calendar.month_part(D(2024, 10, 1), "akhir", None) == D(2024, 10, 25)
    assert calendar.month_part(D(2024, 10, 1), "pertengahan", None) == D(2024, 10, 15)
    # "awal November" written on 3 November is no later than the 3rd
    assert calendar.month_part(D(2024, 11, 1), "awal", D(2024, 11, 3)) == D(2024, 11, 3)
    assert calendar.year_part(D(2023, 1, 1), "akhir", None) == D(2023, 11, 1)
    assert calendar.month_part(D(2024, 10, 1), None, None) == D(2024, 10, 1)


def test_parts_of_a_week(calendar):
    wednesday = D(2024, 11, 6)
    assert calendar.week_part(wednesday, "awal") == D(2024, 11, 4)  # its Monday
    assert calendar.week_part(wednesday, "akhir") == D(2024, 11, 9)  # its Saturday


def test_weekdays(calendar):
    wednesday = D(2024, 11, 6)
    assert calendar.weekday_date("Senin", wednesday, forward=False) == D(2024, 11, 4)
    assert calendar.weekday_date("rabu", wednesday, forward=False) == wednesday
    assert calendar.weekday_date("Senin", wednesday, forward=True) == D(2024, 11, 11)
    assert calendar.weekday_date("Jum'at", wednesday, forward=True) == D(2024, 11, 8)


def test_the_year_a_weekday_puts_a_day_in(calendar):
    # "Jumat (20/12)": 20 December was a Friday in 2024, not in 2023 or 2025
    assert calendar.weekday_year(20, 12, "Jumat", {2024}) == D(2024, 12, 20)
    assert calendar.weekday_year(20, 12, "Jumat", {2023}) == D(2024, 12, 20)
    assert calendar.weekday_year(20, 12, "Jumat", set()) is None
