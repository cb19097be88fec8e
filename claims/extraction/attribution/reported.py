"""Reported speech without quotation marks: "X mengatakan (bahwa) …", "Menurut X, …",
"Menurutnya, …", "…, kata X." with the reporting verbs of Indonesian news, including denials
("membantah", "menyangkal") and hedges ("memperkirakan"). Each clause of a sentence is tried on
its own ("Rusia menyangkal …, tetapi pejabat Ukraina menyatakan …")."""
from __future__ import annotations

import re

from ..records import Statement
from .adjuncts import strip_adjuncts, without_date_tail
from .backrefs import BackReferences
from .context import (
    MIN_CONTENT_WORDS,
    WORD,
    Clause,
    Context,
    Located,
    Range,
    Speaker,
    clean,
    said,
    skip_space,
    source_of,
    word_count,
)
from .coreference import Coreference
from .rules import AttributionRules
from .speakers import Speakers
from .subjects import Subjects

FIRST_WORDS_BEFORE_SPEAKER = 3  # words between "Menurut" and the speaker's first mention, at most
NEGATION_REACH = 30  # characters before a verb looked at for a negation ("tidak mengatakan")


class ReportedSpeech:
    def __init__(self, rules: AttributionRules, coreference: Coreference, speakers: Speakers,
                 subjects: Subjects, backrefs: BackReferences) -> None:
        self.rules = rules
        self.coreference = coreference
        self.speakers = speakers
        self.subjects = subjects
        self.backrefs = backrefs

    def clauses(self, text: str, start: int, end: int) -> list[Clause]:
        """The clauses of a sentence: split at a semicolon, or at a comma before "tetapi", "namun", …"""
        bounds, begin = [], start
        for match in self.rules.clause_split.finditer(text, start, end):
            bounds.append((begin, match.start()))
            begin = match.end()
        bounds.append((begin, end))
        return [(s, e) for s, e in bounds if e > s]

    def statements(self, ctx: Context, sentence: Range, previous: Range | None) -> list[Statement]:
        """The reported statements of a sentence, or a back-reference naming the source of `previous`."""
        back = self.rules.back_reference.match(ctx.text, *sentence)
        if back:
            return self.backrefs.passive(ctx, back, sentence, previous)
        found = []
        for clause in self.clauses(ctx.text, *sentence):
            statement = self.clause(ctx, clause, previous)
            if statement is not None:
                found.append(statement)
        if not found:
            figures = self.backrefs.figures_source(ctx, sentence)
            if figures is not None:
                return [figures]
        return found

    def clause(self, ctx: Context, clause: Clause, previous: Range | None = None) -> Statement | None:
        """The statement of one clause: "Menurut X, …", "X mengatakan …", "…, kata X"."""
        text, (start, end), rules = ctx.text, clause, self.rules
        lead = strip_adjuncts(rules, ctx, start, end)
        own = rules.according_nya.match(text, lead, end)
        according = self._according_to_them(ctx, clause, lead, own.end()) if own else None
        if according is None:
            opening = rules.according.match(text, lead, end)
            according = self._according_to(ctx, opening.end(), clause) if opening else None
        if according is not None:
            return according
        for verb_start, verb_end in ctx.verbs.within(start, end):
            verb = text[verb_start:verb_end].lower()
            speaker = self._verb_subject(ctx, clause, verb_start, verb)
            if speaker is None:
                continue
            content_start = verb_end
            bahwa = rules.complementizer.search(text, verb_end, end)
            if bahwa and len(WORD.findall(text, verb_end, bahwa.start())) <= rules.bahwa_window:
                content_start = bahwa.end()
            content_start = skip_space(text, content_start, end)
            if self.backrefs.points_back(text, content_start, end):
                # "X menyampaikan hal tersebut dalam rapat …": X is the source of the sentence before
                if previous is None:
                    return None
                if speaker.kind == "person":
                    ctx.history.append((verb_start, speaker))
                return source_of(speaker, clause, previous)
            statement = self._verb_statement(ctx, clause, speaker, verb, verb_start, content_start)
            if statement is not None:
                return statement
        last_comma = text.rfind(",", start, end)
        trailing = rules.trailing.match(text, last_comma, end) if last_comma >= 0 else None
        return self._trailing(ctx, clause, trailing) if trailing else None

    def _verb_subject(self, ctx: Context, clause: Clause, verb_start: int, verb: str) -> Speaker | None:
        """Who says it, for the verb at `verb_start`: none when the verb is negated, in a relative or
        purpose clause ("yang menyebut", "untuk mengumumkan"), or has no subject."""
        rules, start = self.rules, clause[0]
        before = WORD.findall(ctx.text[max(start, verb_start - NEGATION_REACH):verb_start])
        if before and (before[-1].lower() in rules.negators or before[-1].lower() in rules.blockers):
            return None
        if len(before) > 1 and before[-1].lower() in rules.skip_before_verb and before[-2].lower() in rules.negators:
            return None
        demand = verb in rules.demand_verbs
        subject = self.subjects.subject(ctx, start, verb_start, demand)
        if subject.coordinated and not demand:
            return self.subjects.clause_subject(ctx, start, verb_start)
        return subject.speaker

    def _verb_statement(self, ctx: Context, clause: Clause, speaker: Speaker, verb: str, verb_start: int,
                        content_start: int) -> Statement | None:
        """ "X mengatakan …": what follows the verb (without a trailing date), if it says enough."""
        text = ctx.text
        content = (content_start, without_date_tail(self.rules, text, content_start, clause[1]))
        quote = clean(text[content[0]:content[1]])
        if word_count(quote) < MIN_CONTENT_WORDS:
            return None
        stance = self.rules.verbs.get(verb, "assert")
        if stance == "assert" and quote.lower().startswith(self.rules.hedge_words):
            stance = "hedge"
        ctx.history.append((verb_start, speaker))
        return said(speaker, quote, stance, clause, content)

    def _according_to_them(self, ctx: Context, clause: Clause, lead: int, content_start: int) -> Statement | None:
        """ "Menurutnya, …" (at `lead`, what was said from `content_start`): the person spoken of."""
        text, end = ctx.text, clause[1]
        found = self.coreference.salient_person(ctx, lead)
        content = (skip_space(text, content_start, end), end)
        quote = clean(text[content[0]:content[1]])
        if not found or word_count(quote) < MIN_CONTENT_WORDS:
            return None
        speaker = found.referred()
        ctx.history.append((lead, speaker))
        return said(speaker, quote, "assert", clause, content)

    def _according_to(self, ctx: Context, np_start: int, clause: Clause) -> Statement | None:
        """ "Menurut pengamat politik, Siti Rahma dari Universitas Andalas, …" → speaker and content."""
        text, end = ctx.text, clause[1]
        mentions = ctx.mentions_in(np_start, end)
        if not mentions:
            return None
        np_end = self._speaker_phrase_end(text, mentions, np_start, end)
        if np_end is None:
            return None
        speaker = self.speakers.from_mentions(ctx, [m for m in mentions if m[1] <= np_end], np_start)
        if speaker is None:
            return None
        content = (skip_space(text, np_end, end), end)
        quote = clean(text[content[0]:content[1]])
        if word_count(quote) < MIN_CONTENT_WORDS:
            return None
        ctx.history.append((np_start, speaker))
        return said(speaker, quote, "assert", clause, content)

    def _speaker_phrase_end(self, text: str, mentions: list[Located], np_start: int, end: int) -> int | None:
        """The end of the speaker's noun phrase after "Menurut": it runs over mentions (and "dari"/"di"
        between them) up to a comma; None when no comma ends it."""
        previous_end = np_start
        for s, e, _ in mentions:
            gap = text[previous_end:s]
            if previous_end == np_start:
                if len(WORD.findall(gap)) > FIRST_WORDS_BEFORE_SPEAKER:
                    return None
            elif not self.rules.speaker_gap.fullmatch(gap):
                return None
            # "Kata dia melalui keterangan tertulis, …": an adjunct may stand between the speaker and the comma
            comma = self.rules.attribution_comma.match(text[e:end])
            previous_end = e
            if comma:
                return e + comma.end()
        return None

    def _trailing(self, ctx: Context, clause: Clause, trailing: re.Match[str]) -> Statement | None:
        """ "…, kata X." without quotation marks (`trailing` matched from the clause's last comma)."""
        text, start = ctx.text, clause[0]
        if trailing.group("nya"):
            speaker = self.coreference.referred_person(ctx, trailing.start())
        else:
            speaker = self.speakers.after_attribution(ctx, trailing.start("rest"), trailing.end("rest"))
        content = (strip_adjuncts(self.rules, ctx, start, trailing.start()), trailing.start())
        quote = clean(text[content[0]:content[1]])
        if not speaker or word_count(quote) < MIN_CONTENT_WORDS:
            return None
        ctx.history.append((start, speaker))
        stance = "deny" if (trailing.group("stem") or "").lower() in self.rules.deny_stems else "assert"
        return said(speaker, quote, stance, clause, content)
