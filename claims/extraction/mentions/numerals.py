"""The value of a figure as written: digits ("1.500", "7,8"), numerals in words ("dua ratus lima
puluh") and multipliers ("juta", "M" after "Rp"), from the word tables of `lexicon/numbers.json`."""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

NUMERAL_SEPARATOR = re.compile(r"[\s-]+")


def parse_digits(text: str) -> float:
    """"1.500" → 1500, "7,8" → 7.8, "1.234,5" → 1234.5."""
    return float(text.replace(".", "").replace(",", "."))


@dataclass(frozen=True, slots=True)
class Numerals:
    """The numeral words: `units` ("tiga"), `teens` ("sebelas"), `prefixed` ("seratus"), `scales`
    ("puluh", "ratus": multiply what comes before; `adding_scales` such as "belas" add to it),
    `multipliers` ("ribu", "juta") and `money_multipliers` ("M", "T": case-sensitive, after a currency)."""

    units: Mapping[str, int]
    teens: Mapping[str, int]
    prefixed: Mapping[str, int]
    scales: Mapping[str, int]
    adding_scales: frozenset[str]
    multipliers: Mapping[str, float]
    money_multipliers: Mapping[str, float]

    @classmethod
    def from_rules(cls, rules: Mapping[str, Any]) -> Numerals:
        return cls(units=dict(rules["units"]), teens=dict(rules["teens"]), prefixed=dict(rules["prefixed"]),
                   scales=dict(rules["scales"]), adding_scales=frozenset(rules["adding_scales"]),
                   multipliers=dict(rules["multipliers"]), money_multipliers=dict(rules["money_multipliers"]))

    def word_value(self, text: str) -> float | None:
        """Value of a numeral written in words, up to the hundreds ("dua ratus lima puluh")."""
        total, last = 0, 0
        for word in NUMERAL_SEPARATOR.split(text.lower()):
            if word in self.units:
                total += last
                last = self.units[word]
            elif word in self.teens or word in self.prefixed:
                total += last
                last = self.teens.get(word) or self.prefixed[word]
            elif word in self.scales:
                scale = self.scales[word]
                last = (last or 1) + scale if word in self.adding_scales else (last or 1) * scale
            else:
                return None
        return float(total + last)

    def number_value(self, text: str) -> float | None:
        """Value of a figure in digits or in words."""
        if text[0].isdigit():
            return parse_digits(text)
        return self.word_value(text)

    def multiplier_value(self, text: str | None) -> float:
        """The factor a multiplier word stands for ("juta" → 1e6, "M" → 1e9); 1 without one."""
        if not text:
            return 1.0
        stripped = text.strip()
        if stripped in self.money_multipliers:
            return float(self.money_multipliers[stripped])
        return float(self.multipliers.get(stripped.lower(), 1))
