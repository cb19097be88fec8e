"""Find figures in Indonesian text: "1.500", "10 ribu", "35 miliar euro", "$400 juta", "Rp 7,8 triliun",
"1,4 miliar euro ($1,53 miliar)", "puluhan ribu" (10000–99999), "ribuan", "tiga", "antara 5.000 dan
7.000", with their qualifier ("sekitar" → approx, "sedikitnya" → at_least, "hingga" → at_most).

Years, dates, times, clock-like and phone numbers, model names ("S-400"), article numbers ("Pasal 4")
and durations are left out or marked by their following word, so later components can ignore them.
Each figure becomes an item in `klaim_quantity` with a `Quantity` payload (see `component.items_of`).
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from typing import Any, NamedTuple

from spacy.tokens import Doc

from ..component import RuleComponent, furniture_of, items_of, lowered_of, set_items, text_of
from ..records import Quantity
from ..text.patterns import alternation, lower_in_place, word_tree
from ..types import figure_in_bounds
from .numerals import Numerals

HEAD_WORDS = 3
HEAD = re.compile(r"[\w-]+")
# The word right before a figure, matched on the reversed text before it, where it is at the start
# (the same as searching "([\w.-]+)\s*$", which tries every position of the text).
LAST_WORD_REVERSED = re.compile(r"\s*([\w.-]+)")
BEFORE_WINDOW = 40  # characters before a figure searched for its qualifier and the word before it
AFTER_WINDOW = 60  # characters after a figure searched for its unit and head


class Amount(NamedTuple):
    """What a figure says: its value (or range) and how it is qualified ("sekitar" → approx)."""

    value: float
    value_max: float | None
    qualifier: str


class NumberFinder(RuleComponent):
    DEFAULT_RULES = {"numbers": "numbers.json", "dates": "dates.json"}

    def compile(self) -> None:
        rules = self.rules["numbers"]
        self.numerals = Numerals.from_rules(rules)
        self.money_multipliers = self.numerals.money_multipliers
        self.vague = {word: tuple(bounds) for word, bounds in rules["vague"].items()}
        self.qualifier_of = {}
        for qualifier, phrases in rules["qualifiers"].items():
            for phrase in phrases:
                self.qualifier_of[" ".join(phrase.split())] = qualifier
        self.currency_prefixes = dict(rules["currency_prefixes"])
        self.currency_words = dict(rules["currency_words"])
        self.year_min, self.year_max = rules["year_min"], rules["year_max"]
        self.not_counts_before = frozenset(rules["not_counts_before"])
        self.copulas = frozenset(rules["copulas"])
        self.article_words = frozenset(rules["article_words"]["words"])
        self.article_not_after = frozenset(rules["article_words"]["not_after"])
        self.percent_head = rules["percent_words"][0]
        self.between_joiners = frozenset(rules["between_joiners"])
        self.amount = self.amount_pattern(rules)
        self.compile_triggers()
        # A qualifier ending the text before a figure: "(?:^|\s|\()(?P<q>qualifier)\s*$" searched there
        # would try every position; matched at the start of the reversed text instead (the longest
        # qualifier ending there wins in both).
        backwards = alternation(phrase[::-1] for phrase in self.qualifier_of)
        self.qualifier_before_reversed = re.compile(rf"\s*(?P<q>{backwards})(?:\s|\(|$)", re.IGNORECASE)
        self.between_before = re.compile(rf"\b{alternation(rules['between_words'])}\s*$", re.IGNORECASE)
        self.percent_after = re.compile(rf"^\s*(?:%|{alternation(rules['percent_words'])}\b)")
        months = alternation(self.rules["dates"]["months"])
        self.month_after = re.compile(rf"^\s*(?:{months})\b", re.IGNORECASE)
        restate = alternation(rules["conversion_words"])
        self.conversion_gap = re.compile(
            rf"^\s*(?:\(\s*(?:{restate}\s*)*|,?\s*{restate}(?:\s+{restate})*\s+)$", re.IGNORECASE)

    def amount_pattern(self, rules: Mapping[str, Any]) -> re.Pattern[str]:
        """The grammar of an amount: currency, a number (or two joined into a range, or a vague
        "ribuan"), multiplier and currency word."""
        numerals = self.numerals
        word_number = alternation([*numerals.units, *numerals.teens, *numerals.scales, *numerals.prefixed])
        number = (
            r"(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![.,:/]?\d)"
            rf"|\b{word_number}(?:[\s-]+{word_number})*\b"
        )
        multiplier = alternation(numerals.multipliers)
        money_multiplier = alternation(numerals.money_multipliers)
        vague = alternation(self.vague)
        prefix = alternation(self.currency_prefixes)
        currency_word = alternation(self.currency_words)
        joiners = (*self.rules["dates"]["range_joiners"], *rules["figure_joiners"], *rules["between_joiners"])
        dashes = [joiner for joiner in joiners if not joiner[0].isalpha()]
        words = [joiner for joiner in joiners if joiner[0].isalpha()]
        joiner = rf"\s*{alternation(dashes)}\s*|\s+{alternation(words)}\s+"
        return re.compile(
            rf"(?<![\w/.,:-])(?<![A-Za-z]-)"
            rf"(?:(?P<prefix>{prefix})\s?)?"
            rf"(?:(?P<vague>{vague})|(?P<num>{number})(?:(?P<joiner>{joiner})(?P<num2>{number}))?)"
            rf"(?:\s*(?P<mult>\b{multiplier}\b|(?<=\d)\s?{money_multiplier}\b|\s{money_multiplier}\b))?"
            rf"(?:\s+(?P<curword>{currency_word})\b)?",
            re.IGNORECASE,
        )

    def compile_triggers(self) -> None:
        """Where a figure can start, on the lower-cased text (case-sensitive patterns are much faster
        than IGNORECASE): a digit not inside a number or a currency sign ("signs", a character class
        first, which the engine skips to at once), and a currency prefix or the first word of a number
        at a word start ("words", trees behind one look-behind). `trigger_starts` merges them."""
        numerals = self.numerals
        starters = {w.split()[0].lower() for w in (*numerals.units, *numerals.teens, *numerals.prefixed, *self.vague)}
        prefixes = {p.lower() for p in self.currency_prefixes if p[0].isalpha()}
        self.sign_trigger = re.compile(r"[\d$€£¥](?:(?<=\d)(?<![\d.,/:]\d)|(?<=[$€£¥]))")
        self.word_trigger = re.compile(rf"(?<![\w-])(?:{word_tree(prefixes)}|{word_tree(starters)})")

    # -- scanning -------------------------------------------------------------------------------
    def find(self, text: str, start: int = 0, end: int | None = None,
             lowered: str | None = None) -> list[tuple[int, int, Quantity]]:
        """Figures in text[start:end] as (start, end, Quantity); `lowered` is `lower_in_place(text)` when known."""
        end = len(text) if end is None else end
        if lowered is None or len(lowered) != len(text):
            lowered = lower_in_place(text)
        found: list[tuple[int, int, Quantity]] = []
        position = start
        # Try the amount grammar only where a figure can start: a digit, a currency sign, a number word.
        for trigger in self.trigger_starts(lowered, start, end):
            if trigger < position:
                continue
            match = self.amount.match(text, trigger, end)
            if match is None:
                continue
            position = match.end()
            try:
                quantity = self._quantity(text, match, start, end, found)
            except (ArithmeticError, ValueError):  # a 5,000-digit run: this figure goes, not the article
                continue
            if quantity is not None and figure_in_bounds(quantity.value) and figure_in_bounds(quantity.value_max):
                found.append((match.start(), match.end(), quantity))
        return found

    def trigger_starts(self, lowered: str, start: int, end: int) -> list[int]:
        """Where a figure can start in lowered[start:end], in order: what one scan for signs and words
        would find, where a word ("us$") takes its sign with it."""
        words = [match.span() for match in self.word_trigger.finditer(lowered, start, end)]
        signs = [match.start() for match in self.sign_trigger.finditer(lowered, start, end)]
        if not words:
            return signs
        if not signs:
            return [word_start for word_start, _ in words]
        word_starts = [word_start for word_start, _ in words]
        starts = list(word_starts)
        for sign in signs:
            i = bisect.bisect_right(word_starts, sign) - 1
            if i < 0 or words[i][1] <= sign:  # not inside the word before it
                starts.append(sign)
        return sorted(starts)

    def _quantity(self, text: str, match: re.Match[str], floor: int, ceiling: int,
                  found: list[tuple[int, int, Quantity]]) -> Quantity | None:
        """The figure `match` found in text[floor:ceiling], or None when it counts nothing (a date, a
        year, an article number, an age in brackets …); `found` are the figures before it."""
        figure_start, figure_end = match.span()
        after = text[figure_end:min(figure_end + AFTER_WINDOW, ceiling)]
        before = text[max(floor, figure_start - BEFORE_WINDOW):figure_start]
        prefix, mult, vague, currency_word = match.group("prefix", "mult", "vague", "curword")
        if self.is_no_count(match.group(), prefix, mult, before, after):
            return None
        amount = self.amount_of(match, before, prefix, mult, vague)
        if amount is None:
            return None
        currency = self.currency_of(prefix, currency_word)
        conversion = False
        if currency and found:
            _, last_end, last = found[-1]
            conversion = bool(last.currency and self.conversion_gap.match(text[last_end:figure_start]))
        if self.percent_after.match(after) and not prefix:
            head, head_start = self.percent_head, figure_end + (len(after) - len(after.lstrip()))
        else:
            head, head_start = self.counted_head(text, figure_end, after)
        return Quantity(value=amount.value, value_max=amount.value_max, qualifier=amount.qualifier,
                        currency=currency, head=head, head_start=head_start, vague=bool(vague),
                        conversion=conversion)

    def is_no_count(self, figure: str, prefix: str | None, mult: str | None, before: str, after: str) -> bool:
        """Whether the figure (with its currency `prefix` and multiplier) is no amount because of what
        stands around it."""
        if mult and mult.strip() in self.money_multipliers and not prefix:
            return True  # "5 M" is money only after "Rp"/"$"
        if self.month_after.match(after):
            return True  # "28 Oktober", "27-28 Oktober"
        if before.endswith("(") and after.startswith(")") and not prefix and not mult:
            return True  # a bare number in brackets is an age or a note: "korban berinisial RA (16)"
        previous = LAST_WORD_REVERSED.match(before[::-1])
        if previous is None:
            return False
        word_before = previous.group(1)[::-1].lower()
        if word_before.rstrip(".") in self.not_counts_before and not prefix:
            return True  # "Pasal 4", "pukul 10"
        # "adalah seorang guru": an article, not a count
        return figure.strip().lower() in self.article_words and word_before in self.article_not_after

    def amount_of(self, match: re.Match[str], before: str, prefix: str | None, mult: str | None,
                  vague: str | None) -> Amount | None:
        """The value, range and qualifier of the figure, or None when its digits are no amount."""
        scale = self.numerals.multiplier_value(mult)
        if vague:
            low, high = self.vague[vague.lower()]
            return Amount(low * scale, (high + 1) * scale - 1 if scale > 1 else high, "range")
        raw = match.group("num")
        if raw[0].isdigit() and not prefix and not mult and "." not in raw and "," not in raw:
            number = int(raw)
            if len(raw) == 4 and self.year_min <= number <= self.year_max:
                return None  # a year
            if len(raw) >= 7 or (raw.startswith("0") and len(raw) > 1):
                return None  # phone or code numbers
        value = self.numerals.number_value(raw)
        if value is None:
            return None
        value *= scale
        if match.group("num2"):
            second = self.numerals.number_value(match.group("num2"))
            if second is None:
                return None
            if match.group("joiner").strip().lower() in self.between_joiners and not self.between_before.search(before):
                return None  # "5 dan 7" is two figures unless "antara" opens them
            second *= scale
            return Amount(value, second, "range") if second > value else None
        qualifier = self.qualifier_before_reversed.match(before[::-1])
        if qualifier is None:
            return Amount(value, None, "exact")
        return Amount(value, None, self.qualifier_of.get(" ".join(qualifier.group("q")[::-1].lower().split()), "exact"))

    def currency_of(self, prefix: str | None, currency_word: str | None) -> str | None:
        """The currency a prefix ("Rp", "$") or a currency word ("dolar AS") names."""
        currency = None
        if prefix:
            currency = self.currency_prefixes.get(prefix) or self.currency_prefixes.get(prefix.upper())
        if currency_word:
            currency = currency or self.currency_words.get(" ".join(currency_word.lower().split()))
        return currency

    def counted_head(self, text: str, figure_end: int, after: str) -> tuple[str, int]:
        """(words, offset) of what was counted: the first words after the figure, or after a copula
        ("95.120 merupakan personel Polri")."""
        head_start = figure_end + (len(after) - len(after.lstrip()))
        words = HEAD.findall(after)
        if words and words[0].lower() in self.copulas:
            head_start = text.find(words[0], head_start) + len(words[0])
            head_start += len(text[head_start:]) - len(text[head_start:].lstrip())
            words = words[1:]
        return " ".join(words[:HEAD_WORDS]).lower(), head_start

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        lowered = lowered_of(doc)
        furniture = furniture_of(doc)
        items = []
        for start, end, label, _ in items_of(doc, "klaim_paragraph"):
            if label == "furniture":
                continue
            for figure_start, figure_end, quantity in self.find(text, start, end, lowered):
                if not furniture.overlaps(figure_start, figure_end):
                    items.append((figure_start, figure_end, "MONEY" if quantity.currency else "COUNT", quantity))
        set_items(doc, "klaim_quantity", items)
        return doc
