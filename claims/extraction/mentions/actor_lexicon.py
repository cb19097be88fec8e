"""The word tables of the actor grammar, compiled from `lexicon/roles.json` (offices, ranks,
institutions, particles, function words), `lexicon/actors.jsonl` (the gazetteer of countries and
organisations) and the month and weekday names of `lexicon/dates.json`, with the tests a word is
put to: is it a head of an office, a modifier, a rank, a word of a name?"""
from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from itertools import compress, count
from operator import or_
from typing import Any, NamedTuple

from ..text.patterns import alternation
from .words import HYPHEN_CAPITAL, WORD, Words

NO_WORDS: frozenset[str] = frozenset()
HeadTable = dict[str, list[tuple[str, ...]]]  # first word → the phrases it opens, longest first


# A gazetteer name found in the document: (index of the word after it, end offset, canonical name,
# kind), by the index of its first word. Plain tuples: one per name in every document.
DocumentNames = dict[int, tuple[int, int, str, str]]


class GazetteerName(NamedTuple):
    """A gazetteer name in a sentence: the index of the word after it, its canonical name and kind."""

    after: int
    canonical: str
    kind: str


Gazetteer = dict[int, GazetteerName]  # the gazetteer names of a sentence, by the index of their first word


def gazetteer_name(after: int, canonical: str, kind: str) -> GazetteerName:
    """`GazetteerName(after, canonical, kind)`, built without the Python-level `__new__` of a named
    tuple (a few times faster; the finder builds one per name in every document)."""
    return tuple.__new__(GazetteerName, (after, canonical, kind))


# gazetteer kinds: what may stand in an office's name ("Menteri Unifikasi Korsel"), what is a place
OFFICE_KINDS = frozenset(("country", "org"))
PLACE_KINDS = frozenset(("country", "region"))


def head_table(phrases: Sequence[str]) -> HeadTable:
    """First word → the phrases of `phrases` it opens, as word tuples."""
    table: HeadTable = {}
    for phrase in phrases:
        words = tuple(phrase.split())
        table.setdefault(words[0], []).append(words)
    return table


class ActorLexicon:
    """Word sets and tables of the actor grammar, and the word tests built on them."""

    # Slots: 30 tables are more than an instance dict keeps in its fast shared-key layout (CPython
    # 3.11 gives that up at 30 attributes), and the grammar's hot loops read them constantly.
    __slots__ = (
        "role_heads", "org_heads", "place_heads", "resident_heads", "ranks", "modifiers", "lowercase_heads",
        "particles", "leading_particles", "hyphen_particles", "corps", "paired", "roman_numerals",
        "name_opening_numerals", "english_glue", "role_prefixes", "title_glue", "title_conjunctions",
        "conjunctions", "purpose_words", "age_units", "function_words", "person_pronouns", "group_pronouns",
        "pronouns", "lowercase_starts", "never_names", "derived", "gazetteer", "gazetteer_first"
    )


    def __init__(self, rules: Mapping[str, Any]):
        self.compile_gazetteer(rules["actors"])
        roles, dates = rules["roles"], rules["dates"]
        self.role_heads = head_table(roles["role_heads"])
        for options in self.role_heads.values():
            options.sort(key=len, reverse=True)
        self.org_heads = head_table(roles["org_heads"])
        self.place_heads = frozenset(roles["place_heads"])
        self.resident_heads = frozenset(roles["resident_heads"])
        self.ranks = frozenset(roles["ranks"])
        self.modifiers = frozenset(roles["modifiers"])
        self.lowercase_heads = frozenset(roles["lowercase_heads"])
        self.particles = frozenset(roles["particles"])
        self.leading_particles = frozenset(roles["leading_particles"])
        self.hyphen_particles = frozenset(roles["hyphen_particles"])
        self.corps = frozenset(roles["corps"])
        self.paired: dict[str, str] = dict(roles["paired_modifiers"])
        self.roman_numerals = frozenset(roles["roman_numerals"])
        self.name_opening_numerals = frozenset(roles["name_opening_numerals"])
        self.english_glue = frozenset(roles["english_glue"])
        self.role_prefixes = frozenset(roles["role_prefixes"])
        self.title_glue = frozenset(roles["title_glue"])
        self.title_conjunctions = frozenset(roles["conjunctions"]) | frozenset(roles["english_conjunctions"])
        self.conjunctions = frozenset(roles["conjunctions"])
        self.purpose_words = frozenset(roles["purpose_words"])
        self.age_units = frozenset(roles["age_units"])
        calendar_words = frozenset(dates["months"]) | frozenset(dates["weekdays"])
        abbreviations = frozenset(roles["abbreviations_never_names"])
        self.function_words = frozenset(roles["function_words"]) | abbreviations | calendar_words
        self.person_pronouns = frozenset(roles["pronouns_person"])
        self.group_pronouns = frozenset(roles["pronouns_group"])
        self.pronouns = self.person_pronouns | self.group_pronouns
        # lower-case words that can open a mention: role and institution heads, pronouns
        self.lowercase_starts = frozenset(self.role_heads) | frozenset(self.org_heads) | self.pronouns \
            | self.leading_particles
        self.never_names = calendar_words | self.pronouns | abbreviations
        derivation = roles["derivation"]
        self.derived = re.compile(rf"^{alternation(derivation['prefixes'])}\w{{{derivation['shortest_stem']},}}"
                                  rf"{alternation(derivation['suffixes'])}$", re.IGNORECASE)

    def compile_gazetteer(self, rows: Sequence[Mapping[str, Any]]) -> None:
        """Surface → (canonical name, kind) of every name, alias and metonym of the gazetteer."""
        self.gazetteer: dict[str, tuple[str, str]] = {}
        for row in rows:
            for surface in (row["name"], *row.get("aliases", ()), *row.get("metonyms", ())):
                self.gazetteer.setdefault(surface, (row["name"], row["kind"]))
        # first word → (surface, its words) longest first: a small trie instead of one huge alternation
        self.gazetteer_first: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for surface in sorted(self.gazetteer, key=len, reverse=True):
            parts = tuple(WORD.findall(surface))
            self.gazetteer_first.setdefault(parts[0], []).append((surface, parts))

    # -- word tests -------------------------------------------------------------------------------
    def match_head(self, words: Words, i: int, table: HeadTable) -> int:
        """End index of the longest head phrase of `table` starting at word i (0 when none)."""
        lower = words.lower
        options = table.get(lower[i])
        if not options:
            return 0
        for option in options:
            end = i + len(option)
            if end <= len(lower) and tuple(lower[i:end]) == option:
                return end
        return 0

    def is_modifier(self, words: Words, j: int) -> bool:
        """Whether word j modifies an office ("Luar Negeri" as a pair, "Pertahanan")."""
        low = words.lower[j]
        if low not in self.modifiers:
            return False
        pair = self.paired.get(low)
        return pair is None or (j + 1 < len(words.text) and words.lower[j + 1] == pair)

    def is_rank(self, words: Words, k: int) -> bool:
        """Whether word k is a rank ("Kolonel", "AKBP", "Brigjen." capitalised)."""
        low = words.lower[k]
        return low in self.ranks or (low.rstrip(".") in self.ranks and words.capitalised[k])

    def is_name_word(self, words: Words, k: int, common: frozenset[str], initial: bool = True) -> bool:
        """Whether word k is a capitalised word that can be part of a name. Inside a sentence capitals
        are telling, so a word that is also a common word ("Lalu", "Budi") passes there but not at its
        start (`initial`); `common` are the lower-case words of the text."""
        text = words.text[k]
        if not words.capitalised[k] or not text[0].isalpha():
            return False
        low = words.lower[k]
        if low in self.never_names or (low in self.modifiers and low not in self.paired) \
                or low in self.role_heads or low in self.ranks:
            return False
        if low in self.org_heads or (low in self.corps and k and self.is_rank(words, k - 1)):
            return False
        if initial and (low in self.function_words or low in common):
            return False
        return not self.derived.match(text) or text[1:2].isupper() or not initial

    # -- the words of a text ------------------------------------------------------------------------
    def words(self, text: str, start: int, end: int) -> Words:
        """The words of text[start:end]; a name written with a lower-case particle and a hyphen
        ("al-Mansouri", "el-Sisi") counts as capitalised."""
        words = Words.of(text, start, end)
        starts, lower, capitalised = words.start, words.lower, words.capitalised
        for match in HYPHEN_CAPITAL.finditer(text, start, end):
            k = bisect.bisect_right(starts, match.start()) - 1
            if k >= 0 and not capitalised[k] and lower[k].partition("-")[0] in self.hyphen_particles:
                capitalised[k] = True
        return words

    def gazetteer_at(self, text: str, words: Words) -> DocumentNames:
        """The gazetteer names among `words`, by the index of their first word."""
        found: DocumentNames = {}
        texts = words.text
        n = len(texts)
        first = self.gazetteer_first
        for i in compress(count(), map(first.__contains__, texts)):
            for surface, parts in first[texts[i]]:
                k = len(parts)
                if i + k <= n and tuple(texts[i:i + k]) == parts:
                    stop = words.end[i + k - 1]
                    if text[words.start[i]:stop] == surface or " ".join(texts[i:i + k]) == surface:
                        found[i] = (i + k, stop, *self.gazetteer[surface])
                        break
        return found

    def starters(self, words: Words) -> list[int]:
        """Indices of the words a mention can start with: capitalised ones and the lower-case words
        that open roles, institutions and pronouns (gazetteer names are added by the caller)."""
        return list(compress(count(), map(or_, words.capitalised, map(self.lowercase_starts.__contains__,
                                                                          words.lower))))
