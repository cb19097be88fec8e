"""Mark site furniture (related-article links, share bars, captions, comment forms, bylines, promo
and copyright lines) as the items `klaim_furniture` (see `base.set_items`), so no claim is taken from it."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..component import RuleComponent, caseless_of, set_items, text_of
from .patterns import anchored, caseless, may_match, required_text

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


def lines_of_doc(doc: Doc) -> list[tuple[int, int]]:
    """`lines_of` the document text, found once (furniture and sentences both walk the lines)."""
    key = ("klaim", "lines")
    lines = doc.user_data.get(key)
    if lines is None:
        lines = doc.user_data[key] = list(lines_of(text_of(doc)))
    return lines


class FurnitureMarker(RuleComponent):
    DEFAULT_RULES = {"furniture": "furniture.jsonl"}

    def compile(self) -> None:
        # Rules are written in lower case and run on the lower-cased line: case-sensitive patterns let
        # the regex engine skip ahead on their literal words, several times faster than IGNORECASE.
        self.patterns = tuple(
            (row["id"], row["scope"], re.compile(row["pattern"]), re.compile(row["pattern"], re.IGNORECASE))
            for row in self.rules["furniture"]
        )
        self.anchored = tuple(anchored(any_case) for _, _, _, any_case in self.patterns)
        # What each rule must find in an article ("baca", "komentar", …) to apply anywhere in it: a
        # rule that is not anchored at the line start is searched for all along every line.
        self.needs = tuple(() if at_start else required_text(any_case)
                           for (_, _, _, any_case), at_start in zip(self.patterns, self.anchored, strict=True))
        # Whether any rule anchored at the line start matches a line, in one test, before each is tried.
        anchored_rules = [row["pattern"] for row, at_start in zip(self.rules["furniture"], self.anchored, strict=True)
                          if at_start]
        any_rule = "|".join(f"(?:{pattern})" for pattern in anchored_rules) or "(?!)"
        self.line_starts = (re.compile(any_rule), re.compile(any_rule, re.IGNORECASE))

    def find(self, text: str, caseless_text: str | None = None,
             lines: list[tuple[int, int]] | None = None) -> list[tuple[int, int, str]]:
        """Furniture ranges (start, end, rule id) of a text; `caseless_text` is `patterns.caseless(text)`
        and `lines` is `lines_of(text)` when known."""
        if caseless_text is None:
            caseless_text = caseless(text)
        # Only the rules that can match somewhere in the text are tried on its lines.
        patterns = [(*rule, at_start)
                    for rule, need, at_start in zip(self.patterns, self.needs, self.anchored, strict=True)
                    if may_match(need, caseless_text)]
        any_start, any_start_any_case = self.line_starts
        if lines is None:
            lines = list(lines_of(text))
        marks: list[tuple[int, int, str]] = []
        for index, (start, end) in enumerate(lines):
            line = text[start:end]
            lowered = line.lower()
            folded = len(lowered) == len(line)
            starts = any_start.match(lowered) if folded else any_start_any_case.match(line)
            for rule_id, scope, pattern, any_case, at_start in patterns:
                if at_start and starts is None:
                    continue
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
        marks = self.find(text_of(doc), caseless_of(doc), lines_of_doc(doc))
        set_items(doc, "klaim_furniture", ((s, e, label, None) for s, e, label in marks))
        return doc
