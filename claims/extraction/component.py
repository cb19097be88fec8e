"""What every Klaim component shares: rules read from data files, a to_disk/from_disk round trip,
and the per-document cache (`doc.user_data`) where components leave their findings for the next."""
from __future__ import annotations

import bisect
from collections.abc import Iterable
from pathlib import Path
from typing import Any, ClassVar

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

from .lexicon import load_rules, read_rules, write_rules
from .text.patterns import caseless, lower_in_place
from .text.tokenizer import TEXT_KEY

# A component's finding: (start_char, end_char, label, payload), in document order.
Item = tuple[int, int, str, Any]


class RuleComponent:
    """A pipeline component whose behaviour lives in `lexicon/*.json(l)` files.

    `rules` maps a role ("numbers") to a file name inside the package; the default is the class's
    `DEFAULT_RULES`. Subclasses build their compiled state from `self.rules` in `compile()`, which
    runs again after `from_disk`.
    """

    DEFAULT_RULES: ClassVar[dict[str, str]] = {}

    def __init__(self, nlp: Language, name: str, *, rules: dict[str, str] | None = None) -> None:
        self.name = name
        self.rule_files = dict(self.DEFAULT_RULES)
        self.rule_files.update(rules or {})
        self.rules: dict[str, Any] = {role: load_rules(file) for role, file in self.rule_files.items()}
        self.compile()

    def compile(self) -> None:  # pragma: no cover - every component overrides it
        raise NotImplementedError

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        for role, file in self.rule_files.items():
            write_rules(path, file, self.rules[role])

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> RuleComponent:
        path = Path(path)
        self.rules = {role: read_rules(path, file) for role, file in self.rule_files.items()}
        self.compile()
        return self


class Intervals:
    """Sorted, non-overlapping character ranges with a fast 'does this overlap' test."""

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
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


# Klaim keeps what it computes once per document in `doc.user_data` under ("klaim", name) keys.
# spaCy types that dict as str-keyed; each helper below reads it through a `dict[Any, Any]` name
# rather than a function call, because these are the pipeline's most frequent calls.


def doc_cache(doc: Doc) -> dict[Any, Any]:
    """`doc.user_data` typed for Klaim's tuple keys (for callers outside the hot paths)."""
    data: dict[Any, Any] = doc.user_data
    return data


def text_of(doc: Doc) -> str:
    """The document text, built once (spaCy joins every token's text on each `doc.text`)."""
    data: dict[Any, Any] = doc.user_data
    text: str | None = data.get(TEXT_KEY)
    if text is None:
        text = data[TEXT_KEY] = doc.text
    return text


def lowered_of(doc: Doc) -> str:
    """`patterns.lower_in_place` of the document text, built once."""
    data: dict[Any, Any] = doc.user_data
    lowered: str | None = data.get(("klaim", "lowered"))
    if lowered is None:
        lowered = data[("klaim", "lowered")] = lower_in_place(text_of(doc))
    return lowered


def caseless_of(doc: Doc) -> str:
    """`patterns.caseless` of the document text, built once (mostly the very string `lowered_of` gives)."""
    data: dict[Any, Any] = doc.user_data
    folded: str | None = data.get(("klaim", "caseless"))
    if folded is None:
        folded = data[("klaim", "caseless")] = caseless(text_of(doc), lowered_of(doc))
    return folded


def furniture_of(doc: Doc) -> Intervals:
    """The furniture ranges as `Intervals`, built once per document (most components ask for them)."""
    items = items_of(doc, "klaim_furniture")
    data: dict[Any, Any] = doc.user_data
    built: tuple[tuple[Item, ...], Intervals] | None = data.get(("klaim", "furniture_intervals"))
    if built is None or built[0] is not items:  # built from the furniture items stored now
        built = data[("klaim", "furniture_intervals")] = (
            items, Intervals((start, end) for start, end, _, _ in items))
    return built[1]


def set_items(doc: Doc, key: str, items: Iterable[Item]) -> None:
    """Store a component's findings, (start_char, end_char, label, payload) items in order, as `key`.

    Plain tuples, not spaCy span groups: every consumer works on character offsets and payloads, and
    building `Span` objects for them cost more than some components' own work. `span_group()`
    builds the span group on demand (for displaCy and other spaCy tools).
    """
    data: dict[Any, Any] = doc.user_data
    data[("klaim", key)] = tuple(items)


def items_of(doc: Doc, key: str) -> tuple[Item, ...]:
    """The (start_char, end_char, label, payload) items a component stored under `key`."""
    data: dict[Any, Any] = doc.user_data
    items: tuple[Item, ...] = data.get(("klaim", key), ())
    return items


def span_group(doc: Doc, key: str) -> SpanGroup:
    """The items stored under `key` as a spaCy span group (each widened to whole tokens)."""
    offsets = doc.to_array([IDX]).tolist() if len(doc) else []
    spans = []
    for start, end, label, _ in items_of(doc, key):
        first = bisect.bisect_right(offsets, start) - 1
        last = bisect.bisect_left(offsets, end)
        if 0 <= first < last:
            spans.append(Span(doc, first, last, label=label))
    return SpanGroup(doc, name=key, spans=spans)
