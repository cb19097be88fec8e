"""Regex building blocks the components share, written for the speed of Python's regex engine.

The engine scans fast only for a literal prefix; anything else costs it a few dozen nanoseconds per
character and per pattern, and an alternation of many words is tried word after word at every
position. So the components scan a text once for the few places where a rule can apply (a
"trigger"), then try their rules there only, and word lists become prefix trees (`word_tree`).
"""
from __future__ import annotations

import bisect
import re

# the regex parser of Python 3.11 and 3.12 (pyproject: requires-python < 3.13), read by `required_text`
from re import _constants as sre
from re import _parser as sre_parse


def alternation(words) -> str:
    """A non-capturing alternation of words and phrases, longest first (any whitespace between words)."""
    ordered = sorted({w for w in words if w}, key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)
    return rf"(?:{body})"


def word_tree(words, *, not_after: str | None = None) -> str:
    """`alternation(words)` written as a prefix tree: "(?:a(?:pr(?:il)?|wal)|…)".

    The engine then tries one branch per character instead of every word at every position. Where
    several words match, both prefer the longest (the caller's boundaries after it decide between
    "apr" and "april"); a space between words matches any whitespace, as in `alternation`.
    `not_after`, a character class, is a look-behind for the character before the word, written
    after the word's first character ("a(?<![\\w-]a)…"): when the words start with few different
    characters, most positions then fail on one character test (with a single one the engine even
    skips ahead to it); with many, a look-behind first fails sooner inside words.
    """
    tree: dict = {}
    for word in {w for w in words if w}:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def edge(ch: str) -> str:
        return r"\s+" if ch == " " else re.escape(ch)

    def build(node: dict) -> str:
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


def caseless_regex(pattern: str, flags: int = 0) -> re.Pattern | None:
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

    def __init__(self, pattern: str, flags: int = 0):
        self.fast = caseless_regex(pattern, flags)
        self.slow = re.compile(pattern, flags | re.IGNORECASE)

    def match(self, text: str, folded: str):
        return self.fast.match(folded) if self.fast else self.slow.match(text)

    def search(self, text: str, folded: str):
        return self.fast.search(folded) if self.fast else self.slow.search(text)

    def finditer(self, text: str, folded: str):
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

    def __init__(self, pattern: re.Pattern, text: str, fast: re.Pattern | None = None, folded: str | None = None):
        self.pattern, self.text = pattern, text
        scan = pattern.finditer(text) if fast is None else fast.finditer(folded)
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


def required_text(pattern: re.Pattern, *, most: int = 2) -> tuple[tuple[str, ...], ...]:
    """What every match of `pattern` contains: sets of strings, each set saying "one of these", the `most`
    telling ones (whose shortest string is longest, at least 3 characters); () when there is none.

    A cheap test before a costly scan (`may_match`): when a set has no string in the text
    (`caseless(text)` for an IGNORECASE pattern, whose strings are lower case), the pattern cannot
    match there. Only ASCII characters are taken, which IGNORECASE and `caseless` treat alike.
    """
    ignore_case = bool(pattern.flags & re.IGNORECASE)
    needs = {need for need in _needs(sre_parse.parse(pattern.pattern, pattern.flags), ignore_case)
             if min(map(len, need)) >= 3}
    return tuple(sorted(needs, key=lambda need: (-min(map(len, need)), need))[:most])


def anchored(pattern: re.Pattern) -> bool:
    """Whether every match must start at the start of the string (`^` without MULTILINE, or `\\A`):
    then a search is one attempt and costs next to nothing."""
    def starts_at_start(items) -> bool:
        if not items:
            return False
        op, av = items[0]
        if op is sre.AT:
            return av is sre.AT_BEGINNING_STRING or (av is sre.AT_BEGINNING and not pattern.flags & re.MULTILINE)
        if op is sre.BRANCH:
            return all(starts_at_start(branch) for branch in av[1])
        if op is sre.SUBPATTERN:
            return starts_at_start(av[3])
        return False

    return starts_at_start(list(sre_parse.parse(pattern.pattern, pattern.flags)))


def _needs(items, ignore_case: bool) -> list[tuple[str, ...]]:
    """What a parsed sequence requires: tuples of strings, each saying "one of these is in every match"."""
    needs: list[tuple[str, ...]] = []
    run: list[str] = []
    for op, av in items:
        if op is sre.LITERAL and av < 128:
            run.append(chr(av).lower() if ignore_case else chr(av))
            continue
        if run:
            needs.append(("".join(run),))
            run = []
        if op is sre.SUBPATTERN and not av[1] and not av[2]:  # a group that changes no flag
            needs += _needs(av[3], ignore_case)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            needs += _needs(av[2], ignore_case)
        elif op is sre.ATOMIC_GROUP:
            needs += _needs(av, ignore_case)
        elif op is sre.BRANCH:
            options = []
            for branch in av[1]:
                branch_needs = _needs(branch, ignore_case)
                if not branch_needs:
                    break
                options += max(branch_needs, key=lambda need: min(map(len, need)))
            else:
                needs.append(tuple(sorted(set(options))))
    if run:
        needs.append(("".join(run),))
    return needs


def may_match(needs: tuple[tuple[str, ...], ...], haystack: str) -> bool:
    """False when `haystack` lacks what a pattern's `required_text` says every match contains."""
    for need in needs:
        for text in need:
            if text in haystack:
                break
        else:
            return False
    return True
