"""Find figures in Indonesian text: "1.500", "10 ribu", "35 miliar euro", "$400 juta", "Rp 7,8 triliun",
"1,4 miliar euro ($1,53 miliar)", "puluhan ribu" (10000–99999), "ribuan", "tiga", "antara 5.000 dan
7.000", with their qualifier ("sekitar" → approx, "sedikitnya" → at_least, "hingga" → at_most).

Years, dates, times, clock-like and phone numbers, model names ("S-400"), article numbers ("Pasal 4")
and durations are left out or marked by their following word, so later components can ignore them.
Each figure becomes an item in `klaim_quantity` with a `Quantity` payload (see `base.items_of`).
"""
from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc

from ..records import Quantity
from ..types import figure_in_bounds
from ..component import RuleComponent, furniture_of, items_of, lowered_of, set_items, text_of
from ..text.patterns import alternation, lower_in_place, word_tree

HEAD_WORDS = 3
HEAD = re.compile(r"[\w-]+")
PERCENT = re.compile(r"^\s*(?:%|persen\b)")
# The word right before a figure, matched on the reversed text before it, where it is at the start
# (the same as searching "([\w.-]+)\s*$", which tries every position of the text).
LAST_WORD_REVERSED = re.compile(r"\s*([\w.-]+)")


def parse_digits(text: str) -> float:
    """"1.500" → 1500, "7,8" → 7.8, "1.234,5" → 1234.5."""
    return float(text.replace(".", "").replace(",", "."))


class NumberFinder(RuleComponent):
    DEFAULT_RULES = {"numbers": "numbers.json", "dates": "dates.json"}

    def compile(self) -> None:
        rules = self.rules["numbers"]
        self.units = dict(rules["units"])
        self.teens = dict(rules["teens"])
        self.scales = dict(rules["scales"])
        self.prefixed = dict(rules["prefixed"])
        self.multipliers = dict(rules["multipliers"])
        self.money_multipliers = dict(rules["money_multipliers"])
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

        word_number = alternation([*self.units, *self.teens, *self.scales, *self.prefixed])
        number = (
            r"(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![.,:/]?\d)"
            rf"|\b{word_number}(?:[\s-]+{word_number})*\b"
        )
        multiplier = alternation(self.multipliers)
        money_multiplier = alternation(self.money_multipliers)
        vague = alternation(self.vague)
        prefix = alternation(self.currency_prefixes)
        currency_word = alternation(self.currency_words)
        joiner = r"\s*(?:-|–|—)\s*|\s+(?:hingga|sampai(?:\s+dengan)?|s\.d\.?|s/d|dan|atau)\s+"
        self.amount = re.compile(
            rf"(?<![\w/.,:-])(?<![A-Za-z]-)"
            rf"(?:(?P<prefix>{prefix})\s?)?"
            rf"(?:(?P<vague>{vague})|(?P<num>{number})(?:(?P<joiner>{joiner})(?P<num2>{number}))?)"
            rf"(?:\s*(?P<mult>\b{multiplier}\b|(?<=\d)\s?{money_multiplier}\b|\s{money_multiplier}\b))?"
            rf"(?:\s+(?P<curword>{currency_word})\b)?",
            re.IGNORECASE,
        )
        starters = {w.split()[0].lower() for w in (*self.units, *self.teens, *self.prefixed, *self.vague)}
        prefixes = {p.lower() for p in self.currency_prefixes if p[0].isalpha()}
        # Where a figure can start, on the lower-cased text (case-sensitive patterns are much faster than
        # IGNORECASE): a digit not inside a number or a currency sign ("signs", a character class
        # first, which the engine skips to at once), and a currency prefix or the first word of a
        # number at a word start ("words", trees behind one look-behind). `trigger_starts` merges them.
        self.sign_trigger = re.compile(r"[\d$€£¥](?:(?<=\d)(?<![\d.,/:]\d)|(?<=[$€£¥]))")
        self.word_trigger = re.compile(rf"(?<![\w-])(?:{word_tree(prefixes)}|{word_tree(starters)})")
        # A qualifier ending the text before a figure: "(?:^|\s|\()(?P<q>qualifier)\s*$" searched there
        # would try every position; matched at the start of the reversed text instead (the longest
        # qualifier ending there wins in both).
        backwards = alternation(phrase[::-1] for phrase in self.qualifier_of)
        self.qualifier_before_reversed = re.compile(rf"\s*(?P<q>{backwards})(?:\s|\(|$)", re.IGNORECASE)
        self.between_before = re.compile(r"\bantara\s*$", re.IGNORECASE)
        months = alternation(self.rules["dates"]["months"])
        self.month_after = re.compile(rf"^\s*(?:{months})\b", re.IGNORECASE)
        restate = r"(?:atau|setara(?:\s+dengan)?|sekitar|sekira|kurang\s+lebih|senilai|~|≈)"
        self.conversion_gap = re.compile(
            rf"^\s*(?:\(\s*(?:{restate}\s*)*|,?\s*{restate}(?:\s+{restate})*\s+)$", re.IGNORECASE)

    # -- values ---------------------------------------------------------------------------------
    def word_value(self, text: str) -> float | None:
        """Value of a numeral written in words, up to the hundreds ("dua ratus lima puluh")."""
        total, last = 0, 0
        for word in re.split(r"[\s-]+", text.lower()):
            if word in self.units:
                total += last
                last = self.units[word]
            elif word in self.teens or word in self.prefixed:
                total += last
                last = self.teens.get(word) or self.prefixed[word]
            elif word == "belas":
                last = (last or 1) + 10
            elif word == "puluh":
                last = (last or 1) * 10
            elif word == "ratus":
                last = (last or 1) * 100
            else:
                return None
        return float(total + last)

    def number_value(self, text: str) -> float | None:
        if text[0].isdigit():
            return parse_digits(text)
        return self.word_value(text)

    def multiplier_value(self, text: str | None) -> float:
        if not text:
            return 1.0
        stripped = text.strip()
        if stripped in self.money_multipliers:
            return float(self.money_multipliers[stripped])
        return float(self.multipliers.get(stripped.lower(), 1))

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

    def _quantity(self, text, match, floor, ceiling, found) -> Quantity | None:
        s, e = match.start(), match.end()
        after = text[e:min(e + 60, ceiling)]
        before = text[max(floor, s - 40):s]
        prefix, curword, mult = match.group("prefix"), match.group("curword"), match.group("mult")
        if mult and mult.strip() in self.money_multipliers and not prefix:
            return None  # "5 M" is money only after "Rp"/"$"
        if self.month_after.match(after):
            return None  # "28 Oktober", "27-28 Oktober"
        if before.endswith("(") and after.startswith(")") and not prefix and not mult:
            return None  # a bare number in brackets is an age or a note: "korban berinisial RA (16)"
        if PERCENT.match(after) and not prefix:
            head = "persen"
        else:
            head = None
        before_reversed = before[::-1]
        previous = LAST_WORD_REVERSED.match(before_reversed)
        if previous and previous.group(1)[::-1].lower().rstrip(".") in self.not_counts_before and not prefix:
            return None
        if match.group().strip().lower() in self.article_words and previous \
                and previous.group(1)[::-1].lower() in self.article_not_after:
            return None  # "adalah seorang guru": an article, not a count
        currency = None
        if prefix:
            currency = self.currency_prefixes.get(prefix) or self.currency_prefixes.get(prefix.upper())
        if curword:
            word = " ".join(curword.lower().split())
            currency = currency or self.currency_words.get(word)
        vague = match.group("vague")
        scale = self.multiplier_value(mult)
        if vague:
            low, high = self.vague[vague.lower()]
            value, value_max, qualifier = low * scale, (high + 1) * scale - 1 if scale > 1 else high, "range"
        else:
            raw = match.group("num")
            if raw[0].isdigit() and not prefix and not mult and "." not in raw and "," not in raw:
                number = int(raw)
                if len(raw) == 4 and self.year_min <= number <= self.year_max:
                    return None  # a year
                if len(raw) >= 7 or (raw.startswith("0") and len(raw) > 1):
                    return None  # phone or code numbers
            value = self.number_value(raw)
            if value is None:
                return None
            value *= scale
            value_max, qualifier = None, "exact"
            if match.group("num2"):
                second = self.number_value(match.group("num2"))
                joiner = match.group("joiner").strip().lower()
                if second is None:
                    return None
                if joiner == "dan" and not self.between_before.search(before):
                    return None
                second *= scale
                if second <= value:
                    return None
                value_max, qualifier = second, "range"
            if qualifier == "exact":
                q = self.qualifier_before_reversed.match(before_reversed)
                if q:
                    qualifier = self.qualifier_of.get(" ".join(q.group("q")[::-1].lower().split()), "exact")
        conversion = False
        if currency and found:
            last_start, last_end, last = found[-1]
            gap = text[last_end:s]
            if last.currency and self.conversion_gap.match(gap):
                conversion = True
        head_start = e + (len(after) - len(after.lstrip()))
        if head is None:
            words = HEAD.findall(after)
            if words and words[0].lower() in self.copulas:
                # "95.120 merupakan personel Polri": what was counted stands after the copula
                head_start = text.find(words[0], head_start) + len(words[0])
                head_start += len(text[head_start:]) - len(text[head_start:].lstrip())
                words = words[1:]
            head = " ".join(words[:HEAD_WORDS]).lower()
        return Quantity(value=value, value_max=value_max, qualifier=qualifier, currency=currency, head=head,
                        head_start=head_start, vague=bool(vague), conversion=conversion)

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        lowered = lowered_of(doc)
        furniture = furniture_of(doc)
        items = []
        for start, end, label, _ in items_of(doc, "klaim_paragraph"):
            if label == "furniture":
                continue
            for s, e, quantity in self.find(text, start, end, lowered):
                if not furniture.overlaps(s, e):
                    items.append((s, e, "MONEY" if quantity.currency else "COUNT", quantity))
        set_items(doc, "klaim_quantity", items)
        return doc
