"""Back-references: a sentence that names the source of another without being a statement itself.

"Informasi ini diungkap oleh X" and "X menyampaikan hal tersebut dalam rapat" name the source of
the sentence before; "BPS mencatat …" is the source of its own figures. A quotation nobody was named
for, or a sentence without figures, followed by such a back-reference becomes X's statement.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from ..component import Intervals
from ..records import Statement
from .context import WORD, Context, Range, clean, outside, source_of
from .quotes import PendingQuote
from .rules import AttributionRules
from .speakers import Speakers
from .subjects import Subjects


class BackReferences:
    def __init__(self, rules: AttributionRules, speakers: Speakers, subjects: Subjects) -> None:
        self.rules = rules
        self.speakers = speakers
        self.subjects = subjects

    def passive(self, ctx: Context, back: re.Match[str], sentence: Range, previous: Range | None) -> list[Statement]:
        """ "Informasi ini diungkap oleh X" (`back`, the rule's match at the start of `sentence`): X as
        the source of the `previous` sentence ([] when no one is named there)."""
        start, end = sentence
        speaker = self.speakers.after_attribution(ctx, back.end(), end)
        if not speaker or not previous:
            return []
        if speaker.kind == "person":
            ctx.history.append((start, speaker))
        return [source_of(speaker, sentence, previous)]

    def points_back(self, text: str, start: int, end: int) -> bool:
        """Whether what a verb takes is "hal tersebut" and nothing said after it ("menyampaikan hal
        tersebut dalam rapat", but not "menegaskan hal itu tidak dapat diterima")."""
        back = self.rules.back_object.match(text, start, end)
        if not back:
            return False
        following = WORD.search(text, back.end(), end)
        return following is None or following.group().lower() in self.rules.attribution_stops \
            or following.group() in ",.;:!?"

    def figures_source(self, ctx: Context, sentence: Range) -> Statement | None:
        """ "BPS mencatat …", "DPR menyetujui …": a source for the sentence's figures, not a statement."""
        start, end = sentence
        for verb_start, _ in ctx.source_verbs.within(start, end):
            subject = self.subjects.subject(ctx, start, verb_start, demand=False)
            if subject.speaker is not None and not subject.coordinated:
                return source_of(subject.speaker, sentence, sentence)
        return None


def named_later(orphan: PendingQuote, back: Statement) -> Statement:
    """A quotation followed by "Hal itu disampaikan X": X's direct statement."""
    return Statement(back.speaker, back.speaker_role, back.speaker_kind, orphan.quote, True, "assert",
                     orphan.evidence, orphan.content, attribution=outside(orphan.evidence, orphan.content),
                     anaphoric=back.anaphoric)


def names_unclaimed_sentence(back: Statement, figures: Intervals, recent: Iterable[Statement]) -> bool:
    """Whether a back-reference names a sentence that is no claim yet: one without figures (a
    figure's sentence is its claim already) that no `recent` statement covers."""
    start, end = back.targets[0]
    return back.names_earlier and not figures.overlaps(start, end) and not any(
        st.claim and st.evidence[0] < end and start < st.evidence[1] for st in recent)


def reported_before(text: str, back: Statement) -> Statement:
    """ "Pihaknya masih menelusuri …. Hal tersebut diungkapkan oleh X": X's reported statement."""
    target = back.targets[0]
    return Statement(back.speaker, back.speaker_role, back.speaker_kind, clean(text[target[0]:target[1]]), False,
                     "assert", target, target, anaphoric=back.anaphoric)
