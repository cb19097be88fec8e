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

from spacy.tokens import Doc

from ..component import Intervals, RuleComponent, furniture_of, items_of, set_items, text_of
from ..records import Mention
from ..text.sentences import sentence_ranges
from .actor_lexicon import NO_WORDS, PLACE_KINDS, DocumentNames, Gazetteer, GazetteerName, gazetteer_name
from .persons import Found, PersonGrammar
from .words import ACRONYM, COMMON, WORD, Words

__all__ = ("ACRONYM", "ActorFinder", "ActorGrammar")

class ActorGrammar(PersonGrammar):
    """Every kind of actor mention in a sentence: persons and roles (`PersonGrammar`), gazetteer
    names, institutions, bare names, pronouns and names of persons found before."""

    __slots__ = ()

    def find(self, text: str, start: int, end: int, common: frozenset[str]) -> list[tuple[int, int, Mention]]:
        """Actor mentions in one sentence text[start:end]; `common` are the lower-case words of the text."""
        words = self.words(text, start, end)
        gazetteer = {i: gazetteer_name(after, canonical, kind)
                     for i, (after, stop, canonical, kind) in self.gazetteer_at(text, words).items() if stop <= end}
        return self.mentions(text, words, gazetteer, sorted({*self.starters(words), *gazetteer}), common)

    def mentions(self, text: str, words: Words, gazetteer: Gazetteer, starters: list[int],
                 common: frozenset[str], known: set[str] | frozenset[str] = NO_WORDS) -> list[tuple[int, int, Mention]]:
        """(start, end, mention) of the actor mentions among the words of one sentence: `gazetteer` its
        gazetteer names, `starters` the candidate words in order, `known` the lower-cased words of the
        persons' names found before."""
        mentions: list[tuple[int, int, Mention]] = []
        free = 0  # the first word not yet inside a mention
        lower = words.lower
        for i in starters:
            if i < free:
                continue
            # each finder is asked only when its first test (the word's lexicon entry) can pass
            low = lower[i]
            found = (((low in self.role_heads or low in self.role_prefixes)
                      and self.person_at(words, i, gazetteer, common, text))
                     or (i in gazetteer and self.gazetteer_mention(words, i, gazetteer, text))
                     or (low in self.org_heads and self.org_at(words, i, gazetteer, text))
                     or self.name_at(words, i, gazetteer, common, text)
                     or (low in self.pronouns and self.pronoun_at(words, i))
                     or (low in known and self.known_name_at(words, i, known, text)))
            if found:
                stop, mention = found
                stop = max(stop, i + 1)
                mentions.append((words.start[i], words.end[stop - 1], mention))
                free = stop
        return mentions

    def gazetteer_mention(self, words: Words, i: int, gazetteer: Gazetteer, text: str) -> Found | None:
        """The country, place or organisation of the gazetteer at word i (with the country an
        institution belongs to: "Kementerian Luar Negeri" + "Jepang")."""
        if i not in gazetteer:
            return None
        end, canonical, kind = gazetteer[i]
        stop = self.skip_parenthetical(words, end)
        if kind == "org" and stop in gazetteer and gazetteer[stop].kind in PLACE_KINDS:
            # "Kementerian Luar Negeri" + "Jepang": one institution of that country
            end = gazetteer[stop].after
            stop = self.skip_parenthetical(words, end)
            return stop, Mention("org", text[words.start[i]:words.end[end - 1]])
        surface = text[words.start[i]:words.end[end - 1]]
        return stop, Mention("country" if kind == "country" else ("place" if kind == "region" else "org"),
                             surface, canonical=canonical)

    def org_at(self, words: Words, i: int, gazetteer: Gazetteer, text: str) -> Found | None:
        """An institution opened by its head word ("Badan intelijen Korea Selatan", "Dinas Sosial")."""
        head_end = self.match_head(words, i, self.org_heads)
        if not head_end:
            return None
        lower, capitalised = words.lower, words.capitalised
        if not capitalised[i] and lower[i] not in self.lowercase_heads:
            return None
        j = self.org_name_words(words, head_end, gazetteer)
        if j == head_end and not capitalised[i] and lower[i] not in self.lowercase_heads:
            return None
        return j, Mention("org", text[words.start[i]:words.end[j - 1]])

    def org_name_words(self, words: Words, head_end: int, gazetteer: Gazetteer) -> int:
        """The end of an institution's name after its head: modifiers, capitalised words, places."""
        lower, capitalised = words.lower, words.capitalised
        n = len(words.text)
        j = head_end
        while j < n:
            if j in gazetteer:
                j = self.skip_parenthetical(words, gazetteer[j].after)
            elif self.is_modifier(words, j):
                j += 1 if lower[j] not in self.paired else 2
            elif capitalised[j] and lower[j] not in self.function_words and lower[j] not in self.role_heads:
                j += 1
            elif lower[j] in self.purpose_words and j + 1 < n and capitalised[j + 1]:
                j += 1
            elif (lower[j] in self.conjunctions or lower[j] == "&") and j > head_end and j + 1 < n \
                    and capitalised[j + 1] and lower[j + 1] not in self.role_heads and lower[j + 1] not in self.org_heads:
                j += 1  # "Badan Penanggulangan Bencana dan Keadaan Darurat": one institution
            elif words.text[j] == "(":
                skipped = self.skip_parenthetical(words, j)
                if skipped == j:
                    break
                j = skipped
            else:
                break
        return j

    def name_at(self, words: Words, i: int, gazetteer: Gazetteer, common: frozenset[str], text: str) -> Found | None:
        """An acronym ("PBB") or a bare name ("Austin", "Rina Marlina", "de Mistura") at word i."""
        word = words.text[i]
        if ACRONYM.match(word) and words.lower[i] not in self.function_words and i not in gazetteer:
            return i + 1, Mention("org", word)
        if words.lower[i] in self.leading_particles:
            # "kata de Mistura", "kata von der Leyen": a name opened by a lower-case particle
            end = self.name_run(words, i, common, gazetteer)
            if end == i:
                return None
            return self.skip_age(words, end), Mention("name", text[words.start[i]:words.end[end - 1]])
        if not self.is_name_word(words, i, common, words.opens(i)):
            return None
        end = self.name_run(words, i, common, gazetteer, held=i > 0 and words.text[i - 1] == ",")
        if end == i:
            return None
        return self.skip_age(words, end), Mention("name", text[words.start[i]:words.end[end - 1]])

    def known_name_at(self, words: Words, i: int, known: set[str] | frozenset[str], text: str) -> Found | None:
        """ "Agung juga menyebut …" after "…, Agung Mulyono, …": a capitalised word that is also an office
        or a common word ("Agung", "Putra", "Budi") is a name when it is a word of a person's name found
        before (function words such as "Lalu" excepted)."""
        lower, capitalised = words.lower, words.capitalised
        if not capitalised[i] or lower[i] in self.function_words or lower[i] in self.never_names:
            return None
        end = i + 1
        while end < len(words.text) and capitalised[end] and lower[end] in known:
            end += 1
        return end, Mention("name", text[words.start[i]:words.end[end - 1]])

    def pronoun_at(self, words: Words, i: int) -> Found | None:
        """A person's ("ia", "beliau") or a group's pronoun ("mereka")."""
        low = words.lower[i]
        if low in self.person_pronouns:
            return i + 1, Mention("pronoun", words.text[i])
        if low in self.group_pronouns:
            return i + 1, Mention("group", words.text[i])
        return None


class ActorFinder(RuleComponent):
    """The component: actor mentions of every body sentence into `klaim_actor`, and the persons
    found (with their roles) into `doc._.klaim_persons`."""

    DEFAULT_RULES = {"actors": "actors.jsonl", "roles": "roles.json", "dates": "dates.json"}

    def compile(self) -> None:
        self.grammar = ActorGrammar(self.rules)

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        grammar = self.grammar
        common = frozenset(COMMON.findall(text))
        all_words = grammar.words(text, 0, len(text))
        gazetteer = grammar.gazetteer_at(text, all_words)
        gazetteer_starts = sorted(gazetteer)
        starters = grammar.starters(all_words)
        items: list[tuple[int, int, str, Mention]] = []
        persons: list[tuple[int, str, str | None]] = []
        known: set[str] = set()  # the words of the persons' names found so far
        for first, last, end in self.sentences(doc, all_words):
            sentence_gazetteer = sentence_names(gazetteer, gazetteer_starts, first, last, end)
            candidates = [i - first for i in starters[bisect.bisect_left(starters, first):
                                                      bisect.bisect_left(starters, last)]]
            if sentence_gazetteer:
                candidates = sorted({*candidates, *sentence_gazetteer})
            words = all_words[first:last]
            for start, stop, mention in grammar.mentions(text, words, sentence_gazetteer, candidates, common, known):
                items.append((start, stop, mention.kind.upper(), mention))
                if mention.kind == "person" or (mention.kind == "name" and len(mention.name.split()) >= 2):
                    persons.append((start, mention.name, mention.role))
                    known.update(WORD.findall(mention.name.lower()))
        set_items(doc, "klaim_actor", items)
        doc._.klaim_persons = tuple(persons)
        return doc

    @staticmethod
    def sentences(doc: Doc, all_words: Words) -> list[tuple[int, int, int]]:
        """(first word, word after the last, end offset) of each body sentence outside furniture, the
        dateline cut off ("KYIV, outlet.co.id – " names no actor)."""
        furniture = furniture_of(doc)
        body = Intervals((start, end) for start, end, label, _ in items_of(doc, "klaim_paragraph") if label == "body")
        meta = doc._.klaim_meta
        dateline = meta.dateline_span if meta is not None else None
        word_starts = all_words.start
        found = []
        for start, end in sentence_ranges(doc):
            if furniture.covers(start, end) or not body.overlaps(start, end):
                continue
            if dateline and start <= dateline[0] < end:
                start = max(start, dateline[1])
            found.append((bisect.bisect_left(word_starts, start), bisect.bisect_left(word_starts, end), end))
        return found


def sentence_names(gazetteer: DocumentNames, starts: list[int], first: int, last: int,
                   end: int) -> Gazetteer:
    """The gazetteer names of the document within words first..last (ending by `end`), in the
    sentence's own word indices; `starts` are the gazetteer's keys in order."""
    found: Gazetteer = {}
    new_tuple = tuple.__new__
    for i in starts[bisect.bisect_left(starts, first):bisect.bisect_left(starts, last)]:
        after, stop, canonical, kind = gazetteer[i]
        if stop <= end:
            found[i - first] = new_tuple(GazetteerName, (after - first, canonical, kind))  # = gazetteer_name()
    return found
