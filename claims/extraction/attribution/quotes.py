"""Direct speech: quotations ("…" or “…”) and where their speaker is named — after the quotation
("…,” ujar X / kata X / tegasnya / X menambahkan), before it ("X mengatakan, “…”", "X menulis: “…”"),
at the end of the paragraph before ("X mengatakan:"), or not at all (the paragraph continues the
speaker before it). A quotation that runs over several sentences, or on into the next paragraph,
is one statement."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from ..records import Statement
from .context import WORD, Context, Range, Speaker, clean, said, word_count
from .coreference import Coreference
from .rules import AttributionRules
from .speakers import Speakers
from .subjects import Subjects

OPEN_QUOTES = "“«"
CLOSE_QUOTES = "”»"
STRAIGHT = '"'
QUOTE_MARK = re.compile(r'["“”«»‘’]')
QUOTE_MARKS = re.compile(r'["“”«»]|‘|’(?!\w)')
QUOTE_END = re.compile(r"[,.!?]\s*$")
MAX_QUOTE = 800  # characters of one statement's quotation; longer ones are kept apart
LEAD_IN_REACH = 110  # characters before a quotation (or a paragraph's end) that may hold "X mengatakan,"
MAX_LEAD_WORDS = 12  # words before a quotation that may belong to a partial quotation ('Jika …, "…," kata X')


class Quotation(NamedTuple):
    opened: int  # the opening mark
    closed: int  # the closing mark, or the paragraph's end
    is_closed: bool


Paragraph = tuple[int, int, list[Range]]  # (start, end, its sentences) of a body paragraph


class LeadIn(NamedTuple):
    """ "… X mengatakan:" ending a paragraph, before a quotation in the next one."""

    sentence_start: int
    verb_start: int
    verb: str


class Attribution(NamedTuple):
    where: str  # after | before | continued | open (runs into the next paragraph) | orphan (no speaker yet)
    verb: str
    nya: bool  # "tegasnya": the speaker is whoever "-nya" points to
    span: Range  # where the speaker is named


class Carried(NamedTuple):
    """What the paragraph before hands on: the statement that closed it (and whether it was direct),
    and an "X mengatakan:" it ended with."""

    direct: Statement | None = None
    said: Statement | None = None
    lead_in: LeadIn | None = None


@dataclass(frozen=True, slots=True)
class PendingQuote:
    """A quotation whose speaker is resolved when the walk reaches it (pronouns need the history)."""

    evidence: Range
    content: Range
    quote: str
    attribution: Attribution
    previous: Statement | None  # whose speech it continues, when no one is named

    @property
    def where(self) -> str:
        return self.attribution.where


def quotations(text: str, start: int, end: int) -> list[Quotation]:
    """The quotations in a paragraph (`start`, `end`).

    Double quotes (“…”, "…", «…») are speech; single ones (‘…’) only when no double ones are
    open, opening at a word start and closing before a space or punctuation (’ is also the
    apostrophe of "Jum’at").
    """
    found: list[Quotation] = []
    opened: int | None = None
    mark = ""  # the opening mark, while `opened`
    for match in QUOTE_MARK.finditer(text, start, end):
        i, ch = match.start(), match.group()
        if opened is None:
            if ch in OPEN_QUOTES or ch == STRAIGHT:
                opened, mark = i, ch
            elif ch == "‘" and (i == start or text[i - 1].isspace()):
                opened, mark = i, ch
        elif (mark == STRAIGHT and ch == STRAIGHT) or (mark in OPEN_QUOTES and ch in CLOSE_QUOTES) or (
                mark == "‘" and ch == "’" and (i + 1 >= end or not text[i + 1].isalnum())):
            found.append(Quotation(opened, i, True))
            opened = None
    if opened is not None:
        found.append(Quotation(opened, end, False))
    return found


def close_open_quote(open_quote: PendingQuote, start: int, found: list[Statement]) -> list[Statement]:
    """A quotation left open runs on into the opening quotation of the paragraph at `start`: one statement."""
    first = found[0] if found else None
    if first is None or not first.direct or first.evidence[0] != start:
        return found
    if len(open_quote.quote) + len(first.quote) > MAX_QUOTE:
        # too long to read as one quotation: the same speaker's two statements
        head = Statement(first.speaker, first.speaker_role, first.speaker_kind, open_quote.quote, True,
                         first.stance, open_quote.evidence, open_quote.content, anaphoric=True)
        return [head, *found]
    merged = Statement(
        speaker=first.speaker, speaker_role=first.speaker_role, speaker_kind=first.speaker_kind,
        quote=clean(open_quote.quote + " " + first.quote), direct=True, stance=first.stance,
        evidence=(open_quote.evidence[0], first.evidence[1]), content=(open_quote.content[0], first.content[1]),
        attribution=first.attribution, anaphoric=first.anaphoric)
    return [merged, *found[1:]]


class Quotes:
    def __init__(self, rules: AttributionRules, coreference: Coreference, speakers: Speakers,
                 subjects: Subjects) -> None:
        self.rules = rules
        self.coreference = coreference
        self.speakers = speakers
        self.subjects = subjects

    def pending(self, ctx: Context, paragraph: Paragraph, carried: Carried) -> list[PendingQuote]:
        """Quotations of one paragraph with where their attribution is (speakers resolved later)."""
        text, (start, end, sentences) = ctx.text, paragraph
        found = []
        for quotation in quotations(text, start, end):
            opened, closed, is_closed = quotation
            inner = text[opened + 1:closed]
            if word_count(inner) < self.rules.min_quote_words:
                continue
            first = next((i for i, (s, e) in enumerate(sentences) if s <= opened < e), None)
            last = next((i for i, (s, e) in enumerate(sentences)
                         if s <= closed < e or (closed == e and closed == end)), len(sentences) - 1)
            if first is None:
                continue
            evidence = (sentences[first][0], sentences[last][1])
            attribution = self._after(text, inner, quotation, evidence) if is_closed else None
            if attribution is None:
                attribution = self._before(text, quotation, evidence)
            continued = carried.direct  # whose speech a quotation without attribution continues
            if attribution is None:
                unnamed = self._unnamed(text, quotation, paragraph, carried)
                if unnamed is None:
                    continue
                attribution, continued = unnamed
            content = self._content(text, quotation, evidence, attribution)
            quote = clean(QUOTE_MARKS.sub("", text[content[0]:content[1]]))
            found.append(PendingQuote(evidence, content, quote, attribution, continued))
        return found

    def _after(self, text: str, inner: str, quotation: Quotation, evidence: Range) -> Attribution | None:
        """ "…,” ujar X", "…,” tegasnya", "…,” demikian pernyataan resmi X"."""
        closed, sent_end = quotation.closed, evidence[1]
        after = self.rules.after_quote.match(text[closed + 1:sent_end])
        if not after:
            return None
        stem = after.group("stem")
        if QUOTE_END.search(inner[-3:] if inner else ""):
            verb = (stem or after.group("verb") or "").lower()
        elif stem:
            verb = stem.lower()
        else:
            return None
        return Attribution("after", verb, bool(after.group("nya")), (closed + 1 + after.end(), sent_end))

    def _before(self, text: str, quotation: Quotation, evidence: Range) -> Attribution | None:
        """ "X mengatakan, “…”", "X menulis: “…”", or "X mengatakan “…”" closing the sentence."""
        opened, closed, is_closed = quotation
        sent_start, sent_end = evidence
        lead = text[sent_start:opened]
        before = self.rules.before_quote.search(lead, max(0, len(lead) - LEAD_IN_REACH))
        if before and (before.group().rstrip().endswith((",", ":")) or not is_closed
                       or not text[closed + 1:sent_end].strip(" .”\"")):
            return Attribution("before", before.group("verb").lower(), False, (sent_start, sent_start + before.start()))
        return None

    def _unnamed(self, text: str, quotation: Quotation, paragraph: Paragraph,
                 carried: Carried) -> tuple[Attribution, Statement | None] | None:
        """A quotation with no speaker in its sentence: (attribution, whose speech it continues), or
        None when it is no statement."""
        opened, closed, is_closed = quotation
        start, end, _ = paragraph
        at_start = opened == start
        nobody = (opened, opened)
        if at_start and carried.lead_in is not None:
            # "X mengatakan:" closing the paragraph before
            lead_in = carried.lead_in
            return Attribution("before", lead_in.verb, False, (lead_in.sentence_start, lead_in.verb_start)), carried.direct
        if at_start and carried.direct is not None:
            return Attribution("continued", "", False, nobody), carried.direct
        previous = carried.said
        if at_start and is_closed and previous is not None and previous.speaker_kind == "person" \
                and not self.rules.back_object.search(text, closed, end + 200):
            # "X menjelaskan situasi …" and then a paragraph that is only a quotation: X goes on
            # speaking, unless a "Hal itu disampaikan Y" after it names someone else
            return Attribution("continued", "", False, nobody), previous
        if at_start and is_closed:
            return Attribution("orphan", "", False, nobody), carried.direct  # a later "Hal itu disampaikan X"
        if not is_closed:
            return Attribution("open", "", False, nobody), carried.direct  # may close in the next paragraph
        return None

    def _content(self, text: str, quotation: Quotation, evidence: Range, attribution: Attribution) -> Range:
        """What was said: the quotation, or the whole sentence for a partial one ('Jika …, "…," kata X')."""
        lead = text[evidence[0]:quotation.opened]
        if lead.strip() and attribution.where == "after" and len(WORD.findall(lead)) <= MAX_LEAD_WORDS \
                and not self.rules.verb_pattern.search(lead):
            return evidence[0], quotation.closed
        return quotation.opened + 1, quotation.closed

    def resolve(self, ctx: Context, pending: PendingQuote) -> Statement | None:
        """The statement of a quotation, its speaker resolved now (the walk has reached it)."""
        where, verb, nya, (s, e) = pending.attribution
        speaker: Speaker | None = None
        if where == "after":
            speaker = self.coreference.referred_person(ctx, s) if nya else self.speakers.after_attribution(ctx, s, e)
        elif where == "before":
            speaker = self.subjects.subject(ctx, s, e, demand=False).speaker
        elif where in ("open", "orphan"):
            return None
        elif where == "continued" and pending.previous is not None:
            speaker = speaker_of(pending.previous).referred()
        if speaker is None:
            return None
        rules = self.rules
        stance = "deny" if verb in rules.deny_stems or rules.verbs.get(verb) == "deny" else "assert"
        if stance == "assert" and pending.quote.lower().startswith(rules.hedge_words):
            stance = "hedge"
        ctx.history.append((pending.evidence[0], speaker))
        return said(speaker, pending.quote, stance, pending.evidence, pending.content, direct=True)

    def lead_in(self, text: str, sentence: Range) -> LeadIn | None:
        """ "X mengatakan:" ending a paragraph (its last `sentence`) before a quotation."""
        s, e = sentence
        if not text[s:e].rstrip().endswith(":"):
            return None
        match = self.rules.before_quote.search(text, max(s, e - LEAD_IN_REACH), e)
        return LeadIn(s, match.start(), match.group("verb").lower()) if match else None


def speaker_of(statement: Statement) -> Speaker:
    """The speaker of a statement already made (every statement names one)."""
    assert statement.speaker is not None and statement.speaker_kind is not None
    return Speaker(statement.speaker, statement.speaker_role, statement.speaker_kind)
