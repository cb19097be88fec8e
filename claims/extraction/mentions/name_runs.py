"""Where a person's name ends: a run of capitalised name words ("Rina Marlina"), with initials
("J."), particles ("bin Salman", "von der Leyen"), a Balinese "I" ("I Made Suarjana") and office
words that are a name's own ("Yosef Ratu Dimu"); what may follow it in brackets (an acronym, an age)."""
from __future__ import annotations

from .actor_lexicon import ActorLexicon, Gazetteer
from .words import ACRONYM, Words

MAX_NAME_WORDS = 5
MAX_AGE_DIGITS = 3  # "(32)" after a name is an age; "(2024)" is no age
MAX_PARTICLES = 3  # "bin", "von der": lower-case particles in a row inside a name


class NameRuns(ActorLexicon):
    """The name-run grammar on top of the word tests."""

    __slots__ = ()

    def skip_parenthetical(self, words: Words, j: int) -> int:
        """Skip an "(AS)"-style acronym in brackets after a name."""
        texts = words.text
        if (j + 2 < len(texts) and texts[j] == "(" and texts[j + 2] == ")"
                and (ACRONYM.match(texts[j + 1]) or words.capitalised[j + 1])):
            return j + 3
        return j

    def skip_age(self, words: Words, j: int) -> int:
        """Skip an age in brackets after a name: "Maria Lelang (32)", "(32 tahun)"."""
        texts = words.text
        if j + 2 < len(texts) and texts[j] == "(" and texts[j + 1].isdigit() and len(texts[j + 1]) <= MAX_AGE_DIGITS:
            if texts[j + 2] == ")":
                return j + 3
            if j + 3 < len(texts) and texts[j + 3] == ")" and words.lower[j + 2] in self.age_units:
                return j + 4
        return j

    def name_run(self, words: Words, j: int, common: frozenset[str], gazetteer: Gazetteer, held: bool = False,
                 lead: bool = False) -> int:
        """End of a run of capitalised name words from j (j itself when there is none). `held`: the run
        names a person (it follows a role or an appositive comma), so an office word inside it that
        only more name words follow, or that closes the appositive, is part of the name ("Yosef Ratu
        Dimu", "Made Suarjana Putra,"). `lead`: the run is the appositive name after a role and its comma,
        where such a word may also open the name ("…, Agung Mulyono, mengatakan")."""
        n = len(words.text)
        texts, lower = words.text, words.lower
        k = j
        while k < n and k - j < MAX_NAME_WORDS:
            if k in gazetteer:
                break
            if texts[k] in self.roman_numerals and not (k + 1 < n and texts[k + 1] == "."):
                # "I Made Suarjana": a one-letter word opening a Balinese name is no numeral
                if not (k == j and texts[k] in self.name_opening_numerals and (held or words.opens(k))
                        and self.balinese_i(words, k, common)):
                    break
                k += 1
            elif self.is_name_word(words, k, common, words.opens(k)):
                k += 1
                if k < n and texts[k] == "." and len(texts[k - 1]) == 1:
                    k += 1  # an initial: "J."
            elif lower[k] in self.particles and (k > j or lower[k] in self.leading_particles):
                # "bin Salman", "von der Leyen", "de Mistura": particles, then a capitalised name word
                after = k + 1
                while after < n and after - k < MAX_PARTICLES and lower[after] in self.particles:
                    after += 1
                if not (after < n and after - j < MAX_NAME_WORDS and after not in gazetteer
                        and self.is_name_word(words, after, common, False)):
                    break
                k = after + 1
            elif held and (k > j or lead) and self.office_word_in_name(words, k, common, gazetteer, k == j):
                k += 1
            else:
                break
        return k

    def balinese_i(self, words: Words, k: int, common: frozenset[str]) -> bool:
        """Whether "I" at word k opens a Balinese name ("I Made Suarjana Putra", "I Gusti Ayu …"): two
        more name words follow it."""
        return k + 2 < len(words.text) and self.is_name_word(words, k + 1, common, False) \
            and self.is_name_word(words, k + 2, common, False)

    def office_word_in_name(self, words: Words, k: int, common: frozenset[str], gazetteer: Gazetteer,
                            opening: bool = False) -> bool:
        """Whether word k, an office or modifier word ("Ratu", "Agung") inside a person's name run, is
        one of the name's words: a single capitalised word followed by just one more name word that ends
        the run ("Yosef Ratu Dimu, mengatakan"), or the last word of the run, closing it with a comma or
        a full stop ("Made Suarjana Putra, mengatakan"). Followed by a name of its own ("… Ratu Elena
        Marisa"), opening an office of several words ("… Kepala Desa …") or going on into a place, it
        ends the name. `opening`: word k opens the run, where only a modifier word ("Agung Mulyono")
        followed by one more name word can be a name's."""
        low = words.lower[k]
        if not words.text[k][1:2].islower() or low in self.ranks or low in self.org_heads \
                or low in self.never_names or low in self.function_words:
            return False
        if low in self.role_heads:
            if opening or self.match_head(words, k, self.role_heads) > k + 1:
                return False
        elif low not in self.modifiers or low in self.paired:
            return False
        following = k + 1
        n = len(words.text)
        if not opening and (following == n or words.text[following] in ",."):
            return True
        return (following < n and following not in gazetteer and words.text[following][1:2].islower()
                and self.is_name_word(words, following, common, False)
                and (following + 1 == n or not words.capitalised[following + 1]))

