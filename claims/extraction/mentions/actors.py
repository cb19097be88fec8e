"""Find who is mentioned: countries and organisations from the gazetteer (with aliases and
metonyms such as "Pyongyang" for Korea Utara), organisation phrases ("Badan intelijen Korea
Selatan", "Kementerian Luar Negeri Jepang"), persons as role + capitalised name ("Menteri
Pertahanan AS Lloyd Austin", "Juru bicara Kepolisian, Budi Hartono"), roles without a name
("wakil menteri luar negeri"), bare capitalised names ("Austin", "Rina Marlina") and pronouns.

Person detection rests on the shape of Indonesian news prose (role words, capitalisation,
appositive commas), never on a list of names. Mentions become items in `klaim_actor` with a
`Mention` payload (`base.items_of`); every person found with a role, and every name of two or more
words, is also kept in `doc._.klaim_persons` with its role, so that a later "Kim" or "Austin" can be
resolved to the full name the text gave.
"""
from __future__ import annotations

import bisect
import re
from itertools import accumulate, compress, count
from operator import itemgetter, or_, sub

from spacy.tokens import Doc

from ..records import Mention
from ..component import Intervals, RuleComponent, furniture_of, items_of, set_items, text_of
from ..text.sentences import sentence_ranges

# Written possessive (the same as r"\w+(?:[-'’.]\w+)*|[^\w\s]"): nothing after a run of word
# characters could match what it gave back, so the engine keeps no state to backtrack into.
WORD = re.compile(r"\w++(?:[-'’.]\w++)*+|[^\w\s]")
# A word with the whitespace before it: every character but whitespace belongs to a word, so these
# pieces tile the text and their running lengths are the words' end offsets.
SPACED_WORD = re.compile(rf"\s*+(?:{WORD.pattern})")
DERIVED = re.compile(r"^(?:pe[mnr]?|peng|ke|ber|me[mn]?|meng|di|ter)\w{3,}(?:an|kan|nya|i)$", re.IGNORECASE)
HYPHEN_CAPITAL = re.compile(r"-[A-Z]")  # "al-Mansouri": where a lower-case particle may join a name
ACRONYM = re.compile(r"^[A-Z]{2,6}$")
# Lower-case words: "(?<![\w])[a-z]+", written to start with its character class (which the engine
# skips to at once) and the look-behind after it.
COMMON = re.compile(r"[a-z](?<!\w[a-z])[a-z]*+")
MAX_NAME_WORDS = 5
MAX_TITLE_WORDS = 12  # words of a long title before its holder's appositive name
MAX_AGE_DIGITS = 3  # "(32)" after a name is an age; "(2024)" is no age
NO_WORDS: frozenset[str] = frozenset()
OPENERS = frozenset('“"‘\'(«:.;!?–—-')


class Words:
    """The words of a text as `WORD` splits it, column by column (`words.lower[k]` is word k lower-cased).

    Columns rather than one object per word: they are built by C loops (`map`, `accumulate`) instead
    of a Python loop, and the finder only ever looks at a few words around each candidate.
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


class ActorFinder(RuleComponent):
    DEFAULT_RULES = {"actors": "actors.jsonl", "roles": "roles.json", "dates": "dates.json"}

    def compile(self) -> None:
        self.gazetteer: dict[str, tuple[str, str]] = {}
        for row in self.rules["actors"]:
            for surface in (row["name"], *row.get("aliases", ()), *row.get("metonyms", ())):
                self.gazetteer.setdefault(surface, (row["name"], row["kind"]))
        # first word → (surface, its words) longest first: a small trie instead of one huge alternation
        self.gazetteer_first: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for surface in sorted(self.gazetteer, key=len, reverse=True):
            parts = tuple(WORD.findall(surface))
            self.gazetteer_first.setdefault(parts[0], []).append((surface, parts))
        roles = self.rules["roles"]
        self.role_heads: dict[str, list[tuple[str, ...]]] = {}
        for head in roles["role_heads"]:
            words = tuple(head.split())
            self.role_heads.setdefault(words[0], []).append(words)
        for options in self.role_heads.values():
            options.sort(key=len, reverse=True)
        self.place_heads = frozenset(roles["place_heads"])
        self.resident_heads = frozenset(roles["resident_heads"])
        self.ranks = frozenset(roles["ranks"])
        self.modifiers = frozenset(roles["modifiers"])
        self.org_heads: dict[str, list[tuple[str, ...]]] = {}
        for head in roles["org_heads"]:
            words = tuple(head.split())
            self.org_heads.setdefault(words[0], []).append(words)
        self.lowercase_heads = frozenset(roles["lowercase_heads"])
        self.particles = frozenset(roles["particles"])
        self.leading_particles = frozenset(roles["leading_particles"])
        self.hyphen_particles = frozenset(roles["hyphen_particles"])
        self.corps = frozenset(roles["corps"])
        self.paired = dict(roles["paired_modifiers"])
        self.roman_numerals = frozenset(roles["roman_numerals"])
        self.english_glue = frozenset(roles["english_glue"])
        self.role_prefixes = frozenset(roles["role_prefixes"])
        self.title_glue = frozenset(roles["title_glue"])
        self.age_units = frozenset(roles["age_units"])
        dates = self.rules["dates"]
        self.function_words = frozenset(roles["function_words"]) | frozenset(dates["months"]) | frozenset(
            dates["weekdays"])
        self.person_pronouns = frozenset(roles["pronouns_person"])
        # lower-case words that can open a mention: role and institution heads, pronouns
        self.lowercase_starts = frozenset(self.role_heads) | frozenset(self.org_heads) | frozenset(
            roles["pronouns_person"]) | frozenset(roles["pronouns_group"]) | self.leading_particles
        self.never_names = frozenset(dates["months"]) | frozenset(dates["weekdays"]) | frozenset(
            roles["pronouns_person"]) | frozenset(roles["pronouns_group"]) | {"rp", "wib", "wita", "wit"}
        self.group_pronouns = frozenset(roles["pronouns_group"])
        self.pronouns = self.person_pronouns | self.group_pronouns

    # -- lexicon tests --------------------------------------------------------------------------
    def match_head(self, words: Words, i: int, table) -> int:
        """End index of the longest head phrase of `table` starting at word i (0 when none)."""
        lower = words.lower
        options = table.get(lower[i])
        if not options:
            return 0
        for option in options:
            end = i + len(option)
            if end <= len(lower) and tuple(lower[i:end]) == option:
                return end
        return 0

    def is_modifier(self, words: Words, j: int) -> bool:
        low = words.lower[j]
        if low not in self.modifiers:
            return False
        pair = self.paired.get(low)
        return pair is None or (j + 1 < len(words) and words.lower[j + 1] == pair)

    def is_name_word(self, words: Words, k: int, common: frozenset[str], initial: bool = True) -> bool:
        """Whether word k is a capitalised word that can be part of a name. Inside a sentence capitals
        are telling, so a word that is also a common word ("Lalu", "Budi") passes there but not at its
        start."""
        text = words.text[k]
        if not words.capitalised[k] or not text[0].isalpha():
            return False
        low = words.lower[k]
        if low in self.never_names or (low in self.modifiers and low not in self.paired) \
                or low in self.role_heads or low in self.ranks:
            return False
        if low in self.org_heads or (low in self.corps and k and self.is_rank(words, k - 1)):
            return False
        if initial and (low in self.function_words or low in common):
            return False
        return not DERIVED.match(text) or text[1:2].isupper() or not initial

    # -- parsing ----------------------------------------------------------------------------------
    def words(self, text: str, start: int, end: int) -> Words:
        """The words of text[start:end]; a name written with a lower-case particle and a hyphen
        ("al-Mansouri", "el-Sisi") counts as capitalised."""
        words = Words.of(text, start, end)
        starts, lower, capitalised = words.start, words.lower, words.capitalised
        for match in HYPHEN_CAPITAL.finditer(text, start, end):
            k = bisect.bisect_right(starts, match.start()) - 1
            if k >= 0 and not capitalised[k] and lower[k].partition("-")[0] in self.hyphen_particles:
                capitalised[k] = True
        return words

    def gazetteer_at(self, text: str, words: Words) -> dict[int, tuple[int, int, str, str]]:
        """Word index → (index after it, end offset, canonical name, kind) of the gazetteer names
        among `words`."""
        found = {}
        texts = words.text
        n = len(texts)
        first = self.gazetteer_first
        for i in compress(count(), map(first.__contains__, texts)):
            for surface, parts in first[texts[i]]:
                k = len(parts)
                if i + k <= n and tuple(texts[i:i + k]) == parts:
                    stop = words.end[i + k - 1]
                    if text[words.start[i]:stop] == surface or " ".join(texts[i:i + k]) == surface:
                        found[i] = (i + k, stop, *self.gazetteer[surface])
                        break
        return found

    def starters(self, words: Words) -> list[int]:
        """Indices of the words a mention can start with: capitalised ones and the lower-case words
        that open roles, institutions and pronouns (gazetteer names are added by the caller)."""
        return list(compress(count(), map(or_, words.capitalised, map(self.lowercase_starts.__contains__,
                                                                          words.lower))))

    def find(self, text: str, start: int, end: int, common: frozenset[str]) -> list[tuple[int, int, Mention]]:
        """Actor mentions in one sentence text[start:end]."""
        words = self.words(text, start, end)
        gazetteer = self.gazetteer_at(text, words)
        gaz_words = {i: (j, canonical, kind) for i, (j, stop, canonical, kind) in gazetteer.items() if stop <= end}
        return self.mentions(text, words, gaz_words, sorted({*self.starters(words), *gaz_words}), common)

    def mentions(self, text: str, words: Words, gaz_words: dict[int, tuple[int, str, str]], starters: list[int],
                 common: frozenset[str], known: set[str] | frozenset[str] = NO_WORDS) -> list[tuple[int, int, Mention]]:
        """Actor mentions among the words of one sentence; `gaz_words` maps a word index to (index after,
        canonical name, kind) of a gazetteer name there, `starters` are the candidates in order, `known`
        the lower-cased words of the persons' names found before."""
        mentions: list[tuple[int, int, Mention]] = []
        free = 0  # the first word not yet inside a mention
        lower = words.lower
        for i in starters:
            if i < free:
                continue
            # each finder is asked only when its first test (the word's lexicon entry) can pass
            low = lower[i]
            found = (((low in self.role_heads or low in self.role_prefixes)
                      and self.person_at(words, i, gaz_words, common, text))
                     or (i in gaz_words and self.gazetteer_mention(words, i, gaz_words, text))
                     or (low in self.org_heads and self.org_at(words, i, gaz_words, common, text))
                     or self.name_at(words, i, gaz_words, common, text)
                     or (low in self.pronouns and self.pronoun_at(words, i))
                     or (low in known and self.known_name_at(words, i, known, text)))
            if found:
                stop, mention = found
                stop = max(stop, i + 1)
                mentions.append((words.start[i], words.end[stop - 1], mention))
                free = stop
        return mentions

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

    def is_rank(self, words: Words, k: int) -> bool:
        low = words.lower[k]
        return low in self.ranks or (low.rstrip(".") in self.ranks and words.capitalised[k])

    def skip_corps(self, words: Words, j: int) -> int:
        """Skip the corps written after a rank: "Kolonel Inf …", "Lettu Pnb …", "Kolonel Laut (P) …"."""
        if j < len(words) and words.capitalised[j] and words.lower[j].rstrip(".") in self.corps:
            j += 1
            if j < len(words) and words.text[j] == ".":
                j += 1
            return self.skip_parenthetical(words, j)
        return j

    def office_words_before_country(self, words: Words, j: int, gaz_words) -> int:
        """ "Menteri Unifikasi Korsel Kim …": capitalised words followed by a country and then a name
        belong to the office; returns the end of the country, or 0."""
        k = j
        while k < len(words) and k - j < 3 and k not in gaz_words and words.capitalised[k] \
                and words.lower[k] not in self.function_words:
            k += 1
        if k == j or k not in gaz_words or gaz_words[k][2] not in ("country", "org"):
            return 0
        end = self.skip_parenthetical(words, gaz_words[k][0])
        if end < len(words) and (words.capitalised[end] or words.text[end] == ","):
            return end
        return 0

    def org_name_end(self, words: Words, j: int) -> int:
        """After an institution's head word inside a role, the end of its name: "Dinas Sosial Garut
        Budi Santoso" keeps the last two capitalised words for the person, unless a rank or a
        bracketed acronym shows where the name ends ("Institute for … Finance (Indef) Eko …")."""
        n = len(words)
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

    def extend_role(self, words: Words, j: int, gaz_words, place_pending: bool,
                    ranks_only: bool = False) -> tuple[int, bool]:
        """End of the role words from j: offices' modifiers, institutions, places, ranks.

        Returns (end, whether a rank was seen). A place right after a regional office or an
        institution ("Bupati Cianjur …", "Polda Metro Jaya …") is taken when more capitalised
        words or a rank follow it, so that the name stays after it.
        """
        rank = False
        n = len(words)
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
            elif j in gaz_words:
                j = self.skip_parenthetical(words, gaz_words[j][0])
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
            elif low == "untuk" and j + 1 < n and (j + 1 in gaz_words or capitalised[j + 1]):
                j += 1
            elif texts[j] in ",&" or low == "dan":
                if j + 1 < n and ((self.is_modifier(words, j + 1) and capitalised[j + 1]
                                   # "…, Agung Mulyono, …": an appositive name, no more of the office
                                   and not (texts[j] == "," and self.office_word_in_name(
                                       words, j + 1, NO_WORDS, gaz_words, opening=True)))
                                  or (j + 1 in gaz_words and low == "dan")):
                    j += 1
                elif texts[j] == "," and j + 2 < n and lower[j + 1] == "dan" and capitalised[j + 2] \
                        and self.is_modifier(words, j + 2):
                    j += 2  # "Pusat Data, Informasi, dan Komunikasi …": a serial comma
                else:
                    break
            elif texts[j] == "(":
                skipped = self.skip_parenthetical(words, j)
                if skipped == j:
                    break
                j = skipped
            elif not place_pending and capitalised[j] and self.office_words_before_country(words, j, gaz_words):
                j = self.office_words_before_country(words, j, gaz_words)
            elif place_pending and capitalised[j] and j + 1 < n and (
                    self.is_rank(words, j + 1) or (capitalised[j + 1] and texts[j + 1] not in ",.")):
                j += 1
                place_pending = False
            else:
                break
        return j, rank

    def name_run(self, words: Words, j: int, common, gaz_words, held: bool = False, lead: bool = False) -> int:
        """End of a run of capitalised name words from j (j itself when there is none). `held`: the run
        names a person (it follows a role or an appositive comma), so an office word inside it that
        only more name words follow, or that closes the appositive, is part of the name ("Yosef Ratu
        Dimu", "Made Suarjana Putra,"). `lead`: the run is the appositive name after a role and its comma,
        where such a word may also open the name ("…, Agung Mulyono, mengatakan")."""
        n = len(words)
        texts, lower = words.text, words.lower
        k = j
        while k < n and k - j < MAX_NAME_WORDS:
            if k in gaz_words:
                break
            if texts[k] in self.roman_numerals and not (k + 1 < n and texts[k + 1] == "."):
                # "I Made Suarjana": a one-letter word opening a Balinese name is no numeral
                if not (k == j and texts[k] == "I" and (held or self.initial(words, k))
                        and self.balinese_i(words, k, common)):
                    break
                k += 1
            elif self.is_name_word(words, k, common, self.initial(words, k)):
                k += 1
                if k < n and texts[k] == "." and len(texts[k - 1]) == 1:
                    k += 1  # an initial: "J."
            elif lower[k] in self.particles and (k > j or lower[k] in self.leading_particles):
                # "bin Salman", "von der Leyen", "de Mistura": particles, then a capitalised name word
                m = k + 1
                while m < n and m - k < 3 and lower[m] in self.particles:
                    m += 1
                if not (m < n and m - j < MAX_NAME_WORDS and m not in gaz_words
                        and self.is_name_word(words, m, common, False)):
                    break
                k = m + 1
            elif held and (k > j or lead) and self.office_word_in_name(words, k, common, gaz_words, k == j):
                k += 1
            else:
                break
        return k

    def balinese_i(self, words: Words, k: int, common) -> bool:
        """Whether "I" at word k opens a Balinese name ("I Made Suarjana Putra", "I Gusti Ayu …"): two
        more name words follow it."""
        return k + 2 < len(words) and self.is_name_word(words, k + 1, common, False) \
            and self.is_name_word(words, k + 2, common, False)

    def office_word_in_name(self, words: Words, k: int, common, gaz_words, opening: bool = False) -> bool:
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
        m = k + 1
        n = len(words)
        if not opening and (m == n or words.text[m] in ",."):
            return True
        return (m < n and m not in gaz_words and words.text[m][1:2].islower()
                and self.is_name_word(words, m, common, False)
                and (m + 1 == n or not words.capitalised[m + 1]))

    def title_holder(self, words: Words, p: int, gaz_words, common) -> tuple[int, int, int] | None:
        """ "Menteri Kerja Sama Pembangunan Norwegia, Ingrid Solheimsen, mengatakan": the role's
        parse stopped at p inside a long title. When capitalised words and glue words ("untuk", "dan",
        "&") go on from p to a comma, and a name of two to four words follows that comma (then a comma,
        a full stop or a verb), the title runs to the comma. Returns (comma, name start, name end)."""
        n = len(words)
        texts, lower, capitalised = words.text, words.lower, words.capitalised
        k = p
        while k < n and texts[k] != ",":
            if k - p >= MAX_TITLE_WORDS:
                return None
            if k in gaz_words:
                k = self.skip_parenthetical(words, gaz_words[k][0])
            elif capitalised[k] and lower[k] not in self.never_names:
                k += 1
            elif lower[k] in self.title_glue and k + 1 < n and (capitalised[k + 1] or k + 1 in gaz_words):
                if lower[k] in ("dan", "and", "&") and (
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
        if k == p or k + 1 >= n:
            return None
        name_start, _ = self.extend_role(words, k + 1, gaz_words, False, ranks_only=True)
        name_end = self.name_run(words, name_start, common, gaz_words, held=True, lead=True)
        if not 2 <= name_end - name_start <= 4:
            return None
        after = self.skip_age(words, name_end)
        if after < n and texts[after] not in ",." and (
                capitalised[after] or not texts[after][0].isalpha() or lower[after] in self.function_words):
            return None
        return k, name_start, name_end

    def person_at(self, words, i, gaz_words, common, text):
        n = len(words)
        head_start = i
        if words.lower[i] in self.role_prefixes and i + 1 < n and not self.match_head(words, i, self.role_heads):
            head_start = i + 1  # "Wakil Koordinator …": a deputy of any office
        head_end = self.match_head(words, head_start, self.role_heads)
        if not head_end:
            return None
        texts, starts, ends = words.text, words.start, words.end
        head = " ".join(words.lower[head_start:head_end])
        # a regional office ("Bupati") or an office of an institution ("Kepala Dinas") may name its place
        place_head = head in self.place_heads or words.lower[head_end - 1] in self.org_heads
        role_end, rank = self.extend_role(words, head_end, gaz_words, place_head)
        # "petugas Pertahanan Sipil Gaza": one capitalised word between the office's own capitalised
        # words and a country is part of the institution's name, not a person's
        if not rank and head_end < role_end < n - 1 and words.capitalised[role_end - 1] \
                and role_end + 1 in gaz_words and gaz_words[role_end + 1][2] in ("country", "region") \
                and self.is_name_word(words, role_end, common, False):
            role_end, rank = self.extend_role(words, role_end + 1, gaz_words, False)
        if head in self.resident_heads:
            # "warga El Fasher": the place they live in; a name only follows a comma ("…, Ahmed Nasser")
            place_end = self.name_run(words, role_end, common, gaz_words)
            if place_end > role_end and not (place_end < n and texts[place_end] == ","):
                role = text[starts[i]:ends[place_end - 1]]
                return place_end, Mention("role", role, role=role)
            role_end = max(role_end, place_end)
        name_start = role_end
        appositive = role_end + 1 < n and texts[role_end] == ","
        if appositive:
            name_start, rank_after = self.extend_role(words, role_end + 1, gaz_words, False, ranks_only=True)
            rank = rank or rank_after
        name_end = self.name_run(words, name_start, common, gaz_words, held=True, lead=appositive)
        # A rank inside the run ("… Jaya Irjen Karyoto"): the name starts after it.
        if name_end > name_start:
            after_rank, rank2 = self.extend_role(words, name_end, gaz_words, False, ranks_only=True)
            if rank2:
                second = self.name_run(words, after_rank, common, gaz_words, held=True)
                if second > after_rank:
                    role_end, name_start, name_end, rank = after_rank, after_rank, second, True
        # "pengamat politik, Siti Rahma": a later appositive name is the person's name.
        if name_end > name_start and name_start == role_end and name_end + 1 < n and texts[name_end] == ",":
            # "Kepala PVMBG, Dr. Hendra …": a rank or honorific may open the appositive
            after_rank, _ = self.extend_role(words, name_end + 1, gaz_words, False, ranks_only=True)
            second = self.name_run(words, after_rank, common, gaz_words, held=True, lead=True)
            if second > after_rank and (second - after_rank >= 2 or "-" in texts[after_rank]):
                role_end, name_start, name_end = name_end, after_rank, second
        # "Menteri Kerja Sama Pembangunan Norwegia, Ingrid Solheimsen, …": the title goes on to the comma
        if name_start == role_end:
            stop = max(name_end, role_end)
            if stop < n and texts[stop] != ",":
                titled = self.title_holder(words, stop, gaz_words, common)
                if titled:
                    role_end, name_start, name_end = titled
        # "Bupati Cianjur mengatakan": one capitalised word after a regional office is its place.
        if place_head and not rank and name_start == role_end and name_end - name_start == 1:
            role_end, name_start = name_end, name_end
        role = text[starts[i]:ends[role_end - 1]].rstrip(" ,") if role_end > i else None
        if name_end > name_start:
            name = text[starts[name_start]:ends[name_end - 1]]
            return self.skip_age(words, name_end), Mention("person", name, role=role)
        if role_end <= i:
            return None
        return role_end, Mention("role", role or texts[i], role=role)

    def gazetteer_mention(self, words, i, gaz_words, text):
        if i not in gaz_words:
            return None
        end, canonical, kind = gaz_words[i]
        stop = self.skip_parenthetical(words, end)
        if kind == "org" and stop in gaz_words and gaz_words[stop][2] in ("country", "region"):
            # "Kementerian Luar Negeri" + "Jepang": one institution of that country
            end = gaz_words[stop][0]
            stop = self.skip_parenthetical(words, end)
            surface = text[words.start[i]:words.end[end - 1]]
            return stop, Mention("org", surface)
        surface = text[words.start[i]:words.end[end - 1]]
        return stop, Mention("country" if kind == "country" else ("place" if kind == "region" else "org"),
                             surface, canonical=canonical)

    def org_at(self, words, i, gaz_words, common, text):
        head_end = self.match_head(words, i, self.org_heads)
        if not head_end:
            return None
        lower, capitalised = words.lower, words.capitalised
        if not capitalised[i] and lower[i] not in self.lowercase_heads:
            return None
        j = head_end
        while j < len(words):
            if j in gaz_words:
                j = self.skip_parenthetical(words, gaz_words[j][0])
            elif self.is_modifier(words, j):
                j += 1 if lower[j] not in self.paired else 2
            elif capitalised[j] and lower[j] not in self.function_words and lower[j] not in self.role_heads:
                j += 1
            elif lower[j] == "untuk" and j + 1 < len(words) and capitalised[j + 1]:
                j += 1
            elif lower[j] in ("dan", "&") and j > head_end and j + 1 < len(words) and capitalised[j + 1] \
                    and lower[j + 1] not in self.role_heads and lower[j + 1] not in self.org_heads:
                j += 1  # "Badan Penanggulangan Bencana dan Keadaan Darurat": one institution
            elif words.text[j] == "(":
                skipped = self.skip_parenthetical(words, j)
                if skipped == j:
                    break
                j = skipped
            else:
                break
        if j == head_end and not capitalised[i] and lower[i] not in self.lowercase_heads:
            return None
        surface = text[words.start[i]:words.end[j - 1]]
        return j, Mention("org", surface)

    @staticmethod
    def initial(words: Words, k: int) -> bool:
        """Whether word k starts its sentence (or a quotation or bracket inside it)."""
        return k == 0 or words.text[k - 1] in OPENERS

    def name_at(self, words, i, gaz_words, common, text):
        word = words.text[i]
        if ACRONYM.match(word) and words.lower[i] not in self.function_words and i not in gaz_words:
            return i + 1, Mention("org", word)
        if words.lower[i] in self.leading_particles:
            # "kata de Mistura", "kata von der Leyen": a name opened by a lower-case particle
            end = self.name_run(words, i, common, gaz_words)
            if end == i:
                return None
            return self.skip_age(words, end), Mention("name", text[words.start[i]:words.end[end - 1]])
        if not self.is_name_word(words, i, common, self.initial(words, i)):
            return None
        end = self.name_run(words, i, common, gaz_words, held=i > 0 and words.text[i - 1] == ",")
        if end == i:
            return None
        return self.skip_age(words, end), Mention("name", text[words.start[i]:words.end[end - 1]])

    def known_name_at(self, words, i, known, text):
        """ "Agung juga menyebut …" after "…, Agung Mulyono, …": a capitalised word that is also an office
        or a common word ("Agung", "Putra", "Budi") is a name when it is a word of a person's name found
        before (function words such as "Lalu" excepted)."""
        lower, capitalised = words.lower, words.capitalised
        if not capitalised[i] or lower[i] in self.function_words or lower[i] in self.never_names:
            return None
        end = i + 1
        while end < len(words) and capitalised[end] and lower[end] in known:
            end += 1
        return end, Mention("name", text[words.start[i]:words.end[end - 1]])

    def pronoun_at(self, words, i):
        low = words.lower[i]
        if low in self.person_pronouns:
            return i + 1, Mention("pronoun", words.text[i])
        if low in self.group_pronouns:
            return i + 1, Mention("group", words.text[i])
        return None

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        furniture = furniture_of(doc)
        common = frozenset(COMMON.findall(text))
        all_words = self.words(text, 0, len(text))
        word_starts = all_words.start
        gazetteer = self.gazetteer_at(text, all_words)
        gazetteer_starts = sorted(gazetteer)
        starters = self.starters(all_words)
        body = Intervals((s, e) for s, e, label, _ in items_of(doc, "klaim_paragraph") if label == "body")
        meta = doc._.klaim_meta
        dateline = meta.dateline_span if meta is not None else None
        items, persons = [], []
        known: set[str] = set()  # the words of the persons' names found so far
        for start, end in sentence_ranges(doc):
            if furniture.covers(start, end) or not body.overlaps(start, end):
                continue
            if dateline and start <= dateline[0] < end:
                start = max(start, dateline[1])  # "KYIV, outlet.co.id – " names no actor
            first, last = bisect.bisect_left(word_starts, start), bisect.bisect_left(word_starts, end)
            # the gazetteer names and candidates of this sentence, in its own word indices
            gaz_words = {}
            for i in gazetteer_starts[bisect.bisect_left(gazetteer_starts, first):
                                     bisect.bisect_left(gazetteer_starts, last)]:
                after, stop, canonical, kind = gazetteer[i]
                if stop <= end:
                    gaz_words[i - first] = (after - first, canonical, kind)
            candidates = [i - first for i in starters[bisect.bisect_left(starters, first):
                                                      bisect.bisect_left(starters, last)]]
            if gaz_words:
                candidates = sorted({*candidates, *gaz_words})
            words = all_words[first:last]
            for s, e, mention in self.mentions(text, words, gaz_words, candidates, common, known):
                items.append((s, e, mention.kind.upper(), mention))
                if mention.kind == "person" or (mention.kind == "name" and len(mention.name.split()) >= 2):
                    persons.append((s, mention.name, mention.role))
                    known.update(WORD.findall(mention.name.lower()))
        set_items(doc, "klaim_actor", items)
        doc._.klaim_persons = tuple(persons)
        return doc
