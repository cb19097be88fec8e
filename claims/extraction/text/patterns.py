"""Regex building blocks the components share, written for the speed of Python's regex engine.

The engine scans fast only for a literal prefix; anything else costs it a few dozen nanoseconds per
character and per pattern, and an alternation of many words is tried word after word at every
position. So the components scan a text once for the few places where a rule can apply (a
"trigger"), then try their rules there only, and word lists become prefix trees (`word_tree`).
What a pattern requires of a text before it can match (`required_text`, `may_match`, `anchored`) is
read from the pattern's text in `literals`.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from typing import Any

# what a pattern requires, read from its text; here too for the callers that know them from here
from .literals import anchored, may_match, required_text

__all__ = (
    "IGNORECASE_ALSO", "Caseless", "WordScan", "alternation", "anchored", "caseless", "caseless_regex",
    "is_lower_case_pattern", "is_word_char", "lower_in_place", "may_match", "required_text",
    "without_group_names", "word_tree",
)


def alternation(words: Iterable[str]) -> str:
    """A non-capturing alternation of words and phrases, longest first (any whitespace between words)."""
    ordered = sorted({w for w in words if w}, key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)
    return rf"(?:{body})"


def word_tree(words: Iterable[str], *, not_after: str | None = None) -> str:
    """`alternation(words)` written as a prefix tree: "(?:a(?:pr(?:il)?|wal)|…)".

    The engine then tries one branch per character instead of every word at every position. Where
    several words match, both prefer the longest (the caller's boundaries after it decide between
    "apr" and "april"); a space between words matches any whitespace, as in `alternation`.
    `not_after`, a character class, is a look-behind for the character before the word, written
    after the word's first character ("a(?<![\\w-]a)…"): when the words start with few different
    characters, most positions then fail on one character test (with a single one the engine even
    skips ahead to it); with many, a look-behind first fails sooner inside words.
    """
    tree: dict[str, Any] = {}
    for word in {w for w in words if w}:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def edge(ch: str) -> str:
        return r"\s+" if ch == " " else re.escape(ch)

    def build(node: dict[str, Any]) -> str:
        branches = [edge(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # a word ends here and longer ones go on
            body = f"(?:{body})?"
        return body

    if not_after is None:
        return "(?:" + build(tree) + ")"
    return "(?:" + "|".join(f"{edge(ch)}(?<!{not_after}{edge(ch)}){build(child)}"
                            for ch, child in sorted(tree.items())) + ")"


def lower_in_place(text: str) -> str:
    """`text.lower()` with every character kept in place (only "İ" grows when lower-cased; it stays)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    return lowered


# What the regex engine's IGNORECASE also matches to an ASCII letter, beyond its upper case ("K", the
# Kelvin sign, lower-cases to "k" already).
IGNORECASE_ALSO = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def caseless(text: str, lowered: str | None = None) -> str:
    """The text as IGNORECASE sees it, character for character: a pattern written in lower case (see
    `caseless_regex`) matches it case-sensitively exactly where it matches `text` with IGNORECASE,
    and case-sensitive matching is much faster. Offsets are those of `text`; matched strings are not.
    `lowered` is `lower_in_place(text)` when known."""
    if lowered is None:
        lowered = lower_in_place(text)
    if "ı" in lowered or "ſ" in lowered or "İ" in lowered:
        lowered = lowered.translate(IGNORECASE_ALSO)
    return lowered


def caseless_regex(pattern: str, flags: int = 0) -> re.Pattern[str] | None:
    """`pattern` (meant for IGNORECASE) compiled to run case-sensitively on `caseless(text)`, or None
    when it is not written in lower case (see `is_lower_case_pattern`)."""
    return re.compile(pattern, flags) if is_lower_case_pattern(pattern) else None


def without_group_names(pattern: str) -> str:
    """The pattern with its named groups made plain, so that several can be joined in one alternation."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


class Caseless:
    """An IGNORECASE pattern run case-sensitively on `caseless(text)` when it is written in lower case
    (several times faster), else with IGNORECASE on the text. Callers pass both: `match(text, folded)`."""

    __slots__ = ("fast", "slow")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.fast = caseless_regex(pattern, flags)
        self.slow = re.compile(pattern, flags | re.IGNORECASE)

    def match(self, text: str, folded: str) -> re.Match[str] | None:
        return self.fast.match(folded) if self.fast else self.slow.match(text)

    def search(self, text: str, folded: str) -> re.Match[str] | None:
        return self.fast.search(folded) if self.fast else self.slow.search(text)

    def finditer(self, text: str, folded: str) -> Iterator[re.Match[str]]:
        return self.fast.finditer(folded) if self.fast else self.slow.finditer(text)


def is_lower_case_pattern(pattern: str) -> bool:
    """Whether a pattern matches the same on `caseless(text)` as with IGNORECASE on `text`: letters only
    from a-z (no escapes that could hide others) and no class range but a-z or 0-9 ones."""
    if re.search(r"\(\?[a-zA-Z]*-", pattern):
        return False  # a part made case-sensitive
    i, in_class, class_start = 0, False, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            escaped = pattern[i + 1:i + 2]
            if escaped in ("x", "u", "U", "N", "p", "P") or (escaped.isalpha() and escaped not in "bBdDsSwWAZnt"):
                return False
            i += 2
            continue
        if ch == "(" and not in_class and pattern.startswith("?P", i + 1):
            i = pattern.index(">" if pattern.startswith("?P<", i + 1) else ")", i) + 1  # a group's name
            continue
        if ch.isalpha() and not ("a" <= ch <= "z"):
            return False  # an upper-case letter, or one IGNORECASE may fold in ways `caseless` does not
        if ch == "[" and not in_class:
            in_class = True
            if pattern[i + 1:i + 2] == "^":
                i += 1
            if pattern[i + 1:i + 2] == "]":
                i += 1  # a literal "]" first in a class
            class_start = i + 1
        elif ch == "]" and in_class:
            in_class = False
        elif ch == "-" and in_class and i > class_start and pattern[i + 1:i + 2] not in ("]", ""):
            low, high = pattern[i - 1], pattern[i + 1]
            if not (("a" <= low <= high <= "z") or ("0" <= low <= high <= "9")):
                return False
        i += 1
    return True


def is_word_char(ch: str) -> bool:
    """Whether `ch` is one of the regex engine's word characters (`\\w`)."""
    return ch.isalnum() or ch == "_"


class WordScan:
    """The matches of a word-list pattern, `(?<![\\w-])(?:…)(?![\\w-])`, over a whole text, found in one
    scan and then looked up by range: `within(start, end)` gives the spans `pattern.finditer(text,
    start, end)` would, without scanning the range again.

    Where a range cuts through a match or ends inside a word, the lookup cannot tell what a scan of
    that range alone would find, so it does that scan (`pattern` on `text`). `fast` is the same
    pattern run on `folded` (e.g. `caseless_regex` on `caseless(text)`), or None to scan `text`.
    """

    def __init__(self, pattern: re.Pattern[str], text: str, fast: re.Pattern[str] | None = None,
                 folded: str | None = None):
        self.pattern, self.text = pattern, text
        scan = pattern.finditer(text) if fast is None or folded is None else fast.finditer(folded)
        self.spans = [match.span() for match in scan]
        self.starts = [start for start, _ in self.spans]

    def within(self, start: int, end: int) -> list[tuple[int, int]]:
        i = bisect.bisect_left(self.starts, start)
        j = bisect.bisect_left(self.starts, end, i)
        text = self.text
        cut = (i > 0 and self.spans[i - 1][1] > start) or (j > i and self.spans[j - 1][1] > end) or (
            end < len(text) and (is_word_char(text[end]) or text[end] == "-"))
        if cut:
            return [match.span() for match in self.pattern.finditer(text, start, end)]
        return self.spans[i:j]
