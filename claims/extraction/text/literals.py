"""What every match of a regex must contain, and whether it must start at the start: read from the
pattern's own text by a small parser, so that a component can skip a costly scan (`may_match`).

The parser knows the regex syntax the lexicon files and the components write: literals and escapes,
character classes, groups (plain, named, scoped flags, atomic), look-arounds, anchors, repeats and
alternation. It reads a pattern into the same shape Python's regex parser gives it, including the
two rewrites that parser makes to an alternation (a prefix all branches share moves out of it, and
an alternation of single characters becomes a class), so that the requirements found are the ones
the engine's own parse would give. Anything else (back-references, conditionals, verbose patterns)
is `Unsupported`, and then the pattern requires nothing and is not anchored: always safe.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

CATEGORY_ESCAPES = frozenset("dDsSwW")
ANCHOR_ESCAPES = {"A": "start_of_string", "Z": "end_of_string", "b": "boundary", "B": "not_boundary"}
CONTROL_ESCAPES = {"a": "\a", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}
REPEAT = re.compile(r"\{(\d*)(?:(,)(\d*))?\}")
GLOBAL_FLAGS = re.compile(r"\(\?([aiLmsux]+)\)")
SCOPED_FLAGS = re.compile(r"\(\?([aiLmsux]*)(?:-([imsx]+))?:")


class Unsupported(ValueError):
    """A construct the parser does not read: the caller assumes nothing about the pattern."""


# Leaves compare by value, as the regex parser compares its leaves.
@dataclass(frozen=True, slots=True)
class Literal:
    char: str


@dataclass(frozen=True, slots=True)
class NotLiteral:
    """"[^x]": one character but x."""
    char: str


@dataclass(frozen=True, slots=True)
class CharRange:
    """"a-z" inside a class."""
    low: str
    high: str


@dataclass(frozen=True, slots=True)
class Category:
    """"\\d", "\\s", "\\w" or their negations, by the escape's letter."""
    letter: str


@dataclass(frozen=True, slots=True)
class CharClass:
    negated: bool
    members: tuple[Literal | CharRange | Category, ...]


@dataclass(frozen=True, slots=True)
class AnyChar:
    """"."."""


@dataclass(frozen=True, slots=True)
class Anchor:
    """"^" ("start"), "$" ("end"), "\\A", "\\Z", "\\b", "\\B"."""
    kind: str


# Composite nodes compare by identity, as the regex parser's sub-patterns do.
@dataclass(eq=False, slots=True)
class Group:
    """A group: "plain" ("(?:…)", which the parser splices into its sequence), "capturing",
    "flags" (scoped flags: "(?i:…)") or "atomic"."""
    items: list[Node]
    kind: str


@dataclass(eq=False, slots=True)
class Assertion:
    """A look-ahead or look-behind."""
    items: list[Node]


@dataclass(eq=False, slots=True)
class Repeat:
    least: int
    items: list[Node]


@dataclass(eq=False, slots=True)
class Branch:
    options: list[list[Node]]


Node = Literal | NotLiteral | CharClass | AnyChar | Anchor | Group | Assertion | Repeat | Branch
Member = Literal | CharRange | Category


class Parser:
    """Reads one pattern into a list of nodes."""

    def __init__(self, pattern: str):
        self.pattern = pattern
        self.at = 0

    def parse(self) -> list[Node]:
        items = self.alternation()
        if self.at < len(self.pattern):
            raise Unsupported(f"unbalanced ')' at {self.at}")
        return items

    def alternation(self) -> list[Node]:
        options = [self.sequence()]
        while self.pattern.startswith("|", self.at):
            self.at += 1
            options.append(self.sequence())
        return join_options(options)

    def sequence(self) -> list[Node]:
        items: list[Node] = []
        pattern = self.pattern
        while self.at < len(pattern) and pattern[self.at] not in "|)":
            ch = pattern[self.at]
            if ch in "?*+{":
                if not self.repeat(items):
                    items.append(Literal(ch))
                    self.at += 1
                continue
            if ch == "(":
                node = self.group()
                if node is not None:
                    items.append(node)
                continue
            self.at += 1
            if ch == "\\":
                items.append(self.escape())
            elif ch == "[":
                items.append(self.char_class())
            elif ch == ".":
                items.append(AnyChar())
            elif ch == "^":
                items.append(Anchor("start"))
            elif ch == "$":
                items.append(Anchor("end"))
            else:
                items.append(Literal(ch))
        # a plain group is one with its sequence, as the regex parser has it
        for index in range(len(items) - 1, -1, -1):
            item = items[index]
            if isinstance(item, Group) and item.kind == "plain":
                items[index:index + 1] = item.items
        return items

    def repeat(self, items: list[Node]) -> bool:
        """Apply a quantifier at `self.at` to the last item; False when "{" starts no quantifier."""
        pattern, ch = self.pattern, self.pattern[self.at]
        if ch == "{":
            match = REPEAT.match(pattern, self.at)
            if match is None or match.group() == "{}":
                return False
            low, comma, _ = match.groups()
            least = int(low) if low else 0
            if not comma and not low:
                return False
            self.at = match.end()
        else:
            least = 1 if ch == "+" else 0
            self.at += 1
        if not items or isinstance(items[-1], Repeat | Anchor):
            raise Unsupported("nothing to repeat")
        if pattern.startswith(("?", "+"), self.at):
            self.at += 1  # lazy or possessive: what it requires is the same
        last = items[-1]
        repeated: list[Node] = last.items if isinstance(last, Group) and last.kind == "plain" else [last]
        items[-1] = Repeat(least, repeated)
        return True

    def group(self) -> Node | None:
        pattern, start = self.pattern, self.at
        if not pattern.startswith("(?", start):
            self.at += 1
            return Group(self.closed(), "capturing")
        if pattern.startswith(("(?:", "(?>"), start):
            self.at += 3
            return Group(self.closed(), "plain" if pattern[start + 2] == ":" else "atomic")
        if pattern.startswith("(?P<", start):
            self.at = pattern.index(">", start) + 1
            return Group(self.closed(), "capturing")
        for opening in ("(?=", "(?!", "(?<=", "(?<!"):
            if pattern.startswith(opening, start):
                self.at += len(opening)
                return Assertion(self.closed())
        flags = GLOBAL_FLAGS.match(pattern, start)
        if flags is not None and "x" not in flags.group(1):
            self.at = flags.end()
            return None  # a global flag: the compiled pattern's `flags` carry it
        scoped = SCOPED_FLAGS.match(pattern, start)
        if scoped is not None and "x" not in scoped.group(1) and (scoped.group(1) or scoped.group(2)):
            self.at = scoped.end()
            return Group(self.closed(), "flags")
        raise Unsupported(f"group at {start}")

    def closed(self) -> list[Node]:
        items = self.alternation()
        if not self.pattern.startswith(")", self.at):
            raise Unsupported("missing ')'")
        self.at += 1
        return items

    def escaped(self) -> str:
        """The character after a backslash (already read)."""
        if self.at >= len(self.pattern):
            raise Unsupported("trailing backslash")
        self.at += 1
        return self.pattern[self.at - 1]

    def escape(self) -> Literal | CharClass | Anchor:
        """The escape after a backslash (already read) outside a class."""
        ch = self.escaped()
        if ch in CATEGORY_ESCAPES:
            return CharClass(False, (Category(ch),))
        if ch in ANCHOR_ESCAPES:
            return Anchor(ANCHOR_ESCAPES[ch])
        return self.escaped_literal(ch)

    def class_member(self, ch: str) -> Member:
        """The class member that starts with `ch` (already read), but a range: in a class "\\b" is
        a backspace."""
        if ch != "\\":
            return Literal(ch)
        ch = self.escaped()
        if ch in CATEGORY_ESCAPES:
            return Category(ch)
        return Literal("\b") if ch == "b" else self.escaped_literal(ch)

    def escaped_literal(self, ch: str) -> Literal:
        """The character an escape `ch` (read) stands for: "\\n", "\\x41", "\\.", …"""
        if ch in CONTROL_ESCAPES:
            return Literal(CONTROL_ESCAPES[ch])
        for letter, size in (("x", 2), ("u", 4), ("U", 8)):
            if ch == letter:
                digits = self.pattern[self.at:self.at + size]
                if len(digits) != size or not all(c in "0123456789abcdefABCDEF" for c in digits):
                    raise Unsupported("bad hexadecimal escape")
                self.at += size
                return Literal(chr(int(digits, 16)))
        if ch.isalnum():
            raise Unsupported(f"escape \\{ch}")  # back-references, octal and named characters
        return Literal(ch)

    def char_class(self) -> Literal | NotLiteral | CharClass:
        """A class after its "[" (already read); one literal alone is that literal, as the parser has it."""
        pattern = self.pattern
        negated = pattern.startswith("^", self.at)
        self.at += negated
        members: list[Member] = []
        while True:
            if self.at >= len(pattern):
                raise Unsupported("unterminated class")
            ch = pattern[self.at]
            self.at += 1
            if ch == "]" and members:
                break
            first = self.class_member(ch)
            if pattern.startswith("-", self.at) and pattern[self.at + 1:self.at + 2] not in ("]", ""):
                self.at += 2
                last = self.class_member(pattern[self.at - 1])
                if not isinstance(first, Literal) or not isinstance(last, Literal):
                    raise Unsupported("bad class range")
                members.append(CharRange(first.char, last.char))
            else:
                members.append(first)
        unique = tuple(dict.fromkeys(members))
        if len(unique) == 1 and isinstance(unique[0], Literal):
            return NotLiteral(unique[0].char) if negated else unique[0]
        return CharClass(negated, unique)


def join_options(options: list[list[Node]]) -> list[Node]:
    """An alternation as the regex parser writes it: the prefix its options share moves out, and
    options of one character (or class) each become one class."""
    if len(options) == 1:
        return options[0]
    joined: list[Node] = []
    while all(options) and all(option[0] == options[0][0] for option in options):
        joined.append(options[0][0])
        for option in options:
            del option[0]
    members: list[Member] = []
    for option in options:
        only = option[0] if len(option) == 1 else None
        if isinstance(only, Literal):
            members.append(only)
        elif isinstance(only, CharClass) and not only.negated:
            members.extend(only.members)
        else:
            joined.append(Branch(options))
            return joined
    joined.append(CharClass(False, tuple(dict.fromkeys(members))))
    return joined


def parsed(pattern: re.Pattern[str]) -> list[Node] | None:
    """The pattern's nodes, or None when it uses what `Parser` does not read."""
    if pattern.flags & re.VERBOSE:
        return None
    try:
        return Parser(pattern.pattern).parse()
    except Unsupported:
        return None


def required_text(pattern: re.Pattern[str], *, most: int = 2) -> tuple[tuple[str, ...], ...]:
    """What every match of `pattern` contains: sets of strings, each set saying "one of these", the `most`
    telling ones (whose shortest string is longest, at least 3 characters); () when there is none.

    A cheap test before a costly scan (`may_match`): when a set has no string in the text
    (`caseless(text)` for an IGNORECASE pattern, whose strings are lower case), the pattern cannot
    match there. Only ASCII characters are taken, which IGNORECASE and `caseless` treat alike.
    """
    items = parsed(pattern)
    if items is None:
        return ()
    needs = {need for need in needs_of(items, bool(pattern.flags & re.IGNORECASE)) if min(map(len, need)) >= 3}
    return tuple(sorted(needs, key=lambda need: (-min(map(len, need)), need))[:most])


def needs_of(items: Sequence[Node], ignore_case: bool) -> list[tuple[str, ...]]:
    """What a parsed sequence requires: tuples of strings, each saying "one of these is in every match"."""
    needs: list[tuple[str, ...]] = []
    run: list[str] = []
    for item in items:
        if isinstance(item, Literal) and item.char < "\x80":
            run.append(item.char.lower() if ignore_case else item.char)
            continue
        if run:
            needs.append(("".join(run),))
            run = []
        if isinstance(item, Group) and item.kind != "flags":
            needs += needs_of(item.items, ignore_case)
        elif isinstance(item, Repeat) and item.least >= 1:
            needs += needs_of(item.items, ignore_case)
        elif isinstance(item, Branch):
            options: list[str] = []
            for option in item.options:
                option_needs = needs_of(option, ignore_case)
                if not option_needs:
                    break
                options += max(option_needs, key=lambda need: min(map(len, need)))
            else:
                needs.append(tuple(sorted(set(options))))
    if run:
        needs.append(("".join(run),))
    return needs


def anchored(pattern: re.Pattern[str]) -> bool:
    """Whether every match must start at the start of the string (`^` without MULTILINE, or `\\A`):
    then a search is one attempt and costs next to nothing."""
    multiline = bool(pattern.flags & re.MULTILINE)

    def starts_at_start(items: Sequence[Node]) -> bool:
        if not items:
            return False
        first = items[0]
        if isinstance(first, Anchor):
            return first.kind == "start_of_string" or (first.kind == "start" and not multiline)
        if isinstance(first, Branch):
            return all(starts_at_start(option) for option in first.options)
        if isinstance(first, Group) and first.kind != "atomic":
            return starts_at_start(first.items)
        return False

    items = parsed(pattern)
    return items is not None and starts_at_start(items)


def may_match(needs: tuple[tuple[str, ...], ...], haystack: str) -> bool:
    """False when `haystack` lacks what a pattern's `required_text` says every match contains."""
    for need in needs:
        for text in need:
            if text in haystack:
                break
        else:
            return False
    return True
