"""What the statement finder knows about one document while it walks through it, and the small
records and text helpers every part of `attribution` shares."""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..component import Intervals
from ..records import Mention, Statement
from ..text.patterns import WordScan

WORD = re.compile(r"\w++(?:[-'’.]\w++)*+|[^\w\s]")  # as in `actors`: r"\w+(?:[-'’.]\w+)*|[^\w\s]"
WORDS_ONLY = re.compile(r"\w+")
MIN_CONTENT_WORDS = 2  # what a reported statement says, at least

Range = tuple[int, int]  # a character range of the document: (start, end)
Located = tuple[int, int, Mention]  # an actor mention with its character range
Person = tuple[int, str, str | None]  # where the text introduces a person: (start, full name, role)
Clause = tuple[int, int]  # (start, end) of a clause: what one reported statement is found in, and its evidence


@dataclass(slots=True)
class Speaker:
    name: str
    role: str | None
    kind: str  # person | org | country
    anaphoric: bool = False

    def referred(self) -> Speaker:
        """The same speaker, found again through a pronoun, a description or a surname."""
        return Speaker(self.name, self.role, self.kind, anaphoric=True)


@dataclass(slots=True)
class Context:
    """One document's text, mentions and dates, and the speakers met so far in the walk."""

    text: str
    mentions: list[Located]
    starts: list[int]
    dates: Intervals
    persons: tuple[Person, ...]
    key: Callable[[str], str]
    verbs: WordScan  # reporting verbs
    source_verbs: WordScan  # "mencatat", "merilis": a source for figures
    history: list[tuple[int, Speaker]] = field(default_factory=list)  # who spoke, where
    subjects: list[tuple[int, Speaker]] = field(default_factory=list)  # persons a sentence opens with
    adjuncts_end: dict[Range, int] = field(default_factory=dict)  # `adjuncts.strip_adjuncts` results
    parts: dict[str, tuple[int, frozenset[str]]] = field(default_factory=dict)

    def name_parts(self, name: str) -> tuple[int, frozenset[str]]:
        """(words in `name`, words of its key): names are compared again and again along a document."""
        found = self.parts.get(name)
        if found is None:
            found = self.parts[name] = (len(name.split()), frozenset(self.key(name).split()))
        return found

    def mentions_in(self, start: int, end: int) -> list[Located]:
        i = bisect.bisect_left(self.starts, start)
        found = []
        while i < len(self.mentions) and self.mentions[i][0] < end:
            if self.mentions[i][1] <= end:
                found.append(self.mentions[i])
            i += 1
        return found

    def first_mention_in(self, start: int, end: int) -> Located | None:
        """`mentions_in(start, end)[0]`, or None, without collecting the others."""
        mentions = self.mentions
        i = bisect.bisect_left(self.starts, start)
        while i < len(mentions) and mentions[i][0] < end:
            if mentions[i][1] <= end:
                return mentions[i]
            i += 1
        return None

    def last_speaker(self, position: int) -> Speaker | None:
        """Whoever spoke last before `position`."""
        return next((speaker for at, speaker in reversed(self.history) if at < position), None)


def word_count(text: str) -> int:
    return len(WORDS_ONLY.findall(text))


def clean(text: str) -> str:
    # runs of whitespace made one space, as re.sub(r"\s+", " ", text).strip() would (str.split and the
    # regex engine's \s agree on what whitespace is), without a replacement for every single space
    return " ".join(text.split()).strip(" ,;:")


def skip_space(text: str, i: int, end: int) -> int:
    """`i` moved past spaces, commas and colons (up to `end`)."""
    while i < end and (text[i].isspace() or text[i] in ",:"):
        i += 1
    return i


def outside(evidence: Range, content: Range) -> tuple[Range, ...]:
    """The parts of `evidence` before and after `content`: the attribution."""
    parts = []
    if content[0] > evidence[0]:
        parts.append((evidence[0], content[0]))
    if content[1] < evidence[1]:
        parts.append((content[1], evidence[1]))
    return tuple(parts)


def said(speaker: Speaker, quote: str, stance: str, evidence: Range, content: Range, *,
         direct: bool = False) -> Statement:
    """`speaker`'s statement: `quote` (at `content`) inside the sentence(s) `evidence`."""
    return Statement(speaker.name, speaker.role, speaker.kind, quote, direct, stance, evidence, content,
                     attribution=outside(evidence, content), anaphoric=speaker.anaphoric)


def source_of(speaker: Speaker, evidence: Range, target: Range) -> Statement:
    """No statement: `speaker` named as the source of the sentence `target` ("Hal itu disampaikan X")."""
    return Statement(speaker.name, speaker.role, speaker.kind, "", False, "assert", evidence,
                     (evidence[0], evidence[0]), claim=False, targets=(target,))
