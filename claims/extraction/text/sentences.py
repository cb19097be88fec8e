"""Rule-based sentence segmentation and paragraph labels.

A line break always ends a sentence and a paragraph. Inside a line, a sentence ends at . ! ? …
(followed by any closing quotes or brackets) when an upper-case letter or an opening quote comes
next, except after an abbreviation ("Dr.", "Prof.", "No."), a single initial ("J.") or inside an
open bracket. Paragraphs are labelled `body`, `heading` (no final punctuation: headlines,
subheads, mastheads) or `furniture` (wholly marked by the furniture component).
"""
from __future__ import annotations

import re
from typing import Any, cast

import numpy
from spacy.attrs import IDX, IS_SPACE, SENT_START
from spacy.tokens import Doc

from ..component import Intervals, RuleComponent, furniture_of, items_of, set_items, text_of
from .furniture import lines_of_doc

HEADING_MAX_WORDS = 25
WORD = re.compile(r"\w+")
# The word before a full stop, matched on the reversed text before it, where it is at the start (the
# same as searching "([\w.]+)$", which tries every position of the text).
WORD_REVERSED = re.compile(r"[\w.]+")


def reversed_tail(text: str) -> str:
    """`text` reversed for a match at its end: "$" also matches before a final newline."""
    return (text[:-1] if text.endswith("\n") else text)[::-1]


class SentenceSplitter(RuleComponent):
    DEFAULT_RULES = {"sentences": "sentences.json"}

    def compile(self) -> None:
        rules = self.rules["sentences"]
        self.abbreviations = frozenset(rules["abbreviations"])
        closers = re.escape(rules["closers"])
        openers = re.escape(rules["openers"])
        self.boundary = re.compile(rf"[.!?…]+[{closers}]*(?=\s+[{openers}]?[A-Z])")
        # "[.!?…:;,][closers]*$|[closers]$" (final punctuation), matched at the start of the reversed line
        self.final_reversed = re.compile(rf"[{closers}]*[.!?…:;,]|[{closers}]")

    def split(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
        """Sentences of one line text[start:end] as (start, end) ranges."""
        end = len(text) if end is None else end
        sentences: list[tuple[int, int]] = []
        begin = start
        for match in self.boundary.finditer(text, start, end):
            stop = match.end()
            if self._no_break(text, begin, match.start()):
                continue
            sentences.append((begin, stop))
            begin = stop
            while begin < end and text[begin].isspace():
                begin += 1
        if begin < end:
            sentences.append((begin, end))
        return sentences

    def _no_break(self, text: str, begin: int, dot: int) -> bool:
        word = WORD_REVERSED.match(reversed_tail(text[max(begin, dot - 20):dot]))
        if word:
            token = word.group()[::-1]
            if token.lower().rstrip(".") in self.abbreviations:
                return True
            if len(token) == 1 and token.isupper():
                return True
        segment = text[begin:dot]
        return segment.count("(") > segment.count(")")

    def paragraph_label(self, text: str, start: int, end: int, furniture: Intervals) -> str:
        if furniture.covers(start, end):
            return "furniture"
        line = text[start:end]
        if not self.final_reversed.match(reversed_tail(line)) and len(WORD.findall(line)) <= HEADING_MAX_WORDS:
            return "heading"
        return "body"

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        furniture = furniture_of(doc)
        paragraphs: list[tuple[int, int, str, None]] = []
        sentences: list[tuple[int, int, str, None]] = []
        for start, end in lines_of_doc(doc):
            paragraphs.append((start, end, self.paragraph_label(text, start, end, furniture), None))
            sentences.extend((first, last, "SENT", None) for first, last in self.split(text, start, end))
        set_items(doc, "klaim_paragraph", paragraphs)
        set_items(doc, "klaim_sentence", sentences)
        set_boundaries(doc, [start for start, _, _, _ in sentences])
        return doc


def set_boundaries(doc: Doc, starts: list[int]) -> None:
    """Mark the first token at or after each start offset as a sentence start (all others not);
    whitespace tokens are passed over."""
    if not len(doc):
        return
    columns = doc.to_array([IDX, IS_SPACE])
    words = numpy.flatnonzero(columns[:, 1] == 0)  # indices of the tokens that are not whitespace
    first_tokens = numpy.searchsorted(columns[:, 0], numpy.asarray(starts, dtype=columns.dtype), side="left")
    first_words = numpy.searchsorted(words, first_tokens, side="left")
    flags = numpy.full(len(doc), -1, dtype="int64")
    flags[words[first_words[first_words < len(words)]]] = 1
    flags[0] = 1
    doc.from_array([SENT_START], cast(Any, flags.astype("uint64").reshape(-1, 1)))  # spaCy types it as thinc's Ints2d


def sentence_ranges(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of every sentence the splitter found, trimmed of surrounding whitespace."""
    return [(start, end) for start, end, _, _ in items_of(doc, "klaim_sentence")]
