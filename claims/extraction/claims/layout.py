"""Where a figure stands: the sentences and paragraphs of a document, looked up by character offset,
and the clause of a sentence around a figure."""
from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import NamedTuple

Range = tuple[int, int]  # (start, end) character offsets: a sentence, a clause, a statement's evidence


class Paragraph(NamedTuple):
    start: int
    end: int
    label: str  # body | heading | furniture (see `text.sentences`)


class Layout:
    """Sentences and paragraphs of a document, looked up by character offset."""

    def __init__(self, sentences: Sequence[Range], paragraphs: Sequence[tuple[int, int, str]], length: int):
        self.sentences = sentences
        self.sentence_starts = [start for start, _ in sentences]
        self.paragraphs = paragraphs
        self.paragraph_starts = [paragraph[0] for paragraph in paragraphs]
        self.length = length

    def paragraph_of(self, position: int) -> tuple[int, int, str]:
        i = bisect.bisect_right(self.paragraph_starts, position) - 1
        return self.paragraphs[i] if i >= 0 else Paragraph(0, self.length, "body")

    def sentence_of(self, position: int) -> Range:
        i = bisect.bisect_right(self.sentence_starts, position) - 1
        return self.sentences[i] if i >= 0 else (0, self.length)


def clause_around(text: str, start: int, end: int, sentence: Range) -> Range:
    """The clause of text[start:end] within its sentence: from after the comma or semicolon before
    it to the one after it."""
    sentence_start, sentence_end = sentence
    clause_start = max(sentence_start, text.rfind(",", sentence_start, start) + 1,
                       text.rfind(";", sentence_start, start) + 1)
    clause_end = min([i for i in (text.find(",", end, sentence_end), text.find(";", end, sentence_end)) if i >= 0]
                     or [sentence_end])
    return clause_start, clause_end
