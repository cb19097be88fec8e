"""Mark site furniture (related-article links, share bars, captions, comment forms, bylines, promo
and copyright lines) as the span group `klaim_furniture`, so no claim is taken from it."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from .base import RuleComponent, set_spans, text_of

LINE = re.compile(r"[^\n]+")
# A "tail" marker (comment form, related-news header) ends the article only past this share of it.
TAIL_MIN_SHARE = 0.3
# At most this many characters of a line after an inline marker are furniture.
INLINE_MAX = 160


def lines_of(text: str):
    """(start, end) of every non-blank line, trimmed of surrounding whitespace."""
    for match in LINE.finditer(text):
        line = match.group()
        stripped = line.strip()
        if stripped:
            start = match.start() + (len(line) - len(line.lstrip()))
            yield start, start + len(stripped)


class FurnitureMarker(RuleComponent):
    DEFAULT_RULES = {"furniture": "furniture.jsonl"}

    def compile(self) -> None:
        # Rules are written in lower case and run on the lower-cased line: case-sensitive patterns let
        # the regex engine skip ahead on their literal words, several times faster than IGNORECASE.
        self.patterns = tuple(
            (row["id"], row["scope"], re.compile(row["pattern"]), re.compile(row["pattern"], re.IGNORECASE))
            for row in self.rules["furniture"]
        )

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """Furniture ranges (start, end, rule id) of a text."""
        lines = list(lines_of(text))
        marks: list[tuple[int, int, str]] = []
        for index, (start, end) in enumerate(lines):
            line = text[start:end]
            lowered = line.lower()
            folded = len(lowered) == len(line)
            for rule_id, scope, pattern, any_case in self.patterns:
                match = pattern.search(lowered) if folded else any_case.search(line)
                if match is None:
                    continue
                if scope == "tail":
                    if start >= TAIL_MIN_SHARE * len(text):
                        marks.append((start, lines[-1][1], rule_id))
                        return marks
                    marks.append((start, end, rule_id))
                elif scope == "from":
                    # an inline "Baca juga: <headline>" runs to the line end, but not over a whole
                    # article that arrived as one line
                    begin = start + match.start()
                    stop = end if end - begin <= INLINE_MAX else text.rfind(" ", begin, begin + INLINE_MAX)
                    marks.append((begin, stop if stop > begin else end, rule_id))
                elif scope == "labelled":
                    if index > 0:
                        marks.append((lines[index - 1][0], lines[index - 1][1], rule_id))
                    marks.append((start, end, rule_id))
                else:
                    marks.append((start, end, rule_id))
                break
        return marks

    def __call__(self, doc: Doc) -> Doc:
        set_spans(doc, "klaim_furniture", ((s, e, label, None) for s, e, label in self.find(text_of(doc))))
        return doc
