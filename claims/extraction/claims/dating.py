"""Which date a claim gets: the statement's date, else the sentence's, else the paragraph's, else the
publication date (see `Dating`). The cue words are `lexicon/dates.json` (`incidental_cues`,
`until_cues`) and `lexicon/claims.json` (`act_verbs`)."""
from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NamedTuple

from ..component import Intervals
from ..records import DateMention, Statement
from ..text.patterns import alternation
from .layout import Layout, Range

CLOSING = re.compile(r"[\s.,;:!?\"”’)]*")  # what may follow a date that ends a statement's content
DatedMention = tuple[int, int, DateMention]  # (start, end, mention)


class Dated(NamedTuple):
    """The date a claim was made and its precision (day | week | month | year), or (None, None)."""
    value: dt.date | None
    precision: str | None


class DateCues:
    """The cues `Dating` reads, compiled from the rules of `dates.json` and `claims.json`."""

    def __init__(self, dates: Mapping[str, Any], claims: Mapping[str, Any]):
        cues = alternation(dates["incidental_cues"])
        self.until_words = frozenset(word.split()[0] for word in dates["until_cues"])
        self.incidental = re.compile(rf"(?<![\w-])(?:{cues})(?![\w-])[^,.;]*$", re.IGNORECASE)
        self.act_verbs = re.compile(rf"(?<![\w-])(?:{alternation(claims['act_verbs'])})(?![\w-])", re.IGNORECASE)

    def dating(self, text: str, dates: Iterable[DatedMention], statements: Sequence[Statement], layout: Layout,
               published: dt.date | None) -> Dating:
        return Dating(text, dates, statements, layout, published, self.incidental, self.act_verbs, self.until_words)


class Dating:
    """The date a claim was made, with its precision.

    A statement's own date stands in its attribution ("mengumumkan pada Selasa", "…,” kata X,
    Senin (28/10/2024)"), never in what was said, except at the very end of an act reported without
    a clause of its own ("Kuwait menjanjikan US$ 20 juta … pekan lalu.": Indonesian puts the time
    last); else an earlier sentence of its paragraph gave the
    date; else the same speaker's previous statement did (a continued speech); else the publication
    date. Dates that only place the content ("sejak Oktober", "antara 8 hingga 13 Oktober", future
    ones, dates inside quotations) are passed over.
    """

    def __init__(self, text: str, dates: Iterable[DatedMention], statements: Sequence[Statement], layout: Layout,
                 published: dt.date | None, incidental: re.Pattern[str], act_verbs: re.Pattern[str] | None = None,
                 until_words: frozenset[str] = frozenset()):
        self.text = text
        self.until_words = until_words
        self.act_verbs = act_verbs
        self.layout = layout
        self.published = Dated(published, "day" if published else None)
        quotes = Intervals(statement.content for statement in statements if statement.direct)
        self.dates = [(start, end, mention) for start, end, mention in dates
                      if mention.value is not None and not mention.in_future and mention.kind != "range"
                      # a day after the publication is an event ahead ("konser Sabtu (30/11)"), not a claim's
                      and (published is None or mention.value <= published)
                      and not quotes.overlaps(start, end) and not self.incidental_before(incidental, start)
                      # the cue may open the mention itself: "Sejak Agustus lalu"
                      and not incidental.match(text, start, end)]
        # The date finder keeps dates in order and apart, so their ends ascend with their starts and
        # a lookup is a bisection (were they not, each would read them all).
        self.starts = [start for start, _, _ in self.dates]
        self.ends = [end for _, end, _ in self.dates]
        self.apart = all(end <= start for end, start in zip(self.ends, self.starts[1:], strict=False))
        self.by_statement: dict[int, Dated] = {}
        self.date_statements(statements)

    def date_statements(self, statements: Sequence[Statement]) -> None:
        # a source that records figures ("AS, sekutu Filipina, bulan lalu menyetujui …") has no
        # attribution apart from its sentence: its date is anywhere in it
        own = {id(statement): self.within(statement.attribution if statement.claim else (statement.evidence,))
               or self.closing(statement) for statement in statements}
        # "… . Hal itu disampaikan X, kemarin.": the back-reference dates the sentence it points at
        for back in statements:
            if back.names_earlier:
                dated = self.within((back.evidence,))
                for statement in statements:
                    if dated and statement.claim and own[id(statement)] is None \
                            and back.targets[0][0] <= statement.evidence[0] \
                            and statement.evidence[1] <= back.targets[0][1]:
                        own[id(statement)] = dated
        previous = None
        for index, statement in enumerate(statements):
            date = own[id(statement)] or self.earlier_in_paragraph(statement.evidence[0]) \
                or self.next_in_paragraph(statements, index, own)
            value = Dated(date.value, date.precision) if date else None
            if value is None and previous is not None and previous.speaker == statement.speaker:
                value = self.by_statement[id(previous)]
            self.by_statement[id(statement)] = value or self.published
            if statement.claim:
                previous = statement

    def next_in_paragraph(self, statements: Sequence[Statement], index: int,
                          own: Mapping[int, DateMention | None]) -> DateMention | None:
        """ "X memastikan …. “…,” kata X, Senin.": the date the same speaker's next statement in the
        paragraph gives in its own attribution."""
        statement = statements[index]
        paragraph = self.layout.paragraph_of(statement.evidence[0])
        for later in statements[index + 1:]:
            if later.evidence[0] >= paragraph[1]:
                break
            if later.claim and later.speaker == statement.speaker:
                return own[id(later)]
        return None

    def incidental_before(self, incidental: re.Pattern[str], start: int) -> bool:
        """Whether a cue such as "sejak" or "hingga" makes the date at `start` place the content.
        A clause that opens with "Hingga Jumat (15/11/2024) sore, …" says what holds as of that day."""
        cue = incidental.search(self.text, max(0, start - 25), start)
        if cue is None:
            return False
        if cue.group().split()[0].lower() in self.until_words:  # opening a clause: as of that day
            opening = self.text[self.layout.sentence_of(start)[0]:cue.start()].rstrip()
            return bool(opening) and not opening.endswith((",", ":", "-", "–", "—"))  # after a dateline too
        return True

    def closing(self, statement: Statement) -> DateMention | None:
        """The date that ends a reported act's content, when the verb takes an object rather than a
        clause ("menjanjikan hibah … pekan lalu", not "mengatakan pasukan itu tiba pekan lalu")."""
        if statement.direct or self.act_verbs is None or not statement.claim:
            return None
        content_start, content_end = statement.content
        if not self.act_verbs.search(self.text, statement.evidence[0], content_start):
            return None
        last = self.last_ending_by(content_end)
        if last is not None and content_start <= last[0] and CLOSING.fullmatch(self.text, last[1], content_end):
            return last[2]
        return None

    def within(self, ranges: Iterable[Range]) -> DateMention | None:
        """The first date inside one of the ranges."""
        if not self.apart:
            return next((mention for start, end, mention in self.dates
                         if any(a <= start and end <= b for a, b in ranges)), None)
        first = None
        for a, b in ranges:
            i = bisect.bisect_left(self.starts, a)  # the first date from a: the one ending first
            if i < len(self.dates) and self.ends[i] <= b and (first is None or i < first):
                first = i
        return self.dates[first][2] if first is not None else None

    def last_ending_by(self, position: int) -> DatedMention | None:
        """(start, end, mention) of the last date that ends by `position`."""
        if not self.apart:
            return next((date for date in reversed(self.dates) if date[1] <= position), None)
        i = bisect.bisect_right(self.ends, position) - 1
        return self.dates[i] if i >= 0 else None

    def earlier_in_paragraph(self, position: int) -> DateMention | None:
        """The last date of the paragraph that ends by `position`."""
        paragraph_start = self.layout.paragraph_of(position)[0]
        if not self.apart:
            return next((mention for start, end, mention in reversed(self.dates)
                         if start >= paragraph_start and end <= position), None)
        last = self.last_ending_by(position)
        return last[2] if last is not None and last[0] >= paragraph_start else None

    def of_statement(self, statement: Statement) -> Dated:
        return self.by_statement.get(id(statement), self.published)

    def of_sentence(self, sentence: Range, source: Statement | None = None) -> Dated:
        """A figure's date from its sentence or paragraph, else from the statement that sources it."""
        date = self.within([sentence])
        if date is None and source is not None:
            return self.of_statement(source)
        date = date or self.earlier_in_paragraph(sentence[0])
        return Dated(date.value, date.precision) if date else self.published
