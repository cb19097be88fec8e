"""Calendar arithmetic for dates as Indonesian news writes them: the day a part of a week, month or
year stands for ("akhir Oktober": the 25th), the year a day without one lies in, the day a weekday
or a relative expression ("tiga hari lalu") counts to. The words come from `lexicon/dates.json`."""
from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

# A date without a year is put in the year that keeps it at most this far after the publication date.
YEAR_SLACK = dt.timedelta(days=31)


def shift_months(day: dt.date, months: int) -> dt.date:
    """`day` moved by whole months, kept inside the month it lands in (31 March - 1 month = 29 February)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def make_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when there is no such day ("31/2")."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def not_after_published(begins: dt.date, value: dt.date, published: dt.date | None) -> dt.date:
    """`value`, the day a part of a month or year stands for, or the publication date when that part
    had begun by then ("awal November" written on 3 November is no later than the 3rd)."""
    return published if published and begins <= published < value else value


def infer_year(month: int, day: int, published: dt.date | None, past: bool = False) -> dt.date | None:
    """A day written without its year, in the publication year or the one before: the latest that is
    at most `YEAR_SLACK` after the publication (or not after it at all, when `past`: "2 Desember lalu")."""
    if published is None:
        return None
    for year in (published.year, published.year - 1):
        value = make_date(year, month, day)
        if value and value <= published + (dt.timedelta(0) if past else YEAR_SLACK):
            return value
    return None


@dataclass(frozen=True, slots=True)
class PeriodPart:
    """What a part word ("awal", "akhir") stands for in a week (a weekday, 0 = Monday), a month (the
    day it begins, the day it stands for) and a year (the month it begins, the month it stands for)."""

    weekday: int
    month_days: tuple[int, int]
    year_months: tuple[int, int]


@dataclass(frozen=True, slots=True)
class Calendar:
    """Month and weekday names with their numbers, number words and period parts."""

    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    number_words: Mapping[str, int]
    parts: Mapping[str, PeriodPart]

    @classmethod
    def from_rules(cls, rules: Mapping[str, Any]) -> Calendar:
        parts = {word: PeriodPart(part["weekday"], tuple(part["month_days"]), tuple(part["year_months"]))
                 for word, part in rules["period_parts"].items() if not word.startswith("_")}
        return cls(dict(rules["months"]), dict(rules["weekdays"]), dict(rules["number_words"]), parts)

    def part_word(self, match: re.Match[str] | None) -> str | None:
        """The part of a period ("akhir", "awal", …) a match opens with ("akhir bulan", "awal pekan ini")."""
        word = match.group().split(None, 1)[0].lower() if match else None
        return word if word in self.parts else None

    def week_part(self, day: dt.date | None, part: str | None) -> dt.date | None:
        """The day a part of the week of `day` stands for: "awal pekan" its Monday, "akhir pekan" its Saturday."""
        if day is None or part is None:
            return day
        return day + dt.timedelta(days=self.parts[part].weekday - day.weekday())

    def month_part(self, first: dt.date | None, part: str | None, published: dt.date | None) -> dt.date | None:
        """The day a part of the month starting `first` stands for ("akhir Oktober": the 25th)."""
        if first is None or part is None:
            return first
        begins, day = self.parts[part].month_days
        last = calendar.monthrange(first.year, first.month)[1]
        return not_after_published(first.replace(day=begins), first.replace(day=min(day, last)), published)

    def year_part(self, first: dt.date | None, part: str | None, published: dt.date | None) -> dt.date | None:
        """The first day of the month a part of the year starting `first` stands for ("akhir 2023": November)."""
        if first is None or part is None:
            return first
        begins, month = self.parts[part].year_months
        return not_after_published(first.replace(month=begins), first.replace(month=month), published)

    def weekday_year(self, day: int, month: int, weekday: str, years: set[int]) -> dt.date | None:
        """"Jumat (20/12)" without a year: the day in the year, among those the text mentions and
        their neighbours, whose calendar puts it on that weekday, nearest to the latest one mentioned."""
        if not years:
            return None
        target = self.weekdays[weekday.lower()]
        options = {make_date(year + step, month, day) for year in years for step in (-1, 0, 1)}
        fitting = [value for value in options if value and value.weekday() == target]
        latest = max(years)
        return min(fitting, key=lambda value: (abs(value.year - latest), -value.year), default=None)

    def weekday_date(self, name: str, anchor: dt.date | None, forward: bool) -> dt.date | None:
        """The day named `name` in the week up to `anchor` (or the next one after it, `forward`)."""
        if anchor is None:
            return None
        target = self.weekdays[name.lower()]
        if forward:
            return anchor + dt.timedelta(days=(target - anchor.weekday()) % 7 or 7)
        return anchor - dt.timedelta(days=(anchor.weekday() - target) % 7)

    def relative_date(self, match: re.Match[str], row: Mapping[str, Any], index: int,
                      anchor: dt.date | None) -> dt.date | None:
        """The day a relative expression (`row` `index` of the "relative" rules) counts to from `anchor`."""
        if anchor is None:
            return None
        n = 1
        if row.get("per_n"):
            raw = match.group(f"n{index}")
            n = int(raw) if raw.isdigit() else self.number_words.get(raw.lower(), 1)
        part = self.part_word(match)
        if "days" in row:
            return self.week_part(anchor + dt.timedelta(days=row["days"] * n), part)
        if "months" in row:
            return self.month_part(shift_months(anchor, row["months"] * n).replace(day=1), part, anchor)
        if "years" in row:
            return self.year_part(dt.date(anchor.year + row["years"] * n, 1, 1), part, anchor)
        return anchor
