"""The words of a sentence as the actor grammar sees them: split once by one regex, kept column by
column (`Words`), with the structural patterns (acronyms, lower-case words) the grammar tests them by."""
from __future__ import annotations

import re
from itertools import accumulate
from operator import itemgetter, sub

# Written possessive (the same as r"\w+(?:[-'’.]\w+)*|[^\w\s]"): nothing after a run of word
# characters could match what it gave back, so the engine keeps no state to backtrack into.
WORD = re.compile(r"\w++(?:[-'’.]\w++)*+|[^\w\s]")
# A word with the whitespace before it: every character but whitespace belongs to a word, so these
# pieces tile the text and their running lengths are the words' end offsets.
SPACED_WORD = re.compile(rf"\s*+(?:{WORD.pattern})")
HYPHEN_CAPITAL = re.compile(r"-[A-Z]")  # "al-Mansouri": where a lower-case particle may join a name
ACRONYM = re.compile(r"^[A-Z]{2,6}$")
# Lower-case words: "(?<![\w])[a-z]+", written to start with its character class (which the engine
# skips to at once) and the look-behind after it.
COMMON = re.compile(r"[a-z](?<!\w[a-z])[a-z]*+")
OPENERS = frozenset('“"‘\'(«:.;!?–—-')  # after these a word opens a sentence, a quotation or a bracket


class Words:
    """The words of a text as `WORD` splits it, column by column (`words.lower[k]` is word k lower-cased).

    Columns rather than one object per word: they are built by C loops (`map`, `accumulate`) instead
    of a Python loop, and the finder only ever looks at a few words around each candidate. The
    grammar's hot loops count the words as `len(words.text)`, which skips the Python-level `__len__`.
    """

    __slots__ = ("text", "start", "end", "lower", "capitalised")

    def __init__(self, text: list[str], start: list[int], end: list[int], lower: list[str],
                 capitalised: list[bool]):
        self.text, self.start, self.end, self.lower, self.capitalised = text, start, end, lower, capitalised

    @classmethod
    def of(cls, text: str, start: int = 0, end: int | None = None) -> Words:
        pieces = SPACED_WORD.findall(text, start, len(text) if end is None else end)
        words = list(map(str.lstrip, pieces))
        ends = list(accumulate(map(len, pieces), initial=start))[1:]
        return cls(words, list(map(sub, ends, map(len, words))), ends, list(map(str.lower, words)),
                   list(map(str.isupper, map(itemgetter(0), words))))

    def __len__(self) -> int:
        return len(self.text)

    def __getitem__(self, where: slice) -> Words:
        return Words(self.text[where], self.start[where], self.end[where], self.lower[where],
                     self.capitalised[where])

    def opens(self, k: int) -> bool:
        """Whether word k starts its sentence (or a quotation or bracket inside it)."""
        return k == 0 or self.text[k - 1] in OPENERS

    def surface(self, text: str, first: int, last: int) -> str:
        """text from the start of word `first` to the end of word `last` (inclusive)."""
        return text[self.start[first]:self.end[last]]
