import pytest

from claims.extraction.lexicon import load_rules
from claims.extraction.mentions.numerals import Numerals, parse_digits


@pytest.fixture(scope="module")
def numerals():
    return Numerals.from_rules(load_rules("numbers.json"))


@pytest.mark.parametrize("words, value", [
    ("tujuh", 7),
    ("dua belas", 12),
    ("sebelas", 11),
    ("empat puluh delapan", 48),
    ("tiga ratus lima puluh", 350),
    ("dua-ratus", 200),
    ("seratus dua puluh", 120),
])
def test_numerals_in_words(numerals, words, value):
    assert numerals.word_value(words) == value


@pytest.mark.parametrize("words", ["dua kapal", "puluhan", "banyak sekali"])
def test_other_words_have_no_value(numerals, words):
    assert numerals.word_value(words) is None


@pytest.mark.parametrize("digits, value", [("1.500", 1500), ("7,8", 7.8), ("1.234,5", 1234.5), ("12", 12)])
def test_digits_use_a_point_for_thousands_and_a_comma_for_decimals(digits, value):
    assert parse_digits(digits) == value


def test_multipliers(numerals):
    assert numerals.multiplier_value(" juta") == 1_000_000
    assert numerals.multiplier_value("Triliun") == 1_000_000_000_000
    assert numerals.multiplier_value("M") == 1_000_000_000  # money only: "Rp 5 M"
    assert numerals.multiplier_value("m") == 1  # a lower-case "m" is metres, no multiplier
    assert numerals.multiplier_value(None) == 1
