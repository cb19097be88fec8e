"""Find who is mentioned: countries and organisations from the gazetteer (with aliases and
metonyms such as "Pyongyang" for Korea Utara), organisation phrases ("Badan intelijen Korea
Selatan", "Kementerian Luar Negeri Jepang"), persons as role + capitalised name ("Menteri
Pertahanan AS Lloyd Austin", "Juru bicara Kepolisian, Budi Hartono"), roles without a name
("wakil menteri luar negeri"), bare capitalised names ("Austin", "Rina Marlina") and pronouns.

Person detection rests on the shape of Indonesian news prose (role words, capitalisation,
appositive commas), never on a list of names. Mentions become spans in `klaim_actor` with a
`Mention` payload (`base.items_of`); every person found with a role, and every name of two or more
words, is also kept in `doc._.klaim_persons` with its role, so that a later "Kim" or "Austin" can be
resolved to the full name the text gave.
"""
from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from spacy.tokens import Doc

from ..records import Mention
from .base import Intervals, RuleComponent, furniture_of, items_of, set_spans, text_of
from .sentences import sentence_ranges

WORD = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")
DERIVED = re.compile(r"^(?:pe[mnr]?|peng|ke|ber|me[mn]?|meng|di|ter)\w{3,}(?:an|kan|nya|i)$", re.IGNORECASE)
ACRONYM = re.compile(r"^[A-Z]{2,6}$")
MAX_NAME_WORDS = 5
OPENERS = frozenset('“"‘\'(«:.;!?–—-')


class Word(NamedTuple):
    text: str
    start: int
    end: int
    lower: str

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


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
        self.paired = dict(roles["paired_modifiers"])
        self.roman_numerals = frozenset(roles["roman_numerals"])
        self.english_glue = frozenset(roles["english_glue"])
        dates = self.rules["dates"]
        self.function_words = frozenset(roles["function_words"]) | frozenset(dates["months"]) | frozenset(
            dates["weekdays"])
        self.person_pronouns = frozenset(roles["pronouns_person"])
        # lower-case words that can open a mention: role and institution heads, pronouns
        self.lowercase_starts = frozenset(self.role_heads) | frozenset(self.org_heads) | frozenset(
            roles["pronouns_person"]) | frozenset(roles["pronouns_group"])
        self.never_names = frozenset(dates["months"]) | frozenset(dates["weekdays"]) | frozenset(
            roles["pronouns_person"]) | frozenset(roles["pronouns_group"]) | {"rp", "wib", "wita", "wit"}
        self.group_pronouns = frozenset(roles["pronouns_group"])

    # -- lexicon tests --------------------------------------------------------------------------
    def match_head(self, words: list[Word], i: int, table) -> int:
        """End index of the longest head phrase of `table` starting at word i (0 when none)."""
        options = table.get(words[i].lower)
        if not options:
            return 0
        for option in options:
            end = i + len(option)
            if end <= len(words) and all(words[i + k].lower == option[k] for k in range(len(option))):
                return end
        return 0

    def is_modifier(self, words: list[Word], j: int) -> bool:
        low = words[j].lower
        if low not in self.modifiers:
            return False
        pair = self.paired.get(low)
        return pair is None or (j + 1 < len(words) and words[j + 1].lower == pair)

    def is_name_word(self, word: Word, common: frozenset[str], initial: bool = True) -> bool:
        """A capitalised word that can be part of a name. Inside a sentence capitals are telling,
        so a word that is also a common word ("Lalu", "Budi") passes there but not at its start."""
        text = word.text
        if not text[:1].isupper() or not text[:1].isalpha():
            return False
        low = word.lower
        if low in self.never_names or (low in self.modifiers and low not in self.paired) \
                or low in self.role_heads or low in self.ranks:
            return False
        if low in self.org_heads:
            return False
        if initial and (low in self.function_words or low in common):
            return False
        return not DERIVED.match(text) or text[1:2].isupper() or not initial

    # -- parsing ----------------------------------------------------------------------------------
    def words(self, text: str, start: int, end: int) -> list[Word]:
        return [Word(w, m.start(), m.end(), w.lower()) for m in WORD.finditer(text, start, end) for w in (m.group(),)]

    def gazetteer_at(self, text: str, words: list[Word]) -> dict[int, tuple[int, str, str]]:
        """Start offset → (end offset, canonical name, kind) of gazetteer names among `words`."""
        found = {}
        n = len(words)
        for i, word in enumerate(words):
            options = self.gazetteer_first.get(word.text)
            if not options:
                continue
            for surface, parts in options:
                k = len(parts)
                if i + k <= n and all(words[i + j].text == parts[j] for j in range(1, k)):
                    stop = words[i + k - 1].end
                    if text[word.start:stop] == surface or " ".join(w.text for w in words[i:i + k]) == surface:
                        found[word.start] = (stop, *self.gazetteer[surface])
                        break
        return found

    def find(self, text: str, start: int, end: int, common: frozenset[str],
             words: list[Word] | None = None, gazetteer=None) -> list[tuple[int, int, Mention]]:
        """Actor mentions in one sentence text[start:end] (words and gazetteer hits may be precomputed)."""
        if words is None:
            words = self.words(text, start, end)
        if gazetteer is None:
            gazetteer = self.gazetteer_at(text, words)
        by_start = {w.start: i for i, w in enumerate(words)}
        gaz_words: dict[int, tuple[int, str, str]] = {}
        for offset, (stop, canonical, kind) in gazetteer.items():
            if offset in by_start and stop <= end:
                j = by_start[offset]
                while j < len(words) and words[j].end <= stop:
                    j += 1
                if j > by_start[offset] and words[j - 1].end == stop:
                    gaz_words[by_start[offset]] = (j, canonical, kind)
        mentions: list[tuple[int, int, Mention]] = []
        i = 0
        while i < len(words):
            word = words[i]
            if not (word.text[:1].isupper() or i in gaz_words or word.lower in self.lowercase_starts):
                i += 1  # most words start nothing
                continue
            found = (self.person_at(words, i, gaz_words, common, text)
                     or self.gazetteer_mention(words, i, gaz_words, text)
                     or self.org_at(words, i, gaz_words, common, text)
                     or self.name_at(words, i, gaz_words, common, text)
                     or self.pronoun_at(words, i))
            if found:
                stop, mention = found
                stop = max(stop, i + 1)
                mentions.append((words[i].start, words[stop - 1].end, mention))
                i = stop
            else:
                i += 1
        return mentions

    def skip_parenthetical(self, words: list[Word], j: int) -> int:
        """Skip an "(AS)"-style acronym in brackets after a name."""
        if (j + 2 < len(words) and words[j].text == "(" and words[j + 2].text == ")"
                and (ACRONYM.match(words[j + 1].text) or words[j + 1].capitalised)):
            return j + 3
        return j

    def is_rank(self, word: Word) -> bool:
        return word.lower in self.ranks or (word.lower.rstrip(".") in self.ranks and word.capitalised)

    def office_words_before_country(self, words: list[Word], j: int, gaz_words) -> int:
        """ "Menteri Unifikasi Korsel Kim …": capitalised words followed by a country and then a name
        belong to the office; returns the end of the country, or 0."""
        k = j
        while k < len(words) and k - j < 3 and k not in gaz_words and words[k].capitalised \
                and words[k].lower not in self.function_words:
            k += 1
        if k == j or k not in gaz_words or gaz_words[k][2] not in ("country", "org"):
            return 0
        end = self.skip_parenthetical(words, gaz_words[k][0])
        if end < len(words) and (words[end].capitalised or words[end].text == ","):
            return end
        return 0

    def org_name_end(self, words: list[Word], j: int) -> int:
        """After an institution's head word inside a role, the end of its name: "Dinas Sosial Garut
        Budi Santoso" keeps the last two capitalised words for the person, unless a rank or a
        bracketed acronym shows where the name ends ("Institute for … Finance (Indef) Eko …")."""
        n = len(words)
        k = j
        while k < n:
            word = words[k]
            if word.lower in self.english_glue:
                if k + 1 < n and words[k + 1].capitalised:
                    k += 1
                    continue
                break
            if not word.capitalised or self.is_rank(word):
                break
            run, left = k, 0  # capitalised words left in this run, across glue words
            while run < n:
                if words[run].lower in self.english_glue and run + 1 < n and words[run + 1].capitalised:
                    run += 1
                elif words[run].capitalised and not self.is_rank(words[run]):
                    run, left = run + 1, left + 1
                else:
                    break
            marked = run < n and (self.is_rank(words[run]) or words[run].text == "(")
            if not marked and left <= 2 and words[k - 1].lower not in self.english_glue:
                break  # what is left is the person's name
            k += 1
        return self.skip_parenthetical(words, k)

    def extend_role(self, words: list[Word], j: int, gaz_words, place_pending: bool,
                    ranks_only: bool = False) -> tuple[int, bool]:
        """End of the role words from j: offices' modifiers, institutions, places, ranks.

        Returns (end, whether a rank was seen). A place right after a regional office or an
        institution ("Bupati Cianjur …", "Polda Metro Jaya …") is taken when more capitalised
        words or a rank follow it, so that the name stays after it.
        """
        rank = False
        n = len(words)
        while j < n:
            word = words[j]
            low = word.lower
            if self.is_rank(word):
                j += 1
                rank = True
                place_pending = False
                if j < n and words[j].text == ".":
                    j += 1
            elif ranks_only:
                break
            elif j in gaz_words:
                j = self.skip_parenthetical(words, gaz_words[j][0])
                place_pending = False
            elif word.capitalised and low in self.org_heads:
                named = self.org_name_end(words, j + 1)
                place_pending = named == j + 1  # "Polda" alone: a place may follow
                j = named
            elif self.is_modifier(words, j):
                j += 1 if low not in self.paired else 2
            elif word.text in self.roman_numerals:
                j += 1
            elif low == "untuk" and j + 1 < n and (j + 1 in gaz_words or words[j + 1].capitalised):
                j += 1
            elif word.text in ",&" or low == "dan":
                if j + 1 < n and ((self.is_modifier(words, j + 1) and words[j + 1].capitalised)
                                  or (j + 1 in gaz_words and low == "dan")):
                    j += 1
                else:
                    break
            elif word.text == "(":
                skipped = self.skip_parenthetical(words, j)
                if skipped == j:
                    break
                j = skipped
            elif not place_pending and word.capitalised and self.office_words_before_country(words, j, gaz_words):
                j = self.office_words_before_country(words, j, gaz_words)
            elif place_pending and word.capitalised and j + 1 < n and (
                    self.is_rank(words[j + 1]) or (words[j + 1].capitalised and words[j + 1].text not in ",.")):
                j += 1
                place_pending = False
            else:
                break
        return j, rank

    def name_run(self, words: list[Word], j: int, common, gaz_words) -> int:
        """End of a run of capitalised name words from j (j itself when there is none)."""
        k = j
        while k < len(words) and k - j < MAX_NAME_WORDS:
            word = words[k]
            if k in gaz_words:
                break
            if word.text in self.roman_numerals and not (k + 1 < len(words) and words[k + 1].text == "."):
                break
            if self.is_name_word(word, common, self.initial(words, k)):
                k += 1
                if k < len(words) and words[k].text == "." and len(word.text) == 1:
                    k += 1  # an initial: "J."
            elif word.lower in self.particles and k > j and k + 1 < len(words) and words[k + 1].capitalised:
                k += 1
            else:
                break
        return k

    def person_at(self, words, i, gaz_words, common, text):
        head_end = self.match_head(words, i, self.role_heads)
        if not head_end:
            return None
        n = len(words)
        head = " ".join(w.lower for w in words[i:head_end])
        # a regional office ("Bupati") or an office of an institution ("Kepala Dinas") may name its place
        place_head = head in self.place_heads or words[head_end - 1].lower in self.org_heads
        role_end, rank = self.extend_role(words, head_end, gaz_words, place_head)
        if head in self.resident_heads:
            # "warga El Fasher": the place they live in; a name only follows a comma ("…, Ahmed Nasser")
            place_end = self.name_run(words, role_end, common, gaz_words)
            if place_end > role_end and not (place_end < n and words[place_end].text == ","):
                role = text[words[i].start:words[place_end - 1].end]
                return place_end, Mention("role", role, role=role)
            role_end = max(role_end, place_end)
        name_start = role_end
        if role_end < n and words[role_end].text == "," and role_end + 1 < n:
            name_start, rank_after = self.extend_role(words, role_end + 1, gaz_words, False, ranks_only=True)
            rank = rank or rank_after
        name_end = self.name_run(words, name_start, common, gaz_words)
        # A rank inside the run ("… Jaya Irjen Karyoto"): the name starts after it.
        if name_end > name_start:
            after_rank, rank2 = self.extend_role(words, name_end, gaz_words, False, ranks_only=True)
            if rank2:
                second = self.name_run(words, after_rank, common, gaz_words)
                if second > after_rank:
                    role_end, name_start, name_end, rank = after_rank, after_rank, second, True
        # "pengamat politik, Siti Rahma": a later appositive name is the person's name.
        if name_end > name_start and name_start == role_end and name_end + 1 < n and words[name_end].text == ",":
            second = self.name_run(words, name_end + 1, common, gaz_words)
            if second > name_end + 1 and (second - name_end - 1 >= 2 or "-" in words[name_end + 1].text):
                role_end, name_start, name_end = name_end, name_end + 1, second
        # "Bupati Cianjur mengatakan": one capitalised word after a regional office is its place.
        if place_head and not rank and name_start == role_end and name_end - name_start == 1:
            role_end, name_start = name_end, name_end
        role = text[words[i].start:words[role_end - 1].end].rstrip(" ,") if role_end > i else None
        if name_end > name_start:
            name = text[words[name_start].start:words[name_end - 1].end]
            return name_end, Mention("person", name, role=role)
        if role_end <= i:
            return None
        return role_end, Mention("role", role or words[i].text, role=role)

    def gazetteer_mention(self, words, i, gaz_words, text):
        if i not in gaz_words:
            return None
        end, canonical, kind = gaz_words[i]
        stop = self.skip_parenthetical(words, end)
        if kind == "org" and stop in gaz_words and gaz_words[stop][2] in ("country", "region"):
            # "Kementerian Luar Negeri" + "Jepang": one institution of that country
            end = gaz_words[stop][0]
            stop = self.skip_parenthetical(words, end)
            surface = text[words[i].start:words[end - 1].end]
            return stop, Mention("org", surface)
        surface = text[words[i].start:words[end - 1].end]
        return stop, Mention("country" if kind == "country" else ("place" if kind == "region" else "org"),
                             surface, canonical=canonical)

    def org_at(self, words, i, gaz_words, common, text):
        word = words[i]
        head_end = self.match_head(words, i, self.org_heads)
        if not head_end:
            return None
        if not word.capitalised and word.lower not in self.lowercase_heads:
            return None
        j = head_end
        while j < len(words):
            w = words[j]
            if j in gaz_words:
                j = self.skip_parenthetical(words, gaz_words[j][0])
            elif self.is_modifier(words, j):
                j += 1 if w.lower not in self.paired else 2
            elif w.capitalised and w.lower not in self.function_words and w.lower not in self.role_heads:
                j += 1
            elif w.lower == "untuk" and j + 1 < len(words) and words[j + 1].capitalised:
                j += 1
            elif w.text == "(":
                skipped = self.skip_parenthetical(words, j)
                if skipped == j:
                    break
                j = skipped
            else:
                break
        if j == head_end and not word.capitalised and word.lower not in self.lowercase_heads:
            return None
        surface = text[word.start:words[j - 1].end]
        return j, Mention("org", surface)

    @staticmethod
    def initial(words: list[Word], k: int) -> bool:
        """Whether word k starts its sentence (or a quotation or bracket inside it)."""
        return k == 0 or words[k - 1].text in OPENERS

    def name_at(self, words, i, gaz_words, common, text):
        word = words[i]
        if ACRONYM.match(word.text) and word.lower not in self.function_words and i not in gaz_words:
            return i + 1, Mention("org", word.text)
        if not self.is_name_word(word, common, self.initial(words, i)):
            return None
        end = self.name_run(words, i, common, gaz_words)
        if end == i:
            return None
        return end, Mention("name", text[word.start:words[end - 1].end])

    def pronoun_at(self, words, i):
        low = words[i].lower
        if low in self.person_pronouns:
            return i + 1, Mention("pronoun", words[i].text)
        if low in self.group_pronouns:
            return i + 1, Mention("group", words[i].text)
        return None

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        furniture = furniture_of(doc)
        common = frozenset(re.findall(r"(?<![\w])[a-z]+", text))
        all_words = self.words(text, 0, len(text))
        word_starts = [w.start for w in all_words]
        gazetteer = self.gazetteer_at(text, all_words)
        body = Intervals((s, e) for s, e, label, _ in items_of(doc, "klaim_paragraph") if label == "body")
        meta = doc._.klaim_meta
        dateline = meta.dateline_span if meta is not None else None
        items, persons = [], []
        for start, end in sentence_ranges(doc):
            if furniture.covers(start, end) or not body.overlaps(start, end):
                continue
            if dateline and start <= dateline[0] < end:
                start = max(start, dateline[1])  # "KYIV, outlet.co.id – " names no actor
            words = all_words[bisect.bisect_left(word_starts, start):bisect.bisect_left(word_starts, end)]
            for s, e, mention in self.find(text, start, end, common, words, gazetteer):
                items.append((s, e, mention.kind.upper(), mention))
                if mention.kind == "person" or (mention.kind == "name" and len(mention.name.split()) >= 2):
                    persons.append((s, mention.name, mention.role))
        set_spans(doc, "klaim_actor", items)
        doc._.klaim_persons = tuple(persons)
        return doc
