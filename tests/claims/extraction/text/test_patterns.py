"""The regex building blocks the components share: each fast form must match exactly where the plain
one does (the components' output may not change with them)."""
import re

import pytest

from claims.extraction.text.patterns import (
    Caseless,
    WordScan,
    alternation,
    anchored,
    caseless,
    caseless_regex,
    is_lower_case_pattern,
    lower_in_place,
    may_match,
    required_text,
    word_tree,
)

WORDS = ["apr", "april", "agustus", "awal", "hari", "hari ini", "menolak", "menolak tuduhan", "jum'at"]
TEXTS = ["april", "apr", "aprilx", "hari  ini", "hari", "menolak\ntuduhan", "menolak tuduh", "jum'at", "agu",
         "awal april", "x hari ini y"]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("after", ["", r"(?![\w-])", r"\b"])
def test_word_tree_matches_as_the_alternation(text, after):
    plain = re.compile(alternation(WORDS) + after)
    tree = re.compile(word_tree(WORDS) + after)
    assert [m.span() for m in tree.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize("text", [*TEXTS, "-april", "xapril", "(april", "april-"])
def test_word_tree_with_a_look_behind_after_the_first_character(text):
    plain = re.compile(rf"(?<![\w-]){word_tree(WORDS)}")
    tree = re.compile(word_tree(WORDS, not_after=r"[\w-]"))
    assert [m.span() for m in tree.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_lower_in_place_keeps_every_offset():
    text = "İSTANBUL Σ Ünal"
    assert len(lower_in_place(text)) == len(text)
    assert lower_in_place("Rp 5 Miliar") == "rp 5 miliar"


@pytest.mark.parametrize("text", ["Dilansir AFP", "DİLANSİR", "dılansır", "ſumber", "KOMENTAR", "Kemarin"])
@pytest.mark.parametrize("pattern", [r"\bdilansir\b", r"sumber\s*:?", r"\bkomentar|kemarin", r"[a-z]+\b"])
def test_caseless_text_matches_as_ignorecase(text, pattern):
    fast = caseless_regex(pattern)
    assert fast is not None
    slow = re.compile(pattern, re.IGNORECASE)
    assert [m.span() for m in fast.finditer(caseless(text))] == [m.span() for m in slow.finditer(text)]
    both = Caseless(pattern)
    assert bool(both.search(text, caseless(text))) == bool(slow.search(text))


@pytest.mark.parametrize("pattern, lower_case", [
    (r"\bhari\s+ini", True), (r"(?P<n>\d+|dua)\W*$", True), (r"[^,.;()\n]", True), (r"[:\-–]", True),
    (r"[A-Z]", False), (r"Kantor", False), (r"\x41", False), (r"[!-^]", False), ("é", False), (r"(?-i:abc)", False),
])
def test_only_lower_case_patterns_run_on_the_caseless_text(pattern, lower_case):
    assert is_lower_case_pattern(pattern) is lower_case
    assert (caseless_regex(pattern) is not None) is lower_case


@pytest.mark.parametrize("pattern, flags, need", [
    (r"\bmelansir\s+(?:dari\s+)?(?P<src>\w+)", re.I, (("melansir",),)),
    (r"^\W*(?:baca|lihat)\s+(?:juga|pula)\b", 0, (("baca", "lihat"), ("juga", "pula"))),
    (r"\bSumber\s*:", re.I, (("sumber",),)),
    (r"\d+\s*/\s*\d+", 0, ()),
    (r"(?:ab|x)c?", 0, ()),  # a branch without a string of 3 characters requires nothing useful
])
def test_required_text(pattern, flags, need):
    assert required_text(re.compile(pattern, flags)) == need


def test_may_match():
    need = required_text(re.compile(r"\b(?:baca|lihat)\s+juga\b"))
    assert may_match(need, "silakan baca juga ini")
    assert not may_match(need, "silakan baca ini")
    assert may_match((), "anything")


@pytest.mark.parametrize("pattern, flags, expected", [
    (r"^\W*editor\s*:", 0, True), (r"(?:^a|^b)c", 0, True), (r"\Aabc", 0, True),
    (r"^a|b", 0, False), (r"abc", 0, False), (r"^a", re.MULTILINE, False),
])
def test_anchored(pattern, flags, expected):
    assert anchored(re.compile(pattern, flags)) is expected


def test_word_scan_looks_up_ranges_as_a_scan_of_each_would_find():
    verbs = ["mengatakan", "menolak", "menolak tuduhan"]
    pattern = re.compile(rf"(?<![\w-])(?:{alternation(verbs)})(?![\w-])", re.IGNORECASE)
    fast = caseless_regex(rf"(?<![\w-]){word_tree(verbs)}(?![\w-])")
    text = "Ia Mengatakan, mereka menolak\ntuduhan itu; menolak-nya mengatakanx menolak"
    scan = WordScan(pattern, text, fast, caseless(text))
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            assert scan.within(start, end) == [m.span() for m in pattern.finditer(text, start, end)], (start, end)
