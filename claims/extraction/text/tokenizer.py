"""The tokenizer for Indonesian news text: spaCy's own Cython `Tokenizer` with a few simple affix rules.

The components work on character offsets and need only clean word boundaries from it: numbers with
their separators ("1.500", "7,8", "5/11/2024"), words with inner hyphens, apostrophes or dots
("Yung-ho", "luka-luka", "Jum'at", "sp-globalindo.co.id", "S-400") and single punctuation marks.
Runs of whitespace other than one trailing space become whitespace tokens, so `doc.text == text`.

Why spaCy's `Tokenizer` and not a regex loop in Python: it caches the tokens of every chunk between
spaces, so a word seen before costs one hash lookup. It has no special cases on purpose: spaCy stops
caching for the rest of a document once a special case matched in it (spaCy issue #1250), which is
what makes the stock Indonesian tokenizer (thousands of reduplications such as "langkah-langkah" are
special cases there) slow on real news.
"""
from __future__ import annotations

import re
from typing import cast

from spacy.tokenizer import Tokenizer  # type: ignore[import-not-found]  # a Cython module spaCy ships no stub for
from spacy.tokens import Doc
from spacy.vocab import Vocab

LETTER = r"[^\W\d_]"
ALNUM = r"[^\W_]"
# One punctuation mark at either end of a chunk comes off (repeatedly: "(22/10/2024)," → ( … ) ,).
PREFIX = re.compile(r"^[^\w\s]")
SUFFIX = re.compile(r"[^\w\s]$")
# Inside a chunk it splits where a letter meets a digit ("Rp7,8" → Rp 7,8; not "S-400", where a
# hyphen stands between them), at punctuation other than - ' ’ . , : /, at - ' ’ . unless they join
# two letters or digits ("luka-luka", "Jum'at", "co.id") and not after a number ("27-28" → 27 - 28,
# "6.com"; a dot between digits stays: "1.500"), and at , : / unless they join two digits ("7,8").
INFIX = re.compile(
    rf"(?<={LETTER})(?=\d)"
    rf"|(?<=\d)(?={LETTER})"
    r"|[^\w\s'’.,:/-]"
    rf"|(?<!{ALNUM})[-'’.]|[-'’.](?!{ALNUM})"
    r"|(?<=\d)[-'’]|(?<=\d)\.(?!\d)"
    r"|(?<!\d)[,:/]|[,:/](?!\d)"
)

TEXT_KEY = ("klaim", "text")


class KlaimTokenizer(Tokenizer):  # type: ignore[misc]  # (Tokenizer is Any to mypy, see the import)
    """spaCy's `Tokenizer` that also keeps the text it was given (see `component.text_of`)."""

    def __call__(self, text: str) -> Doc:
        doc = cast(Doc, super().__call__(text))
        # doc.text == text; spares spaCy joining the tokens again (spaCy types the keys as str; ours is a tuple)
        cast("dict[object, object]", doc.user_data)[TEXT_KEY] = text
        return doc


def make_tokenizer(vocab: Vocab) -> KlaimTokenizer:
    return KlaimTokenizer(vocab, rules={}, prefix_search=PREFIX.search, suffix_search=SUFFIX.search,
                          infix_finditer=INFIX.finditer)
