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

import calendar
import datetime as dt
import re
from dataclasses import replace

from spacy.tokens import Doc

from ..records import DateMention, Given, Meta
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
from ..text.patterns import (
    alternation,
    caseless,
    caseless_regex,
    is_word_char,
    lower_in_place,
    without_group_names,
    word_tree,
)

FUTURE_WINDOW = 40
UPCOMING_WINDOW = 160  # a purpose clause may name the event at length before its day
WORDS = re.compile(r"\w[\w'’]*")
QUOTES = "'’"
# A date without a year is put in the year that keeps it at most this far after the publication date.
YEAR_SLACK = dt.timedelta(days=31)
ONE_DAY = dt.timedelta(days=1)


def shift_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def not_after_published(begins: dt.date, value: dt.date, published: dt.date | None) -> dt.date:
    """`value`, the day a part of a month or year stands for, or the publication date when that part
    had begun by then ("awal November" written on 3 November is no later than the 3rd)."""
    return published if published and begins <= published < value else value


def opens_clause(text: str, at: int) -> bool:
    """Whether `at` opens a sentence or a paragraph."""
    before = text[max(0, at - 3):at].rstrip(" \t")
    return not before or before[-1] in ".!?\n\"“”"


class DateFinder(RuleComponent):
    DEFAULT_RULES = {"dates": "dates.json"}

    def compile(self) -> None:
        rules = self.rules["dates"]
        self.months = dict(rules["months"])
        self.weekdays = dict(rules["weekdays"])
        self.number_words = dict(rules["number_words"])
        self.parts = {word: part for word, part in rules["period_parts"].items() if not word.startswith("_")}
        parts = alternation(self.parts)
        full_months = [m for m in self.months if len(m) > 3 or m == "mei"]
        months = alternation(self.months)
        full = alternation(full_months)
        weekday = alternation(self.weekdays)
        ignore_case = re.IGNORECASE
        # Every pattern starts with what it cannot do without (a digit, a month, a weekday), so the
        # regex engine skips most positions at once; optional words before it are looked up behind.
        self.numeric = re.compile(
            r"(?<![\d/])(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})(?!\d)(?:\s*/\s*(?P<y>\d{4}|\d{2})(?!\d))?(?:\s*\))?")
        self.textual = re.compile(
            rf"(?<![\d.,/])(?P<d>\d{{1,2}})(?:\s*(?:-|–|hingga|sampai|dan)\s*(?P<d2>\d{{1,2}}))?\s+(?P<mon>{months})\b"
            rf"(?:\s+(?P<y>\d{{4}})\b)?(?:\s*\))?(?=(?P<past>\s+(?:lalu|silam|kemarin)\b)?)", ignore_case)
        # "Nov 5, 2024": month first, as some sites print it
        self.month_first = re.compile(rf"\b(?P<mon>{months})\.?\s+(?P<d>\d{{1,2}}),\s*(?P<y>\d{{4}})\b", ignore_case)
        self.weekday_before = re.compile(rf"\b(?P<wd>{weekday})\s*,?\s*\(?\s*$", ignore_case)
        self.month = re.compile(
            rf"\b(?P<mon>{full})\b(?:\s+(?P<y>\d{{4}})\b|\s+(?P<rel>tahun\s+lalu|tahun\s+ini|lalu|kemarin|silam|ini|mendatang|depan)\b)?", ignore_case)
        self.month_cue = re.compile(rf"\b(?:pada|sejak|bulan|hingga|sampai|selama|{parts})\s+$", ignore_case)
        self.year = re.compile(r"(?<![\d/.,])(?P<y>(?:19|20)\d{2})\b")
        self.year_cue = re.compile(rf"\b(?:tahun|pada|sejak|{parts})\s+$", ignore_case)
        # "akhir Oktober", "awal bulan Juni", "pertengahan tahun 2025": the part of a month or year
        self.part_before = re.compile(rf"(?<![\w-]){parts}\s+(?:(?:bulan|tahun)\s+)?$", ignore_case)
        self.weekday = re.compile(
            rf"\b(?P<wd>{weekday})\b(?:\s+(?P<tod>pagi|siang|sore|malam|dini\s+hari))?"
            rf"(?:\s+(?P<rel>lalu|kemarin|depan|mendatang|ini)\b)?", ignore_case)
        self.hari_before = re.compile(r"\b(?:pada\s+)?hari\s+$", ignore_case)
        self.relative_triggers = frozenset(rules["relative_triggers"])
        rows = rules["relative"]
        self.relative_rows = tuple(rows)
        self.relative = re.compile(
            "|".join(rf"(?P<r{i}>\b(?:{row['pattern'].replace('(?P<n>', f'(?P<n{i}>')})\b)" for i, row in enumerate(rows)), ignore_case)
        # whether any row matches, on the caseless text: without groups and IGNORECASE a fast first test
        self.relative_any = caseless_regex("|".join(
            rf"\b(?:{row['pattern']})\b".replace("(?P<n>", "(?:") for row in rows))
        # the same for everything a digit can start (most figures are no dates): one test, not four
        digit_patterns = (self.numeric, self.textual, self.year, self.relative_any)
        self.after_digit = caseless_regex("|".join(
            f"(?:{without_group_names(pattern.pattern)})" for pattern in digit_patterns)) if self.relative_any else None
        self.future_before = re.compile(
            rf"\b(?:{'|'.join(re.escape(w) for w in rules['future_cues'])})\b[^.]*$", ignore_case)
        self.future_after = re.compile(r"^\s*(?:mendatang|depan|nanti)\b", ignore_case)
        # "hingga"/"sampai" are future cues for a deadline, but they bound past periods too: only the
        # other cues announce a day ("akan digelar pada …") that cannot be the day of the report.
        until = set(rules["until_cues"])
        self.until_words = frozenset(word.split()[0] for word in until)  # "hingga", "sampai (dengan)"
        announcing = [w for w in rules["future_cues"] if w not in until]
        self.announced_before = re.compile(rf"\b{alternation(announcing)}\b[^.]*$", ignore_case)
        # A day set for an upcoming event without an announcing word: "dikerahkan untuk mengamankan
        # pemungutan suara Pilkada pada Rabu, 27 November 2024", "menjelang …" (see `is_upcoming`).
        self.upcoming_before = re.compile(
            rf"(?<![\w-]){alternation(rules['upcoming_cues'])}(?![\w-])(?=[^.;!?\n]*$)", ignore_case)
        # … unless the day belongs to the act the sentence reports ("Apel untuk mengamankan Pilkada
        # digelar pada Jumat (15/11/2024)"); the event's own verb follows "yang".
        self.act_verb = re.compile(rf"(?<!yang )(?<![\w-]){alternation(rules['upcoming_clause_verbs'])}(?![\w-])",
                                   ignore_case)
        # Dates that bound a period place the content (see `periods`). A period cue stands right
        # before its date ("mulai 21 Desember", "terhitung pada 1 Januari", or opens the mention:
        # "Sejak Agustus lalu"); "sejak" may stand a few words before it ("sejak perang pecah pada …").
        period_cues = alternation(rules["period_cues"])
        self.period_before = re.compile(rf"(?<![\w-]){period_cues}\s+(?:(?:pada|tanggal|hari)\s+)?$", ignore_case)
        self.period_opens = re.compile(rf"{period_cues}(?![\w-])", ignore_case)
        self.since_before = re.compile(
            rf"(?<![\w-]){alternation(rules['since_cues'])}(?![\w-])[^,.;:!?\n]{{0,30}}$", ignore_case)
        self.range_joiner = re.compile(rf"[^\S\n]*{alternation(rules['range_joiners'])}[^\S\n]*", ignore_case)
        # "berlangsung hingga Minggu (24/11/2024)" is the end of a period; a clause that opens with
        # "Hingga" tells how things stand as of that day ("Hingga Jumat (15/11/2024) sore, 17 orang
        # masih hilang"), the day of the report.
        until_words = rf"{alternation(until)}\s+(?:(?:pada|tanggal|hari)\s+)?$"
        self.until_before = re.compile(rf"(?<![\w-]){until_words}", ignore_case)
        self.as_of_before = re.compile(rf"(?:^|[.,;:!?\n–—-])\s*{until_words}", ignore_case)
        # Where a date can start, on the lower-cased text: a digit, or a whole word that is a month,
        # a weekday or a relative trigger (`starter`); `trigger` finds them at word starts (see
        # `words_to_try`). The look-behind comes first: it fails at once inside a word.
        starters = word_tree([*self.months, *self.weekdays, *self.relative_triggers])
        self.starter = re.compile(rf"\d|{starters}(?![\w'’])")
        self.trigger = re.compile(rf"(?<!\w)(?:{self.starter.pattern})")

    # -- candidates ----------------------------------------------------------------------------
    def words_to_try(self, text: str, start: int, end: int, lowered: str):
        """(offset, word) of the words of text[start:end] (as `WORDS` splits it) that a date pattern can
        start with: the trigger finds them in one scan instead of a Python loop over every word."""
        if 0 < start < end and is_word_char(text[start]) and is_word_char(text[start - 1]):
            # the split starts mid-word at `start`, where the trigger's look-behind would not
            if self.starter.match(lowered, start, end):
                yield start, WORDS.match(text, start, end).group()
        for hit in self.trigger.finditer(lowered, start, end):
            pos = hit.start()
            if pos > start and text[pos - 1] in QUOTES:
                # "Jum'at" is one word: a quote joins when a word character comes before it
                k = pos - 1
                while k > start and text[k - 1] in QUOTES:
                    k -= 1
                if k > start and is_word_char(text[k - 1]):
                    continue
            yield pos, WORDS.match(text, pos, end).group()

    def candidates(self, text: str, start: int, end: int, lowered: str | None = None, folded: str | None = None):
        """(start, end, priority, kind, data) of every date-like expression in text[start:end].

        A pattern is tried only where its first word can start it. `lowered` and `folded` are
        `patterns.lower_in_place(text)` and `patterns.caseless(text)` when known.
        """
        found = []
        if lowered is None:
            lowered = lower_in_place(text)
        if folded is None:
            folded = caseless(text, lowered)
        relative_any, after_digit = self.relative_any, self.after_digit
        for pos, token in self.words_to_try(text, start, end, lowered):
            low = token.lower()
            if token[0].isdigit() and after_digit and not after_digit.match(folded, pos, end):
                continue  # no date pattern can start at this figure
            if token[0].isdigit():
                for kind, pattern in (("numeric", self.numeric), ("textual", self.textual)):
                    m = pattern.match(text, pos, end)
                    if m is None:
                        continue
                    before = self.weekday_before.search(text, max(start, pos - 16), pos)
                    if kind == "numeric" and not (m.group("y") or before):
                        continue
                    found.append((before.start() if before else pos, m.end(), 1 if m.group("y") else 2, kind,
                                  (m, before)))
                m = self.year.match(text, pos, end)
                if m and self.year_cue.search(text, max(start, pos - 14), pos):
                    found.append((pos, m.end(), 7, "year", (m, self.part_word(self.part_at(text, start, pos)))))
            if low in self.relative_triggers or token[0].isdigit():
                m = None if relative_any and not relative_any.match(folded, pos, end) else self.relative.match(
                    text, pos, end)
                if m:
                    index = int(m.lastgroup[1:])
                    found.append((pos, m.end(), 4, "relative", (m, self.relative_rows[index], index)))
            if low in self.months:
                m = self.month_first.match(text, pos, end)
                if m:
                    found.append((pos, m.end(), 1, "textual", (m, None)))
                    continue
                m = self.month.match(text, pos, end)
                part = self.part_at(text, start, pos) if m else None
                if m and m.group("y"):
                    found.append((part.start() if part else pos, m.end(), 3, "month_year", (m, self.part_word(part))))
                elif m:
                    cue = self.month_cue.search(text, max(start, pos - 14), pos)
                    if cue or m.group("rel"):
                        opening = min(x.start() for x in (cue, part, m) if x)
                        found.append((opening, m.end(), 3 if m.group("rel") else 5, "month", (m, self.part_word(part))))
            if low in self.weekdays:
                m = self.weekday.match(text, pos, end)
                hari = self.hari_before.search(text, max(start, pos - 12), pos)
                if m and (hari or token[0].isupper()):
                    found.append((hari.start() if hari else pos, m.end(), 6, "weekday", m))
        found.sort(key=lambda c: (c[2], -(c[1] - c[0]), c[0]))
        chosen: list = []
        taken = bytearray(end - start)
        for item in found:
            if any(taken[item[0] - start:item[1] - start]):
                continue
            taken[item[0] - start:item[1] - start] = b"\x01" * (item[1] - item[0])
            chosen.append(item)
        chosen.sort(key=lambda c: c[0])
        return chosen

    def part_at(self, text: str, start: int, pos: int):
        """The match of the part words ("akhir", "awal bulan") right before the month or year at `pos`."""
        return self.part_before.search(text, max(start, pos - 24), pos)

    def part_word(self, match) -> str | None:
        """The part of a period ("akhir", "awal", …) a match opens with ("akhir bulan", "awal pekan ini")."""
        word = match.group().split(None, 1)[0].lower() if match else None
        return word if word in self.parts else None

    # -- resolution -----------------------------------------------------------------------------
    def explicit(self, kind: str, m, published: dt.date | None) -> tuple[dt.date | None, str, bool]:
        """(date, precision, year_given) of an explicit candidate, or (None, …) when it is broken."""
        if kind in ("numeric", "textual"):
            m = m[0]
            day, month = self.day_and_month(kind, m)
            if m.group("y"):
                year = int(m.group("y"))
                year = year + 2000 if year < 100 else year
                return make_date(year, month, day), "day", True
            past = kind == "textual" and bool(m.groupdict().get("past"))
            return self.infer_year(month, day, published, past), "day", False
        if kind == "month_year":
            m, part = m
            first = make_date(int(m.group("y")), self.months[m.group("mon").lower()], 1)
            return self.month_part(first, part, published), "month", True
        if kind == "year":
            m, part = m
            return self.year_part(make_date(int(m.group("y")), 1, 1), part, published), "year", True
        return None, "day", False

    def week_part(self, day: dt.date | None, part: str | None) -> dt.date | None:
        """The day a part of the week of `day` stands for: "awal pekan" its Monday, "akhir pekan" its Saturday."""
        if day is None or part is None:
            return day
        return day + dt.timedelta(days=self.parts[part]["weekday"] - day.weekday())

    def month_part(self, first: dt.date | None, part: str | None, published: dt.date | None) -> dt.date | None:
        """The day a part of the month starting `first` stands for ("akhir Oktober": the 25th)."""
        if first is None or part is None:
            return first
        begins, day = self.parts[part]["month_days"]
        last = calendar.monthrange(first.year, first.month)[1]
        return not_after_published(first.replace(day=begins), first.replace(day=min(day, last)), published)

    def year_part(self, first: dt.date | None, part: str | None, published: dt.date | None) -> dt.date | None:
        """The first day of the month a part of the year starting `first` stands for ("akhir 2023": November)."""
        if first is None or part is None:
            return first
        begins, month = self.parts[part]["year_months"]
        return not_after_published(first.replace(month=begins), first.replace(month=month), published)

    def day_and_month(self, kind: str, m) -> tuple[int, int]:
        """(day, month) of a numeric or textual date match."""
        month = int(m.group("m")) if kind == "numeric" else self.months[m.group("mon").lower().rstrip(".")]
        return int(m.group("d")), month

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

    @staticmethod
    def infer_year(month: int, day: int, published: dt.date | None, past: bool = False) -> dt.date | None:
        if published is None:
            return None
        for year in (published.year, published.year - 1):
            value = make_date(year, month, day)
            if value and value <= published + (dt.timedelta(0) if past else YEAR_SLACK):
                return value
        return None

    def weekday_date(self, name: str, anchor: dt.date | None, forward: bool) -> dt.date | None:
        if anchor is None:
            return None
        target = self.weekdays[name.lower()]
        if forward:
            return anchor + dt.timedelta(days=(target - anchor.weekday()) % 7 or 7)
        return anchor - dt.timedelta(days=(anchor.weekday() - target) % 7)

    def relative_date(self, m, row, index: int, anchor: dt.date | None) -> dt.date | None:
        if anchor is None:
            return None
        n = 1
        if row.get("per_n"):
            raw = m.group(f"n{index}")
            n = int(raw) if raw.isdigit() else self.number_words.get(raw.lower(), 1)
        part = self.part_word(m)
        if "days" in row:
            return self.week_part(anchor + dt.timedelta(days=row["days"] * n), part)
        if "months" in row:
            return self.month_part(shift_months(anchor, row["months"] * n).replace(day=1), part, anchor)
        if "years" in row:
            return self.year_part(dt.date(anchor.year + row["years"] * n, 1, 1), part, anchor)
        return anchor

    def month_date(self, m, part: str | None, published: dt.date | None) -> tuple[dt.date | None, bool]:
        """(day, ahead) of a month without a year ("Juni lalu", "akhir Oktober"), in the year its cue
        or the publication date puts it; `ahead` when it lies after the publication."""
        if published is None:
            return None, False
        month = self.months[m.group("mon").lower()]
        rel = " ".join((m.group("rel") or "").lower().split())
        if rel == "tahun lalu":
            year, ahead = published.year - 1, False
        elif rel == "tahun ini":
            year, ahead = published.year, month > published.month
        elif rel in ("mendatang", "depan"):
            year, ahead = (published.year if month > published.month else published.year + 1), True
        else:
            year, ahead = (published.year if month <= published.month else published.year - 1), False
        return self.month_part(dt.date(year, month, 1), part, published), ahead

    def is_future(self, text: str, start: int, end: int) -> bool:
        if self.future_after.match(text[end:end + 20]):
            return True
        window = text[max(0, start - FUTURE_WINDOW):start]
        cue = self.future_before.search(window)
        if cue is None:
            return False
        # "Hingga Jumat (15/11) sore, 17 orang masih hilang": opening a clause, it is "as of" that day
        before_cue = window[:cue.start()].rstrip(" \t")
        at_clause_start = not before_cue or before_cue[-1] in ".!?,;:\n-–—"
        return not (at_clause_start and cue.group().split()[0].lower() in self.until_words
                    and not self.announced_before.search(window))

    def is_announced(self, text: str, start: int, end: int) -> bool:
        """A date announced ahead ("akan digelar pada …", "… mendatang"), not a bound like "hingga …"."""
        return bool(self.announced_before.search(text[max(0, start - FUTURE_WINDOW):start])
                    or self.future_after.match(text[end:end + 20]))

    def is_upcoming(self, text: str, start: int) -> bool:
        """Whether the day at `start` is set for an upcoming event, though no word announces it: in a
        purpose clause ("… dikerahkan untuk mengamankan pemungutan suara Pilkada di Makassar, pada
        Rabu, 27 November 2024") or after "menjelang". A day set off by a comma is the report's
        ("… menggelar apel menjelang Pilkada, Jumat (15/11/2024)"), and a clause such a cue opens
        ends at its comma ("Menjelang Pilkada, polisi menggelar apel pada Jumat (15/11/2024)"), as
        it ends at the verb of the act reported ("Apel jelang Pilkada digelar Jumat (15/11/2024)")."""
        for cue in self.upcoming_before.finditer(text, max(0, start - UPCOMING_WINDOW), start):
            between = text[cue.end():start].rstrip(" \t")
            ended = between.endswith(",") or (opens_clause(text, cue.start()) and "," in between)
            if not (ended or self.act_verb.search(between)):
                return True
        return False

    def periods(self, text: str, candidates) -> list[bool]:
        """For each candidate, whether it bounds a period: after a period cue ("sejak …", "mulai …"),
        joined to the next or previous date ("21 Desember 2024 hingga 2 Januari 2025"), or the end a
        thing lasts until ("berlangsung hingga …", but not the "Hingga Jumat sore, …" of a report)."""
        joined = [self.range_joiner.fullmatch(text, a[1], b[0]) is not None
                  for a, b in zip(candidates, candidates[1:], strict=False)]
        flags = []
        for i, (start, end, *_) in enumerate(candidates):
            window = max(0, start - FUTURE_WINDOW)
            until = self.until_before.search(text, window, start) and not self.as_of_before.search(text, window, start)
            cued = (self.period_opens.match(text, start, end) or self.period_before.search(text, window, start)
                    or self.since_before.search(text, window, start))
            flags.append(bool(cued or until or (i < len(joined) and joined[i]) or (i > 0 and joined[i - 1])))
        return flags

    def publication_date(self, text: str, candidates, periods: list[bool]) -> tuple[dt.date | None, str]:
        """The first masthead date, else the day the text reports from ("inferred"): the latest day
        written the way a report dates itself ("Jumat (20/12/2024)", "Jumat (20/12)", "Jumat, 20
        Desember 2024") outside a period, else the latest other day outside a period, else the
        latest day bounding one or set for an upcoming event (`is_upcoming`). Announced days are no
        evidence, nor days without a year, unless their weekday tells the year (`weekday_year`)."""
        years = None
        best = None  # (rank, day)
        for (start, end, _, kind, m, masthead), period in zip(candidates, periods, strict=True):
            if kind not in ("numeric", "textual"):
                continue
            value, _, year_given = self.explicit(kind, m, None)
            reporting = m[1] is not None
            if not year_given and reporting and not masthead:
                if years is None:
                    years = {int(y.group("y")) for y in self.year.finditer(text)}
                value = self.weekday_year(*self.day_and_month(kind, m[0]), m[1].group("wd"), years)
            elif not year_given:
                continue
            if value is None:
                continue
            if masthead:
                return value, "dateline"
            if self.is_announced(text, start, end):
                continue
            plain = not (period or self.is_upcoming(text, start))
            rank = (plain, reporting and plain)  # higher is stronger evidence
            if best is None or (rank, value) > best:
                best = (rank, value)
        return (best[1], "inferred") if best else (None, "none")

    # -- the component ----------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        given: Given = doc._.klaim_given or Given()
        meta: Meta = doc._.klaim_meta or Meta()
        furniture = furniture_of(doc)
        mastheads = Intervals(meta.masthead_spans)
        furniture_lines = Intervals((s, e) for s, e, label, _ in items_of(doc, "klaim_paragraph")
                                    if label == "furniture")
        candidates = []
        for item in self.candidates(text, 0, len(text), lowered_of(doc), caseless_of(doc)):
            start, end = item[0], item[1]
            if "\n" in text[start:end]:
                continue
            masthead = mastheads.covers(start, end)
            if masthead or not (furniture.overlaps(start, end) or furniture_lines.overlaps(start, end)):
                candidates.append((*item, masthead))

        periods = self.periods(text, candidates)
        if given.published:
            published, source = given.published, "given"
        else:
            published, source = self.publication_date(text, candidates, periods)
        doc._.klaim_published = published
        doc._.klaim_published_source = source

        items = []
        context = DayContext(text)
        for (start, end, _, kind, m, masthead), period in zip(candidates, periods, strict=True):
            future = self.is_future(text, start, end)
            try:
                mention = self.resolve(kind, m, published, context.day_before(start), future)
                if mention is not None and published and mention.value and mention.value > published + ONE_DAY:
                    mention = replace(mention, in_future=True)
            except (OverflowError, ValueError):  # "pekan depan" of 9999-12-31: this date goes, not the article
                continue
            if mention is None:
                continue
            if period or self.places_content(mention):
                mention = replace(mention, kind="range")
            elif mention.value and mention.precision == "day" and not mention.in_future and not masthead:
                context.note(mention.value, end, background=bool(published and mention.value.year < published.year))
            items.append((start, end, mention.kind.upper(), mention))
        set_items(doc, "klaim_date", items)
        return doc

    @staticmethod
    def places_content(mention: DateMention) -> bool:
        """A year ("tahun 2022", "tahun ini", "awal 2025") is a period that places what is said, never
        the day a statement was made: like the bounds of a period, it is kind "range"."""
        return mention.precision == "year"

    def resolve(self, kind, m, published, context, future) -> DateMention | None:
        if kind in ("numeric", "textual", "month_year", "year"):
            value, precision, _ = self.explicit(kind, m, published)
            weekday = m[1] if kind in ("numeric", "textual") else None
            if value is None and weekday is not None:
                value = self.weekday_date(weekday.group("wd"), published, forward=future)
                return DateMention(value, "day", "weekday", future)
            if value is None:
                return None
            is_range = kind == "textual" and bool(m[0].groupdict().get("d2"))
            return DateMention(value, precision, "range" if is_range else "explicit", future)
        if kind == "relative":
            match, row, index = m
            anchor = context if row["anchor"] == "context" and context else published
            return DateMention(self.relative_date(match, row, index, anchor), row["precision"],
                               "context" if row["anchor"] == "context" else "relative", future)
        if kind == "month":
            value, ahead = self.month_date(*m, published)
            return DateMention(value, "month", "relative", future or ahead)
        if kind == "weekday":
            rel = (m.group("rel") or "").lower()
            forward = rel in ("depan", "mendatang")
            return DateMention(self.weekday_date(m.group("wd"), published, forward), "day", "weekday",
                               future or forward)
        return None


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
