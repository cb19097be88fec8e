"""Mark site furniture (related-article links, share bars, captions, comment forms, bylines, promo
and copyright lines) as the items `klaim_furniture` (see `component.set_items`), so no claim is taken from it."""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from spacy.tokens import Doc

from ..component import RuleComponent, caseless_of, doc_cache, set_items, text_of
from .literals import anchored, may_match, required_text
from .patterns import caseless

LINE = re.compile(r"[^\n]+")
# A "tail" marker (comment form, related-news header) ends the article only past this share of it.
TAIL_MIN_SHARE = 0.3
# At most this many characters of a line after an inline marker are furniture.
INLINE_MAX = 160


def lines_of(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every non-blank line, trimmed of surrounding whitespace."""
    for match in LINE.finditer(text):
        line = match.group()
        stripped = line.strip()
        if stripped:
            start = match.start() + (len(line) - len(line.lstrip()))
            yield start, start + len(stripped)


def lines_of_doc(doc: Doc) -> list[tuple[int, int]]:
    """`lines_of` the document text, found once (furniture and sentences both walk the lines)."""
    cache = doc_cache(doc)
    lines: list[tuple[int, int]] | None = cache.get(("klaim", "lines"))
    if lines is None:
        lines = cache[("klaim", "lines")] = list(lines_of(text_of(doc)))
    return lines


class FurnitureRule(NamedTuple):
    """A rule of `lexicon/furniture.jsonl`, compiled."""
    id: str
    scope: str  # line | from | tail | labelled (see the file)
    lowered: re.Pattern[str]  # run on the lower-cased line
    any_case: re.Pattern[str]  # with IGNORECASE, on a line whose lower case changes its length
    at_start: bool  # anchored at the line start
    needs: tuple[tuple[str, ...], ...]  # `literals.required_text`, () when anchored


class FurnitureMarker(RuleComponent):
    DEFAULT_RULES = {"furniture": "furniture.jsonl"}

    def compile(self) -> None:
        rules = []
        for row in self.rules["furniture"]:
            # Rules are written in lower case and run on the lower-cased line: case-sensitive patterns let
            # the regex engine skip ahead on their literal words, several times faster than IGNORECASE.
            any_case = re.compile(row["pattern"], re.IGNORECASE)
            at_start = anchored(any_case)
            # What a rule must find in an article ("baca", "komentar", …) to apply anywhere in it: a
            # rule that is not anchored at the line start is searched for all along every line.
            rules.append(FurnitureRule(row["id"], row["scope"], re.compile(row["pattern"]), any_case, at_start,
                                       () if at_start else required_text(any_case)))
        self.furniture_rules = tuple(rules)
        # Whether any rule anchored at the line start matches a line, in one test, before each is tried.
        any_rule = "|".join(f"(?:{rule.lowered.pattern})" for rule in rules if rule.at_start) or "(?!)"
        self.line_starts = (re.compile(any_rule), re.compile(any_rule, re.IGNORECASE))

    def find(self, text: str, caseless_text: str | None = None,
             lines: list[tuple[int, int]] | None = None) -> list[tuple[int, int, str]]:
        """Furniture ranges (start, end, rule id) of a text; `caseless_text` is `patterns.caseless(text)`
        and `lines` is `lines_of(text)` when known."""
        if caseless_text is None:
            caseless_text = caseless(text)
        # Only the rules that can match somewhere in the text are tried on its lines.
        patterns = [rule for rule in self.furniture_rules if may_match(rule.needs, caseless_text)]
        any_start, any_start_any_case = self.line_starts
        if lines is None:
            lines = list(lines_of(text))
        marks: list[tuple[int, int, str]] = []
        for index, (start, end) in enumerate(lines):
            line = text[start:end]
            lowered = line.lower()
            folded = len(lowered) == len(line)
            starts = any_start.match(lowered) if folded else any_start_any_case.match(line)
            for rule_id, scope, pattern, any_case, at_start, _ in patterns:
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
        set_items(doc, "klaim_furniture", ((start, end, label, None) for start, end, label in marks))
        return doc
