"""Which kind a figure is, from the word after it and the cues around it.

Troops sent or deployed ("1.500 pasukan khusus", "2.000 personel gabungan"), casualties ("tiga warga
sipil tewas", "menewaskan 12 orang", "korban meninggal 12 orang"), displaced people ("1.200 warga
mengungsi"), aid, loans, budgets and arms sales in money ("pinjaman sebesar 35 miliar euro"),
equipment ("60 drone"). Anything else ("32 duta besar", "tiga tahun") is no claim. The word lists
are `lexicon/claims.json`.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NamedTuple

from ..records import Quantity
from ..text.patterns import Caseless, alternation, caseless, word_tree
from .layout import Range, clause_around

CUE_WINDOW = 8  # words after a figure in which a cue ("… tewas") is read

Phrase = tuple[str, ...]
PhraseTable = dict[str, list[Phrase]]  # first word → its phrases, longest first


class Kind(NamedTuple):
    """What a figure counts: "troop_count", "casualty" (unit "killed", "injured", …), "displaced",
    "aid_amount", "equipment_count"; the unit is the counted noun or the casualty's kind."""
    kind: str
    unit: str | None


def phrase_table(words: Iterable[str]) -> PhraseTable:
    """first word → its phrases, longest first (a fast `starts_with`)."""
    table: PhraseTable = {}
    for phrase in sorted((tuple(word.split()) for word in words), key=len, reverse=True):
        table.setdefault(phrase[0], []).append(phrase)
    return table


def starts_with(head: Sequence[str], table: PhraseTable) -> Phrase | None:
    """The longest phrase of `table` the words `head` open with."""
    for option in table.get(head[0], ()) if head else ():
        if tuple(head[:len(option)]) == option:
            return option
    return None


def nearest_cue(window: str, patterns: Mapping[str, Caseless | re.Pattern[str]]) -> str | None:
    """The unit whose cue stands closest before the figure (`Caseless` or plain patterns)."""
    best, best_at = None, -1
    folded = caseless(window)
    for unit, pattern in patterns.items():
        matches = pattern.finditer(window, folded) if isinstance(pattern, Caseless) else pattern.finditer(window)
        for match in matches:
            if match.start() > best_at:
                best, best_at = unit, match.start()
    return best


def bounded(words: Iterable[str]) -> str:
    """The words as one alternation that matches whole words only."""
    return rf"(?<![\w-])(?:{alternation(words)})(?![\w-])"


class FigureKinds:
    """The kind of each figure (`classify`), compiled from the `claims.json` rules."""

    def __init__(self, rules: Mapping[str, Any], percent_words: Sequence[str]):
        self.troop_nouns = phrase_table(rules["troop_nouns"])
        self.people_nouns = phrase_table(rules["people_nouns"])
        self.equipment_nouns = phrase_table(rules["equipment_nouns"])
        self.displaced_nouns = phrase_table(rules["displaced_nouns"])
        self.counted_nouns = (self.troop_nouns, self.people_nouns, self.equipment_nouns, self.displaced_nouns)
        self.casualty_nouns = {unit: phrase_table(words) for unit, words in rules["casualty_nouns"].items()}
        self.casualty_clause: dict[str, re.Pattern[str]] = {unit: re.compile(pattern, re.IGNORECASE)
                                for unit, pattern in rules["casualty_before_clause"].items()}
        self.count_verb = re.compile(rf"(?<![\w-])(?:{alternation(rules['count_verbs_before'])})\s*$", re.IGNORECASE)
        self.head_function_words = frozenset(rules["head_function_words"])
        self.others = frozenset(rules["others_words"])
        self.percent_head = percent_words[0]  # the head the number finder records for a share
        self.deployable_people = frozenset(rules["deployable_people"])
        self.troops_of_others = tuple(rules["troops_of_others"].split())
        # Cue words within a few words after a figure, or right before it: case-insensitive, run on
        # the caseless text around the figure (`patterns.Caseless`), word lists as prefix trees.
        after = rf"^(?:\s+[\w-]+){{0,{CUE_WINDOW}}}?\s+"
        self.casualty_after: dict[str, Caseless] = {unit: Caseless(rf"{after}{word_tree(words)}(?![\w-])")
                               for unit, words in rules["casualty_after"].items()}
        self.casualty_before: dict[str, Caseless] = {unit: Caseless(rf"(?<![\w-]){word_tree(words)}(?![\w-])")
                                for unit, words in rules["casualty_before"].items()}
        self.displaced_after = Caseless(rf"{after}{word_tree(rules['displaced_after'])}(?![\w-])")
        self.deploy_after = Caseless(rf"{after}{word_tree(rules['deploy_verbs'])}(?![\w-])")
        self.military = re.compile(bounded(rules["military_context"]), re.IGNORECASE)
        self.aid = re.compile(bounded(rules["aid_cues"]), re.IGNORECASE)
        # "US$ 75 per barel", also across a range ("US$ 75 hingga US$ 80 per barel"): a price, not an
        # amount given
        price = rules["not_aid_after"]
        self.unit_price = re.compile(
            rf"(?:\s*(?:{alternation(price['range_joiners'])})\s*\S{{0,3}}\s*[\d.,]+"
            rf"(?:\s+(?:{alternation(price['scales'])}))?)?"
            rf"\s*(?:{alternation(price['words'])})\s*(?!(?:{alternation(price['periods'])})(?![\w-]))\w",
            re.IGNORECASE)
        self.not_aid = re.compile(rf"{bounded(rules['not_aid_cues'])}[^,.;]{{0,30}}$", re.IGNORECASE)

    def classify(self, text: str, start: int, end: int, quantity: Quantity, sentence: Range,
                 previous: Kind | None, next_figure: int | None = None) -> Kind | None:
        """The kind of the figure text[start:end], or None when it is not a claim. `previous` is the
        kind of the figure before it in its sentence; cues after it are read up to the next figure
        (`next_figure`): "menewaskan puluhan ribu orang dan memaksa 11 juta orang mengungsi"."""
        if quantity.conversion:
            return None
        clause_start, clause_end = clause_around(text, start, end, sentence)
        if next_figure is not None and end < next_figure < clause_end:
            clause_end = next_figure
        if quantity.currency:
            return self.money_kind(text, start, end, sentence)
        head = quantity.head.split()
        if not head or head[0] == self.percent_head:
            return None
        if quantity.value != int(quantity.value):
            return None  # "7,8" people or troops: a measure, not a count
        after = text[quantity.head_start - 1:clause_end] if quantity.head_start > 0 else ""
        return self.count_kind(text, start, head, after, clause_start, sentence, previous)

    def money_kind(self, text: str, start: int, end: int, sentence: Range) -> Kind | None:
        """Money is a claim when the sentence gives or lends it ("bantuan", "pinjaman"), not a price or
        a loss ("kerugian Rp 5 miliar")."""
        sentence_start, sentence_end = sentence
        before = text[max(sentence_start, start - 60):start]
        if self.not_aid.search(before) or self.unit_price.match(text, end, sentence_end):
            return None
        if self.aid.search(text, sentence_start, sentence_end):
            return Kind("aid_amount", None)
        return None

    def count_kind(self, text: str, start: int, head: list[str], after: str, clause_start: int,
                   sentence: Range, previous: Kind | None) -> Kind | None:
        """The kind of a count from the noun after it (`head`, its words), the cues after it (`after`,
        the rest of its clause) and before it."""
        after_folded = caseless(after)
        for unit, nouns in self.casualty_nouns.items():
            if starts_with(head, nouns):
                return Kind("casualty", unit)
        people = starts_with(head, self.people_nouns)
        others = head[0] in self.others or " ".join(head[:2]) in self.others
        troop = starts_with(head, self.troop_nouns)
        if troop or people or others:
            # a cue right after the counted people decides first: "8,6 juta orang mengungsi"
            unit = self.casualty_after_unit(after, after_folded)
            if unit:
                return Kind("casualty", unit)
            if self.displaced_after.match(after, after_folded) or starts_with(head, self.displaced_nouns):
                return Kind("displaced", None)
        if people or others or head[0] in self.head_function_words:
            unit = self.casualty_before_unit(text, start, clause_start)
            if unit:
                return Kind("casualty", unit)
        if others and previous:
            # "… 300 tentara tewas dan 200 lainnya luka-luka": the others are of the kind before
            if previous.kind == "equipment_count":
                return None
            if previous.kind in ("casualty", "troop_count"):
                unit = self.casualty_after_unit(after, after_folded)
                if unit:
                    return Kind("casualty", unit)
                if previous.kind == "troop_count":
                    troop = self.troops_of_others
        if troop:
            return Kind("troop_count", " ".join(troop))
        if people and people[0] in self.deployable_people and self.deploy_after.match(after, after_folded) \
                and self.military.search(text, sentence[0], sentence[1]):
            return Kind("troop_count", people[0])
        if starts_with(head, self.equipment_nouns):
            return Kind("equipment_count", head[0])
        return None

    def casualty_after_unit(self, after: str, after_folded: str) -> str | None:
        """The casualty a cue right after the counted noun says ("… orang tewas"), if any."""
        for unit, pattern in self.casualty_after.items():
            if pattern.match(after, after_folded):
                return unit
        return None

    def casualty_before_unit(self, text: str, start: int, clause_start: int) -> str | None:
        """The casualty a cue before the figure in its clause says ("menewaskan 12 orang"), also
        further back after a count verb: "jumlah warga yang tewas … telah mencapai 36.654 orang"."""
        unit = nearest_cue(text[max(clause_start, start - 50):start], self.casualty_before)
        if unit:
            return unit
        if self.count_verb.search(text[max(clause_start, start - 30):start]):
            window = text[max(clause_start, start - 140):start]
            return nearest_cue(window, self.casualty_before) or nearest_cue(window, self.casualty_clause)
        return None

    def unit_end(self, text: str, quantity: Quantity, lowered: str | None = None) -> int:
        """Where the counted noun phrase after a figure ends ("900 prajurit pasukan khusus");
        `lowered` is `text.lower()` when known."""
        if quantity.head_start < 0 or not quantity.head:
            return quantity.head_start
        words = quantity.head.split()
        size = 0
        for table in self.counted_nouns:
            phrase = starts_with(words, table)
            if phrase:
                size = len(phrase)
                rest = words[size:]
                extra = starts_with(rest, self.troop_nouns) if rest else None  # "prajurit pasukan khusus"
                size += len(extra) if extra else 0
                break
        position = quantity.head_start
        if not size:
            return position
        haystack = text.lower() if lowered is None else lowered
        for word in words[:size]:
            position = haystack.find(word, position) + len(word)
        return position
