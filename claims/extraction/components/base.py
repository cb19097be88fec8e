"""What every Klaim component shares: rules read from data files, and a to_disk/from_disk round trip."""
from __future__ import annotations

import bisect
from pathlib import Path
from typing import Any, ClassVar

from spacy.attrs import IDX
from spacy.tokens import Doc, Span

from ..resources import load_rules, read_rules, write_rules


class RuleComponent:
    """A pipeline component whose behaviour lives in `rules/*.json(l)` files.

    `rules` maps a role ("numbers") to a file name inside the package; the default is the class's
    `DEFAULT_RULES`. Subclasses build their compiled state from `self.rules` in `compile()`, which
    runs again after `from_disk`.
    """

    DEFAULT_RULES: ClassVar[dict[str, str]] = {}

    def __init__(self, nlp, name: str, *, rules: dict[str, str] | None = None):
        self.name = name
        self.rule_files = dict(self.DEFAULT_RULES)
        self.rule_files.update(rules or {})
        self.rules: dict[str, Any] = {role: load_rules(file) for role, file in self.rule_files.items()}
        self.compile()

    def compile(self) -> None:  # pragma: no cover - every component overrides it
        raise NotImplementedError

    def to_disk(self, path, *, exclude=()) -> None:
        path = Path(path)
        for role, file in self.rule_files.items():
            write_rules(path, file, self.rules[role])

    def from_disk(self, path, *, exclude=()) -> RuleComponent:
        path = Path(path)
        self.rules = {role: read_rules(path, file) for role, file in self.rule_files.items()}
        self.compile()
        return self


class Intervals:
    """Sorted, non-overlapping character ranges with a fast 'does this overlap' test."""

    def __init__(self, ranges):
        merged: list[list[int]] = []
        for start, end in sorted(ranges):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.starts = [r[0] for r in merged]
        self.ends = [r[1] for r in merged]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, end - 1) - 1
        return i >= 0 and self.ends[i] > start

    def covers(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, start) - 1
        return i >= 0 and self.ends[i] >= end


def text_of(doc: Doc) -> str:
    """The document text, built once (spaCy joins every token's text on each `doc.text`)."""
    key = ("klaim", "text")
    text = doc.user_data.get(key)
    if text is None:
        text = doc.user_data[key] = doc.text
    return text


def furniture_of(doc: Doc) -> Intervals:
    return Intervals((start, end) for start, end, _, _ in items_of(doc, "klaim_furniture"))


def set_spans(doc: Doc, key: str, items) -> None:
    """Store (start_char, end_char, label, payload) items as the span group `key`.

    The span group is what spaCy tools see; the items themselves (exact character offsets and
    payloads, in order) are kept beside it, because span extension values are keyed by offsets
    and two findings over the same sentence would overwrite each other.
    """
    kept, spans = [], []
    offsets = token_offsets(doc)
    for start, end, label, payload in items:
        first = bisect.bisect_right(offsets, start) - 1
        last = bisect.bisect_left(offsets, end)
        if first < 0 or last <= first:
            continue
        spans.append(Span(doc, first, last, label=label))
        kept.append((start, end, label, payload))
    doc.spans[key] = spans
    doc.user_data[("klaim", key)] = tuple(kept)


def token_offsets(doc: Doc) -> list[int]:
    """Character offset of every token, computed once per document."""
    key = ("klaim", "offsets")
    offsets = doc.user_data.get(key)
    if offsets is None or len(offsets) != len(doc):
        offsets = doc.user_data[key] = doc.to_array([IDX]).tolist() if len(doc) else []
    return offsets


def items_of(doc: Doc, key: str) -> tuple:
    """The (start_char, end_char, label, payload) items a component stored under `key`."""
    return doc.user_data.get(("klaim", key), ())
