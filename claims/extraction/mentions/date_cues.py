"""What the words around a date say about it: announced ahead ("akan digelar pada …", "… mendatang"),
set for an upcoming event ("untuk mengamankan Pilkada pada …", "menjelang …"), or bounding a period
("sejak …", "mulai X hingga Y", "berlangsung hingga …"). The cue words come from `lexicon/dates.json`."""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from ..text.patterns import alternation
from .date_forms import DateCandidate

FUTURE_WINDOW = 40  # characters before a date searched for a cue
AFTER_WINDOW = 20  # characters after a date searched for "mendatang"
UPCOMING_WINDOW = 160  # a purpose clause may name the event at length before its day


def compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def opens_clause(text: str, at: int) -> bool:
    """Whether `at` opens a sentence or a paragraph."""
    before = text[max(0, at - 3):at].rstrip(" \t")
    return not before or before[-1] in ".!?\n\"“”"


class DateCues:
    """The cue patterns and the tests of a date's surroundings."""

    def __init__(self, rules: Mapping[str, Any], relative_pronouns: Sequence[str]):
        """`rules`: those of dates.json; `relative_pronouns` ("yang") open a relative clause."""
        self.future_before = compiled(rf"\b(?:{'|'.join(re.escape(w) for w in rules['future_cues'])})\b[^.]*$")
        self.future_after = compiled(rf"^\s*{alternation(rules['future_after'])}\b")
        # "hingga"/"sampai" are future cues for a deadline, but they bound past periods too: only the
        # other cues announce a day ("akan digelar pada …") that cannot be the day of the report.
        until = set(rules["until_cues"])
        self.until_words = frozenset(word.split()[0] for word in until)  # "hingga", "sampai (dengan)"
        announcing = [w for w in rules["future_cues"] if w not in until]
        self.announced_before = compiled(rf"\b{alternation(announcing)}\b[^.]*$")
        # A day set for an upcoming event without an announcing word: "dikerahkan untuk mengamankan
        # pemungutan suara Pilkada pada Rabu, 27 November 2024", "menjelang …" (see `is_upcoming`).
        self.upcoming_before = compiled(rf"(?<![\w-]){alternation(rules['upcoming_cues'])}(?![\w-])(?=[^.;!?\n]*$)")
        # … unless the day belongs to the act the sentence reports ("Apel untuk mengamankan Pilkada
        # digelar pada Jumat (15/11/2024)"); the event's own verb follows "yang".
        not_in_event = "".join(f"(?<!{re.escape(word)} )" for word in relative_pronouns)
        self.act_verb = compiled(rf"{not_in_event}(?<![\w-]){alternation(rules['upcoming_clause_verbs'])}(?![\w-])")
        self.compile_periods(rules, until)

    def compile_periods(self, rules: Mapping[str, Any], until: set[str]) -> None:
        """Dates that bound a period place the content (see `periods`). A period cue stands right
        before its date ("mulai 21 Desember", "terhitung pada 1 Januari", or opens the mention:
        "Sejak Agustus lalu"); "sejak" may stand a few words before it ("sejak perang pecah pada …")."""
        period_cues = alternation(rules["period_cues"])
        fillers = alternation(rules["date_fillers"])
        self.period_before = compiled(rf"(?<![\w-]){period_cues}\s+(?:{fillers}\s+)?$")
        self.period_opens = compiled(rf"{period_cues}(?![\w-])")
        self.since_before = compiled(rf"(?<![\w-]){alternation(rules['since_cues'])}(?![\w-])[^,.;:!?\n]{{0,30}}$")
        self.range_joiner = compiled(rf"[^\S\n]*{alternation(rules['range_joiners'])}[^\S\n]*")
        # "berlangsung hingga Minggu (24/11/2024)" is the end of a period; a clause that opens with
        # "Hingga" tells how things stand as of that day ("Hingga Jumat (15/11/2024) sore, 17 orang
        # masih hilang"), the day of the report.
        until_words = rf"{alternation(until)}\s+(?:{fillers}\s+)?$"
        self.until_before = compiled(rf"(?<![\w-]){until_words}")
        self.as_of_before = compiled(rf"(?:^|[.,;:!?\n–—-])\s*{until_words}")

    def is_future(self, text: str, start: int, end: int) -> bool:
        """Whether the date text[start:end] lies ahead: announced, or a deadline ("hingga …")."""
        if self.future_after.match(text[end:end + AFTER_WINDOW]):
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
                    or self.future_after.match(text[end:end + AFTER_WINDOW]))

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

    def periods(self, text: str, candidates: Sequence[DateCandidate]) -> list[bool]:
        """For each candidate, whether it bounds a period: after a period cue ("sejak …", "mulai …"),
        joined to the next or previous date ("21 Desember 2024 hingga 2 Januari 2025"), or the end a
        thing lasts until ("berlangsung hingga …", but not the "Hingga Jumat sore, …" of a report)."""
        joined = [self.range_joiner.fullmatch(text, a.end, b.start) is not None
                  for a, b in zip(candidates, candidates[1:], strict=False)]
        flags = []
        for i, candidate in enumerate(candidates):
            start, end = candidate.start, candidate.end
            window = max(0, start - FUTURE_WINDOW)
            until = self.until_before.search(text, window, start) and not self.as_of_before.search(text, window, start)
            cued = (self.period_opens.match(text, start, end) or self.period_before.search(text, window, start)
                    or self.since_before.search(text, window, start))
            flags.append(bool(cued or until or (i < len(joined) and joined[i]) or (i > 0 and joined[i - 1])))
        return flags
