"""Where the words of an office end: after its head ("Menteri", "Kepala"), its modifiers ("Luar
Negeri"), institutions ("Dinas Sosial Garut", "Polda Metro Jaya"), places, ranks and corps ("Kolonel
Inf"), up to the holder's name; and long titles that run to an appositive comma ("Menteri Kerja Sama
Pembangunan Norwegia, Ingrid Solheimsen, …")."""
from __future__ import annotations

from typing import NamedTuple

from .actor_lexicon import NO_WORDS, OFFICE_KINDS, Gazetteer
from .name_runs import NameRuns
from .words import Words

MAX_TITLE_WORDS = 12  # words of a long title before its holder's appositive name
MAX_OFFICE_WORDS = 3  # capitalised office words before a country ("Menteri Unifikasi Korsel Kim …")
TITLED_NAME_WORDS = range(2, 5)  # how many words the appositive name after a long title has


RoleEnd = tuple[int, bool]  # where the role words end, and whether a rank was among them


class TitledName(NamedTuple):
    """A long title's comma and the appositive name after it (word indices)."""

    comma: int
    name_start: int
    name_end: int


class RoleWords(NameRuns):
    """The grammar of an office's words, on top of name runs."""

    __slots__ = ()

    def skip_corps(self, words: Words, j: int) -> int:
        """Skip the corps written after a rank: "Kolonel Inf …", "Lettu Pnb …", "Kolonel Laut (P) …"."""
        if j < len(words.text) and words.capitalised[j] and words.lower[j].rstrip(".") in self.corps:
            j += 1
            if j < len(words.text) and words.text[j] == ".":
                j += 1
            return self.skip_parenthetical(words, j)
        return j

    def office_words_before_country(self, words: Words, j: int, gazetteer: Gazetteer) -> int:
        """ "Menteri Unifikasi Korsel Kim …": capitalised words followed by a country and then a name
        belong to the office; returns the end of the country, or 0."""
        k = j
        while k < len(words.text) and k - j < MAX_OFFICE_WORDS and k not in gazetteer and words.capitalised[k] \
                and words.lower[k] not in self.function_words:
            k += 1
        if k == j or k not in gazetteer or gazetteer[k].kind not in OFFICE_KINDS:
            return 0
        end = self.skip_parenthetical(words, gazetteer[k].after)
        if end < len(words.text) and (words.capitalised[end] or words.text[end] == ","):
            return end
        return 0

    def org_name_end(self, words: Words, j: int) -> int:
        """After an institution's head word inside a role, the end of its name: "Dinas Sosial Garut
        Budi Santoso" keeps the last two capitalised words for the person, unless a rank or a
        bracketed acronym shows where the name ends ("Institute for … Finance (Indef) Eko …")."""
        n = len(words.text)
        lower, capitalised = words.lower, words.capitalised
        k = j
        while k < n:
            if lower[k] in self.english_glue:
                if k + 1 < n and capitalised[k + 1]:
                    k += 1
                    continue
                break
            if not capitalised[k] or self.is_rank(words, k):
                break
            run, left = k, 0  # capitalised words left in this run, across glue words
            while run < n:
                if lower[run] in self.english_glue and run + 1 < n and capitalised[run + 1]:
                    run += 1
                elif capitalised[run] and not self.is_rank(words, run):
                    run, left = run + 1, left + 1
                else:
                    break
            # a rank, a bracket or an appositive comma after the run shows where the institution ends:
            # "Polda Metro Jaya, Kombes Pol Ade …" keeps "Metro Jaya" in the institution
            marked = run < n and (self.is_rank(words, run) or words.text[run] == "(" or (
                words.text[run] == "," and run + 1 < n and capitalised[run + 1]))
            if not marked and left <= 2 and lower[k - 1] not in self.english_glue:
                break  # what is left is the person's name
            k += 1
        return self.skip_parenthetical(words, k)

    def extend_role(self, words: Words, j: int, gazetteer: Gazetteer, place_pending: bool,
                    ranks_only: bool = False) -> RoleEnd:
        """End of the role words from j: offices' modifiers, institutions, places, ranks (only ranks
        and their corps when `ranks_only`). A place right after a regional office or an institution
        ("Bupati Cianjur …", "Polda Metro Jaya …", `place_pending`) is taken when more capitalised
        words or a rank follow it, so that the name stays after it."""
        rank = False
        n = len(words.text)
        texts, lower, capitalised = words.text, words.lower, words.capitalised
        while j < n:
            low = lower[j]
            if self.is_rank(words, j):
                j += 1
                rank = True
                place_pending = False
                if j < n and texts[j] == ".":
                    j += 1
                j = self.skip_corps(words, j)
            elif ranks_only:
                break
            elif j in gazetteer:
                j = self.skip_parenthetical(words, gazetteer[j].after)
                place_pending = False
            elif capitalised[j] and low in self.org_heads and (
                    head_end := self.match_head(words, j, self.org_heads)):  # "Polda", "Pertahanan Sipil"
                named = self.org_name_end(words, head_end)
                place_pending = named == head_end  # "Polda" alone: a place may follow
                j = named
            elif self.is_modifier(words, j):
                j += 1 if low not in self.paired else 2
            elif texts[j] in self.roman_numerals:
                j += 1
            elif low in self.purpose_words and j + 1 < n and (j + 1 in gazetteer or capitalised[j + 1]):
                j += 1
            elif texts[j] in ",&" or low in self.conjunctions:
                going_on = self.office_goes_on(words, j, gazetteer)
                if not going_on:
                    break
                j = going_on
            elif texts[j] == "(":
                skipped = self.skip_parenthetical(words, j)
                if skipped == j:
                    break
                j = skipped
            elif not place_pending and capitalised[j] and self.office_words_before_country(words, j, gazetteer):
                j = self.office_words_before_country(words, j, gazetteer)
            elif place_pending and capitalised[j] and j + 1 < n and (
                    self.is_rank(words, j + 1) or (capitalised[j + 1] and texts[j + 1] not in ",.")):
                j += 1
                place_pending = False
            else:
                break
        return j, rank

    def office_goes_on(self, words: Words, j: int, gazetteer: Gazetteer) -> int:
        """At a comma, "&" or "dan" (word j) inside an office: the word where the office goes on, or 0
        when the office ends there."""
        n = len(words.text)
        texts, lower, capitalised = words.text, words.lower, words.capitalised
        if j + 1 < n and ((self.is_modifier(words, j + 1) and capitalised[j + 1]
                           # "…, Agung Mulyono, …": an appositive name, no more of the office
                           and not (texts[j] == "," and self.office_word_in_name(
                               words, j + 1, NO_WORDS, gazetteer, opening=True)))
                          or (j + 1 in gazetteer and lower[j] in self.conjunctions)):
            return j + 1
        if texts[j] == "," and j + 2 < n and lower[j + 1] in self.conjunctions and capitalised[j + 2] \
                and self.is_modifier(words, j + 2):
            return j + 2  # "Pusat Data, Informasi, dan Komunikasi …": a serial comma
        return 0

    def title_holder(self, words: Words, stop: int, gazetteer: Gazetteer, common: frozenset[str]) -> TitledName | None:
        """ "Menteri Kerja Sama Pembangunan Norwegia, Ingrid Solheimsen, mengatakan": the role's
        parse stopped at `stop` inside a long title. When capitalised words and glue words ("untuk",
        "dan", "&") go on from there to a comma, and a name of two to four words follows that comma
        (then a comma, a full stop or a verb), the title runs to the comma."""
        comma = self.title_comma(words, stop, gazetteer)
        n = len(words.text)
        if comma is None or comma == stop or comma + 1 >= n:
            return None
        texts, lower, capitalised = words.text, words.lower, words.capitalised
        name_start = self.extend_role(words, comma + 1, gazetteer, False, ranks_only=True)[0]
        name_end = self.name_run(words, name_start, common, gazetteer, held=True, lead=True)
        if name_end - name_start not in TITLED_NAME_WORDS:
            return None
        after = self.skip_age(words, name_end)
        if after < n and texts[after] not in ",." and (
                capitalised[after] or not texts[after][0].isalpha() or lower[after] in self.function_words):
            return None
        return TitledName(comma, name_start, name_end)

    def title_comma(self, words: Words, stop: int, gazetteer: Gazetteer) -> int | None:
        """The comma a long title goes on to from word `stop`, over capitalised and glue words (the
        end of the words when there is none), or None when other words come first."""
        n = len(words.text)
        texts, lower, capitalised = words.text, words.lower, words.capitalised
        k = stop
        while k < n and texts[k] != ",":
            if k - stop >= MAX_TITLE_WORDS:
                return None
            if k in gazetteer:
                k = self.skip_parenthetical(words, gazetteer[k].after)
            elif capitalised[k] and lower[k] not in self.never_names:
                k += 1
            elif lower[k] in self.title_glue and k + 1 < n and (capitalised[k + 1] or k + 1 in gazetteer):
                if (lower[k] in self.title_conjunctions or lower[k] == "&") and (
                        self.match_head(words, k + 1, self.role_heads) or lower[k + 1] in self.role_prefixes):
                    return None  # "… dan Perdana Menteri Australia, …": a second office holder
                k += 1
            elif texts[k] == "(":
                skipped = self.skip_parenthetical(words, k)
                if skipped == k:
                    return None
                k = skipped
            else:
                return None
        return k
