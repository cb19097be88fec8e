"""Find and resolve dates: explicit ("Selasa (5/11/2024)", "Senin (4 November 2024)", "1 Nov 2024",
"Rabu (30/10)"), months ("Juni lalu", "Oktober 2024"), years ("tahun 2022"), weekdays ("pada hari
Rabu") and relative expressions ("pekan lalu", "hari sebelumnya", "pada hari yang sama").

Also settles the publication date: given by the caller, else a masthead/dateline date near the top,
else the day the text reports from (`published_source = "inferred"`, see `publication_date`).
Relative dates and weekdays resolve against it; "hari itu" / "hari sebelumnya" against the latest
day mentioned before them (see `DayContext`). A part of a week, month or year stands for a day in
it ("akhir Oktober": the 25th, "awal pekan ini": its Monday), at the precision of the whole. Dates
that bound a period ("sejak …", "mulai X hingga Y") and years ("tahun 2022", "tahun ini") are kind
"range": they place the content and date neither the article nor a claim. A day set for an
upcoming event ("untuk mengamankan pemungutan suara pada …", "menjelang …") is weak evidence of
the day of the report.
Broken dates ("Kamis (24/2019)") fall back to their weekday and never raise.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from spacy.tokens import Doc

from ..component import (
    Intervals,
    RuleComponent,
    caseless_of,
    furniture_of,
    items_of,
    lowered_of,
    set_items,
    text_of,
)
from ..records import DateMention, Given, Meta
from .calendar import Calendar, infer_year, make_date
from .date_cues import DateCues
from .date_forms import (
    DAY_KINDS,
    EXPLICIT_KINDS,
    MONTH,
    MONTH_YEAR,
    RELATIVE,
    TEXTUAL,
    WEEKDAY,
    YEAR,
    DateCandidate,
    DateForms,
)

ONE_DAY = dt.timedelta(days=1)


class DateFinder(RuleComponent):
    DEFAULT_RULES = {"dates": "dates.json", "statements": "statements.json"}

    def compile(self) -> None:
        rules = self.rules["dates"]
        self.calendar = Calendar.from_rules(rules)
        self.forms = DateForms(rules, self.calendar)
        self.cues = DateCues(rules, self.rules["statements"]["relative_pronouns"])
        self.month_relatives: dict[str, str] = dict(rules["month_relatives"])

    # -- the component ----------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        given: Given = doc._.klaim_given or Given()
        candidates = self.candidates_of(doc, text)
        periods = self.cues.periods(text, candidates)
        published: dt.date | None
        if given.published:
            published, source = given.published, "given"
        else:
            published, source = self.publication_date(text, candidates, periods)
        doc._.klaim_published = published
        doc._.klaim_published_source = source

        items = []
        context = DayContext(text)
        for candidate, period in zip(candidates, periods, strict=True):
            start, end = candidate.start, candidate.end
            future = self.cues.is_future(text, start, end)
            try:
                mention = self.resolve(candidate, published, context.day_before(start), future)
                if mention is not None and published and mention.value and mention.value > published + ONE_DAY:
                    mention = replace(mention, in_future=True)
            except (OverflowError, ValueError):  # "pekan depan" of 9999-12-31: this date goes, not the article
                continue
            if mention is None:
                continue
            if period or self.places_content(mention):
                mention = replace(mention, kind="range")
            elif mention.value and mention.precision == "day" and not mention.in_future and not candidate.masthead:
                context.note(mention.value, end, background=bool(published and mention.value.year < published.year))
            items.append((start, end, mention.kind.upper(), mention))
        set_items(doc, "klaim_date", items)
        return doc

    def candidates_of(self, doc: Doc, text: str) -> list[DateCandidate]:
        """The date candidates of the document on one line each, outside furniture (mastheads kept and marked)."""
        meta: Meta = doc._.klaim_meta or Meta()
        furniture = furniture_of(doc)
        mastheads = Intervals(meta.masthead_spans)
        furniture_lines = Intervals((s, e) for s, e, label, _ in items_of(doc, "klaim_paragraph")
                                    if label == "furniture")
        candidates = []
        for candidate in self.forms.candidates(text, 0, len(text), lowered_of(doc), caseless_of(doc)):
            start, end = candidate.start, candidate.end
            if "\n" in text[start:end]:
                continue
            if mastheads.covers(start, end):
                candidates.append(candidate._replace(masthead=True))
            elif not (furniture.overlaps(start, end) or furniture_lines.overlaps(start, end)):
                candidates.append(candidate)
        return candidates

    def publication_date(self, text: str, candidates: list[DateCandidate],
                         periods: list[bool]) -> tuple[dt.date | None, str]:
        """The first masthead date, else the day the text reports from ("inferred"): the latest day
        written the way a report dates itself ("Jumat (20/12/2024)", "Jumat (20/12)", "Jumat, 20
        Desember 2024") outside a period, else the latest other day outside a period, else the
        latest day bounding one or set for an upcoming event (`is_upcoming`). Announced days are no
        evidence, nor days without a year, unless their weekday tells the year (`weekday_year`)."""
        years = None
        best = None  # (rank, day)
        for candidate, period in zip(candidates, periods, strict=True):
            if candidate.kind not in DAY_KINDS:
                continue
            value, _, year_given = self.explicit(candidate, None)
            weekday = candidate.weekday
            if not year_given and weekday is not None and not candidate.masthead:
                if years is None:
                    years = {int(y.group("y")) for y in self.forms.year.finditer(text)}
                day, month = self.day_and_month(candidate)
                value = self.calendar.weekday_year(day, month, weekday.group("wd"), years)
            elif not year_given:
                continue
            if value is None:
                continue
            if candidate.masthead:
                return value, "dateline"
            if self.cues.is_announced(text, candidate.start, candidate.end):
                continue
            plain = not (period or self.cues.is_upcoming(text, candidate.start))
            rank = (plain, weekday is not None and plain)  # higher is stronger evidence
            if best is None or (rank, value) > best:
                best = (rank, value)
        return (best[1], "inferred") if best else (None, "none")

    # -- resolution -----------------------------------------------------------------------------
    @staticmethod
    def places_content(mention: DateMention) -> bool:
        """A year ("tahun 2022", "tahun ini", "awal 2025") is a period that places what is said, never
        the day a statement was made: like the bounds of a period, it is kind "range"."""
        return mention.precision == "year"

    def resolve(self, candidate: DateCandidate, published: dt.date | None, context: dt.date | None,
                future: bool) -> DateMention | None:
        """The date a candidate names, given the publication date and the day mentioned before it."""
        kind, match, calendar = candidate.kind, candidate.match, self.calendar
        if kind in EXPLICIT_KINDS:
            value, precision, _ = self.explicit(candidate, published)
            weekday = candidate.weekday
            if value is None and weekday is not None:
                value = calendar.weekday_date(weekday.group("wd"), published, forward=future)
                return DateMention(value, "day", "weekday", future)
            if value is None:
                return None
            is_range = kind == TEXTUAL and bool(match.groupdict().get("d2"))
            return DateMention(value, precision, "range" if is_range else "explicit", future)
        if kind == RELATIVE:
            row = self.forms.relative_rows[candidate.relative]
            anchor = context if row["anchor"] == "context" and context else published
            return DateMention(calendar.relative_date(match, row, candidate.relative, anchor), row["precision"],
                               "context" if row["anchor"] == "context" else "relative", future)
        if kind == MONTH:
            value, ahead = self.month_date(candidate, published)
            return DateMention(value, "month", "relative", future or ahead)
        if kind == WEEKDAY:
            forward = self.forms.weekday_relatives.get((match.group("rel") or "").lower()) == "next"
            return DateMention(calendar.weekday_date(match.group("wd"), published, forward), "day", "weekday",
                               future or forward)
        return None

    def explicit(self, candidate: DateCandidate, published: dt.date | None) -> tuple[dt.date | None, str, bool]:
        """(date, precision, year_given) of an explicit candidate, or (None, …) when it is broken."""
        kind, match, calendar = candidate.kind, candidate.match, self.calendar
        if kind in DAY_KINDS:
            day, month = self.day_and_month(candidate)
            if match.group("y"):
                year = int(match.group("y"))
                year = year + 2000 if year < 100 else year
                return make_date(year, month, day), "day", True
            past = kind == TEXTUAL and bool(match.groupdict().get("past"))
            return infer_year(month, day, published, past), "day", False
        if kind == MONTH_YEAR:
            first = make_date(int(match.group("y")), calendar.months[match.group("mon").lower()], 1)
            return calendar.month_part(first, candidate.part, published), "month", True
        if kind == YEAR:
            return calendar.year_part(make_date(int(match.group("y")), 1, 1), candidate.part, published), "year", True
        return None, "day", False

    def day_and_month(self, candidate: DateCandidate) -> tuple[int, int]:
        """(day, month) of a numeric or textual date."""
        match = candidate.match
        if candidate.kind == TEXTUAL:
            return int(match.group("d")), self.calendar.months[match.group("mon").lower().rstrip(".")]
        return int(match.group("d")), int(match.group("m"))

    def month_date(self, candidate: DateCandidate, published: dt.date | None) -> tuple[dt.date | None, bool]:
        """(day, ahead) of a month without a year ("Juni lalu", "akhir Oktober"), in the year its cue
        or the publication date puts it; `ahead` when it lies after the publication."""
        if published is None:
            return None, False
        match = candidate.match
        month = self.calendar.months[match.group("mon").lower()]
        relative = self.month_relatives.get(" ".join((match.group("rel") or "").lower().split()))
        if relative == "last_year":
            year, ahead = published.year - 1, False
        elif relative == "this_year":
            year, ahead = published.year, month > published.month
        elif relative == "next":
            year, ahead = (published.year if month > published.month else published.year + 1), True
        else:
            year, ahead = (published.year if month <= published.month else published.year - 1), False
        return self.calendar.month_part(dt.date(year, month, 1), candidate.part, published), ahead


class DayContext:
    """The day "hari itu", "pada hari yang sama" or "hari sebelumnya" count from: the latest day
    mentioned before them. A background day (in a year before the publication: "perjanjian itu
    diteken pada 3 Maret 2022") is that day only within its own paragraph; after it the story's
    latest day counts again. Days bounding a period are never noted (see `DateFinder.periods`)."""

    def __init__(self, text: str):
        self.text = text
        self.day: dt.date | None = None
        self.background: tuple[dt.date, int] | None = None  # (day, where its mention ends)

    def note(self, day: dt.date, end: int, background: bool) -> None:
        if background:
            self.background = (day, end)
        else:
            self.day, self.background = day, None

    def day_before(self, start: int) -> dt.date | None:
        if self.background and "\n" not in self.text[self.background[1]:start]:
            return self.background[0]
        return self.day
