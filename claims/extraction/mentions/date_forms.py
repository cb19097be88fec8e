"""The written forms of a date and where they stand in a text: "Selasa (5/11/2024)" (numeric),
"Senin (4 November 2024)", "1 Nov 2024" (textual), "Oktober 2024" (month_year), "Juni lalu"
(month), "tahun 2022" (year), "pekan lalu" (relative), "pada hari Rabu" (weekday).

`DateForms.candidates` finds every such expression, the most specific form winning where they
overlap; the words of the grammar come from `lexicon/dates.json`.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any, NamedTuple

from ..text.patterns import (
    alternation,
    caseless,
    caseless_regex,
    is_word_char,
    lower_in_place,
    without_group_names,
    word_tree,
)
from .calendar import Calendar

WORDS = re.compile(r"\w[\w'’]*")
QUOTES = "'’"
# the kinds of candidate, in the order of their priority where two forms overlap
NUMERIC = "numeric"  # "5/11/2024", "(30/10)" after a weekday
TEXTUAL = "textual"  # "4 November 2024", "Nov 5, 2024"
MONTH_YEAR = "month_year"  # "Oktober 2024"
RELATIVE = "relative"  # "pekan lalu", "hari itu"
MONTH = "month"  # "Juni lalu", "pada Agustus"
WEEKDAY = "weekday"  # "pada hari Rabu"
YEAR = "year"  # "tahun 2022"
DAY_KINDS = frozenset((NUMERIC, TEXTUAL))  # a day with its month written out or in digits
EXPLICIT_KINDS = frozenset((NUMERIC, TEXTUAL, MONTH_YEAR, YEAR))
# how far before a form its optional opening words are looked for
WEEKDAY_BEFORE, CUE_BEFORE, HARI_BEFORE, PART_BEFORE = 16, 14, 12, 24


class DateCandidate(NamedTuple):
    """A date-like expression text[start:end]: its `kind`, the `match` of its form, and what stands
    before it: the `weekday` match ("Selasa (" before "5/11/2024"), the period `part` ("akhir"),
    for a relative expression the index of its rule (`relative`); `masthead` when it dates a masthead."""

    start: int
    end: int
    priority: int  # lower wins where candidates overlap
    kind: str
    match: re.Match[str]
    weekday: re.Match[str] | None = None
    part: str | None = None
    relative: int = -1
    masthead: bool = False


def compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


class DateForms:
    """The date patterns and the scan that finds candidates with them."""

    def __init__(self, rules: Mapping[str, Any], calendar: Calendar):
        self.calendar = calendar
        self.months = calendar.months
        self.weekdays = calendar.weekdays
        self.relative_triggers = frozenset(rules["relative_triggers"])
        self.relative_rows: tuple[Mapping[str, Any], ...] = tuple(rules["relative"])
        self.compile_days(rules)
        self.compile_months(rules)
        self.compile_relative(rules)
        # Where a date can start, on the lower-cased text: a digit, or a whole word that is a month,
        # a weekday or a relative trigger (`starter`); `trigger` finds them at word starts (see
        # `words_to_try`). The look-behind comes first: it fails at once inside a word.
        starters = word_tree([*self.months, *self.weekdays, *self.relative_triggers])
        self.starter = re.compile(rf"\d|{starters}(?![\w'’])")
        self.trigger = re.compile(rf"(?<!\w)(?:{self.starter.pattern})")

    def compile_days(self, rules: Mapping[str, Any]) -> None:
        """Patterns of a day: "5/11/2024", "4 November 2024", "Nov 5, 2024", a weekday."""
        # Every pattern starts with what it cannot do without (a digit, a month, a weekday), so the
        # regex engine skips most positions at once; optional words before it are looked up behind.
        months, weekday = alternation(self.months), alternation(self.weekdays)
        joiners, past = alternation(rules["day_range_joiners"]), alternation(rules["month_past_cue"])
        self.numeric = re.compile(
            r"(?<![\d/])(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})(?!\d)(?:\s*/\s*(?P<y>\d{4}|\d{2})(?!\d))?(?:\s*\))?")
        self.textual = compiled(
            rf"(?<![\d.,/])(?P<d>\d{{1,2}})(?:\s*{joiners}\s*(?P<d2>\d{{1,2}}))?\s+(?P<mon>{months})\b"
            rf"(?:\s+(?P<y>\d{{4}})\b)?(?:\s*\))?(?=(?P<past>\s+{past}\b)?)")
        # "Nov 5, 2024": month first, as some sites print it
        self.month_first = compiled(rf"\b(?P<mon>{months})\.?\s+(?P<d>\d{{1,2}}),\s*(?P<y>\d{{4}})\b")
        self.weekday_before = compiled(rf"\b(?P<wd>{weekday})\s*,?\s*\(?\s*$")
        self.weekday = compiled(
            rf"\b(?P<wd>{weekday})\b(?:\s+(?P<tod>{alternation(rules['times_of_day'])}))?"
            rf"(?:\s+(?P<rel>{alternation(rules['weekday_relatives'])})\b)?")
        self.weekday_relatives: Mapping[str, str] = dict(rules["weekday_relatives"])
        self.hari_before = compiled(rf"\b{alternation(rules['weekday_openers'])}\s+$")

    def compile_months(self, rules: Mapping[str, Any]) -> None:
        """Patterns of a month or a year and the words that make them a date ("pada Juni", "tahun 2022")."""
        day_only = frozenset(rules["day_only_months"])
        full = alternation(month for month in self.months if month not in day_only)
        parts = alternation(self.calendar.parts)
        self.month = compiled(
            rf"\b(?P<mon>{full})\b(?:\s+(?P<y>\d{{4}})\b|\s+(?P<rel>{alternation(rules['month_relatives'])})\b)?")
        self.month_cue = compiled(rf"\b(?:{alternation(rules['month_cues'])}|{parts})\s+$")
        self.year = re.compile(r"(?<![\d/.,])(?P<y>(?:19|20)\d{2})\b")
        self.year_cue = compiled(rf"\b(?:{alternation(rules['year_cues'])}|{parts})\s+$")
        # "akhir Oktober", "awal bulan Juni", "pertengahan tahun 2025": the part of a month or year
        self.part_before = compiled(rf"(?<![\w-]){parts}\s+(?:{alternation(rules['period_units'])}\s+)?$")

    def compile_relative(self, rules: Mapping[str, Any]) -> None:
        """The relative expressions ("pekan lalu"), one named group per rule, and fast first tests."""
        rows = self.relative_rows
        self.relative = compiled("|".join(
            rf"(?P<r{i}>\b(?:{row['pattern'].replace('(?P<n>', f'(?P<n{i}>')})\b)" for i, row in enumerate(rows)))
        # whether any row matches, on the caseless text: without groups and IGNORECASE a fast first test
        self.relative_any = caseless_regex("|".join(
            rf"\b(?:{row['pattern']})\b".replace("(?P<n>", "(?:") for row in rows))
        # the same for everything a digit can start (most figures are no dates): one test, not four
        self.after_digit = None
        if self.relative_any is not None:
            digit_patterns = (self.numeric, self.textual, self.year, self.relative_any)
            self.after_digit = caseless_regex("|".join(
                f"(?:{without_group_names(pattern.pattern)})" for pattern in digit_patterns))

    # -- candidates ----------------------------------------------------------------------------
    def words_to_try(self, text: str, start: int, end: int, lowered: str) -> Iterator[tuple[int, str]]:
        """(offset, word) of the words of text[start:end] (as `WORDS` splits it) that a date pattern can
        start with: the trigger finds them in one scan instead of a Python loop over every word."""
        if 0 < start < end and is_word_char(text[start]) and is_word_char(text[start - 1]):
            # the split starts mid-word at `start`, where the trigger's look-behind would not
            if self.starter.match(lowered, start, end):
                word = WORDS.match(text, start, end)
                yield start, word.group() if word else text[start]
        for hit in self.trigger.finditer(lowered, start, end):
            pos = hit.start()
            if pos > start and text[pos - 1] in QUOTES:
                # "Jum'at" is one word: a quote joins when a word character comes before it
                k = pos - 1
                while k > start and text[k - 1] in QUOTES:
                    k -= 1
                if k > start and is_word_char(text[k - 1]):
                    continue
            word = WORDS.match(text, pos, end)
            yield pos, word.group() if word else text[pos]  # a trigger always starts a word

    def candidates(self, text: str, start: int, end: int, lowered: str | None = None,
                   folded: str | None = None) -> list[DateCandidate]:
        """Every date-like expression in text[start:end], in order, the most specific of overlapping ones.

        A pattern is tried only where its first word can start it. `lowered` and `folded` are
        `patterns.lower_in_place(text)` and `patterns.caseless(text)` when known.
        """
        if lowered is None:
            lowered = lower_in_place(text)
        if folded is None:
            folded = caseless(text, lowered)
        found: list[DateCandidate] = []
        after_digit, relative_any = self.after_digit, self.relative_any
        for pos, word in self.words_to_try(text, start, end, lowered):
            digit = word[0].isdigit()
            if digit and after_digit and not after_digit.match(folded, pos, end):
                continue  # no date pattern can start at this figure
            low = word.lower()
            if digit:
                self.add_digit_forms(text, start, end, pos, found)
            if (digit or low in self.relative_triggers) and (relative_any is None or relative_any.match(folded, pos, end)):
                self.add_relative(text, end, pos, found)
            if low in self.months:
                self.add_month_forms(text, start, end, pos, found)
            if low in self.weekdays:
                self.add_weekday(text, start, end, pos, word[0].isupper(), found)
        return without_overlaps(found, start, end)

    def add_digit_forms(self, text: str, start: int, end: int, pos: int, found: list[DateCandidate]) -> None:
        """A day ("5/11/2024", a weekday before "(30/10)", "4 November") or a year after its cue at `pos`."""
        for kind, pattern in ((NUMERIC, self.numeric), (TEXTUAL, self.textual)):
            match = pattern.match(text, pos, end)
            if match is None:
                continue
            before = self.weekday_before.search(text, max(start, pos - WEEKDAY_BEFORE), pos)
            if kind == NUMERIC and not (match.group("y") or before):
                continue
            found.append(DateCandidate(before.start() if before else pos, match.end(), 1 if match.group("y") else 2,
                                       kind, match, weekday=before))
        match = self.year.match(text, pos, end)
        if match and self.year_cue.search(text, max(start, pos - CUE_BEFORE), pos):
            part = self.calendar.part_word(self.part_at(text, start, pos))
            found.append(DateCandidate(pos, match.end(), 7, YEAR, match, part=part))

    def add_relative(self, text: str, end: int, pos: int, found: list[DateCandidate]) -> None:
        """A relative expression ("pekan lalu", "tiga hari lalu") at `pos`."""
        match = self.relative.match(text, pos, end)
        if match and match.lastgroup:
            found.append(DateCandidate(pos, match.end(), 4, RELATIVE, match, relative=int(match.lastgroup[1:])))

    def add_month_forms(self, text: str, start: int, end: int, pos: int, found: list[DateCandidate]) -> None:
        """At a month name: "Nov 5, 2024", "Oktober 2024", or a month after its cue ("pada Juni")."""
        match = self.month_first.match(text, pos, end)
        if match:
            found.append(DateCandidate(pos, match.end(), 1, TEXTUAL, match))
            return
        match = self.month.match(text, pos, end)
        if match is None:
            return
        part = self.part_at(text, start, pos)
        part_word = self.calendar.part_word(part)
        if match.group("y"):
            found.append(DateCandidate(part.start() if part else pos, match.end(), 3, MONTH_YEAR, match, part=part_word))
            return
        cue = self.month_cue.search(text, max(start, pos - CUE_BEFORE), pos)
        if cue or match.group("rel"):
            opening = min(x.start() for x in (cue, part, match) if x)
            found.append(DateCandidate(opening, match.end(), 3 if match.group("rel") else 5, MONTH, match, part=part_word))

    def add_weekday(self, text: str, start: int, end: int, pos: int, capitalised: bool,
                    found: list[DateCandidate]) -> None:
        """A weekday, capitalised or after "hari" ("pada hari Rabu"), with its time of day and "lalu"."""
        match = self.weekday.match(text, pos, end)
        hari = self.hari_before.search(text, max(start, pos - HARI_BEFORE), pos)
        if match and (hari or capitalised):
            found.append(DateCandidate(hari.start() if hari else pos, match.end(), 6, WEEKDAY, match))

    def part_at(self, text: str, start: int, pos: int) -> re.Match[str] | None:
        """The match of the part words ("akhir", "awal bulan") right before the month or year at `pos`."""
        return self.part_before.search(text, max(start, pos - PART_BEFORE), pos)


def without_overlaps(found: list[DateCandidate], start: int, end: int) -> list[DateCandidate]:
    """The candidates that win where they overlap (by priority, then the longer, then the earlier), in order."""
    found.sort(key=lambda c: (c.priority, -(c.end - c.start), c.start))
    chosen: list[DateCandidate] = []
    taken = bytearray(end - start)
    for item in found:
        if any(taken[item.start - start:item.end - start]):
            continue
        taken[item.start - start:item.end - start] = b"\x01" * (item.end - item.start)
        chosen.append(item)
    chosen.sort(key=lambda c: c.start)
    return chosen
