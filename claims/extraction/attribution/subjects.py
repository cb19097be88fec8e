"""The subject of a clause: who stands before a reporting verb ("Menteri X, yang …, mengatakan",
"Kelompok itu membantah", "Jepang, sekutu dekat Filipina, mengumumkan")."""
from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import NamedTuple

from ..mentions.actors import ACRONYM
from .adjuncts import strip_adjuncts
from .context import WORD, Context, Located, Speaker, clean
from .coreference import Coreference
from .rules import AttributionRules
from .speakers import Speakers

Word = tuple[int, int, str]  # (start, end, text) of a word in the document


class Subject(NamedTuple):
    speaker: Speaker | None
    coordinated: bool = False  # "… dan mengatakan": the verb shares a subject further back


NO_SUBJECT = Subject(None)
COORDINATED = Subject(None, coordinated=True)


class Subjects:
    def __init__(self, rules: AttributionRules, coreference: Coreference, speakers: Speakers) -> None:
        self.rules = rules
        self.coreference = coreference
        self.speakers = speakers

    def subject(self, ctx: Context, clause_start: int, verb_start: int, demand: bool) -> Subject:
        """The subject before the verb at `verb_start`; a demand ("mendesak") needs one that opens the clause."""
        rules = self.rules
        start = strip_adjuncts(rules, ctx, clause_start, verb_start)
        region = ctx.text[start:verb_start]
        if "," in region:
            region = self._without_asides(region)
        anaphoric = self._anaphoric(ctx, region, start)
        if anaphoric is not None:
            return anaphoric
        words = [(m.start() + start, m.end() + start, m.group()) for m in WORD.finditer(region)]
        mention_spans = ctx.mentions_in(start, verb_start)
        if mention_spans:
            words = words[:self._subject_end(words, mention_spans)]
            appositive = self._appositive(ctx, words, mention_spans)
            if appositive is not None:
                return Subject(appositive)
        self._drop_before_verb(ctx, words)
        if not words:
            return NO_SUBJECT
        last = words[-1][2].lower()
        if last in rules.coordinators:
            return COORDINATED
        if demand and words[-1][2] == "," and not (
                mention_spans and mention_spans[-1][1] == words[-1][0] and mention_spans[-1][2].kind == "person"):
            return NO_SUBJECT  # "…, mendesak …" goes on a clause; "Menteri X, Nama, mendesak …" is a subject
        if last in rules.negators or last in rules.blockers:
            return NO_SUBJECT
        np_start, k = self._noun_phrase_start(words, mention_spans)
        if np_start is None:
            return NO_SUBJECT
        if k >= 0 and (words[k][2].lower() in rules.prepositions or demand):
            return NO_SUBJECT  # after a preposition; and a demand needs its subject at the start of the clause
        np_end = words[-1][1]
        np_text = clean(region[np_start - start:np_end - start])
        np_mentions = [m for m in mention_spans if np_start <= m[0] < np_end]
        return Subject(self.speakers.from_mentions(ctx, np_mentions, np_start, np_text))

    def _without_asides(self, region: str) -> str:
        """Relative clauses and "menurut …" parentheticals blanked out: ", yang …," / ", menurut …,"."""
        clauses = list(self.rules.relative_clause.finditer(region))
        if not clauses:
            return region
        masked = list(region)
        for match in clauses:
            for k in range(match.start() + 1, match.end() - (1 if match.group().endswith(",") else 0)):
                masked[k] = " "
        return "".join(masked)

    def _anaphoric(self, ctx: Context, region: str, start: int) -> Subject | None:
        """ "Pejabat itu …", "Kelompok itu …": someone, or an organisation, named before."""
        rules = self.rules
        person = rules.person_anaphora.match(region)
        if person and all(w.lower() in rules.skip_before_verb for w in WORD.findall(person.group("rest"))):
            # "Pejabat itu menyebut …", "Juru bicara tersebut memastikan …"
            return Subject(self.coreference.role_antecedent(ctx, start, person.group("head").lower()))
        anaphora = rules.anaphora.match(region)
        if anaphora and all(w.lower() in rules.skip_before_verb for w in WORD.findall(anaphora.group("rest"))):
            # "Kelompok itu membantah …": the organisation (or country) named before
            head = anaphora.group("head").lower()
            return Subject(self.coreference.antecedent(ctx, start, rules.anaphoric_heads[head], head))
        return None

    def _subject_end(self, words: Sequence[Word], mention_spans: Sequence[Located]) -> int:
        """How many words the subject may use: not "X yang enggan disebutkan namanya", "X dalam
        pernyataannya", nor a place or channel after the subject."""
        rules = self.rules
        starts = [w[0] for w in words]
        count = len(words)
        after = bisect.bisect_left(starts, mention_spans[-1][1])  # the first word after the last mention
        for i in range(after, count):
            if words[i][2].lower() in rules.relative_pronouns:
                return i
        if after < count and words[after][2].lower() in rules.pp_before_verb:
            return after
        # "Angkatan Udara Ukraina dalam pernyataannya di Telegram menyebut": the adjunct after the
        # subject names a place or channel, no speaker
        for _, mention_end, _ in mention_spans[:-1]:
            following = bisect.bisect_left(starts, mention_end)
            if following < count and words[following][2].lower() in rules.channel_words:
                return following
        return count

    def _appositive(self, ctx: Context, words: Sequence[Word], mention_spans: Sequence[Located]) -> Speaker | None:
        """ "Amerika Serikat, sekutu utama Israel, mengumumkan": the actor before the description."""
        first = mention_spans[0]
        last = len(words) - 1  # past adverbs and dates before the verb: "…, bulan lalu menyetujui"
        while last > 0 and (words[last][2].lower() in self.rules.skip_before_verb
                            or ctx.dates.covers(words[last][0], words[last][1])):
            last -= 1
        if not (words and words[last][2] == "," and words[0][0] == first[0] and first[1] < words[last][0]):
            return None
        between = ctx.text[first[1]:words[last][0]].strip()
        if not between.startswith(",") or "," in between[1:]:
            return None
        speaker = self.speakers.from_mentions(ctx, [first], first[0], ctx.text[first[0]:first[1]])
        if speaker is not None:
            speaker.role = speaker.role or clean(between[1:])
        return speaker

    def _drop_before_verb(self, ctx: Context, words: list[Word]) -> None:
        """Strip adverbs, dates and brackets right before the verb ("(kanan)", "(5/11)"), but not an
        acronym in brackets, which is part of the name."""
        skip = self.rules.skip_before_verb
        while words:
            s, e, w = words[-1]
            acronym = w == ")" and len(words) >= 3 and words[-3][2] == "(" and ACRONYM.match(words[-2][2])
            if acronym or not (w.lower() in skip or ctx.dates.covers(s, e) or w in ")"):
                return
            if w == ")":
                depth = 0
                while words:
                    w2 = words.pop()[2]
                    depth += (w2 == ")") - (w2 == "(")
                    if depth == 0:
                        break
                continue
            words.pop()

    def _noun_phrase_start(self, words: Sequence[Word], mention_spans: Sequence[Located]) -> tuple[int | None, int]:
        """Walk back over the noun phrase that ends the words: (where it starts, index of the word
        before it, -1 when none)."""
        rules = self.rules
        k = len(words) - 1
        np_start = None
        while k >= 0:
            s, e, w = words[k]
            inside = next((m for m in mention_spans if m[0] <= s and e <= m[1]), None)
            if inside is not None:
                np_start = inside[0]
                while k >= 0 and words[k][0] >= inside[0]:
                    k -= 1
                continue
            low = w.lower()
            coordinator = low in rules.coordinators
            if w in ",()" or low in rules.np_words or coordinator or low in rules.person_pronouns:
                if coordinator and (k == 0 or not any(m[1] == words[k - 1][1] for m in mention_spans)):
                    break  # "… mengadakan pertemuan dan": verbs coordinated, not names
                if w not in ",()":
                    np_start = s
                k -= 1
                continue
            break
        return np_start, k

    def clause_subject(self, ctx: Context, clause_start: int, verb_start: int) -> Speaker | None:
        """The first actor of a clause ("Filipina menggelar rapat … dan mengatakan …")."""
        start = strip_adjuncts(self.rules, ctx, clause_start, verb_start)
        mentions = ctx.mentions_in(start, verb_start)
        if not mentions or len(ctx.text[start:mentions[0][0]].split()) > 1:
            return None
        first = mentions[0]
        return self.speakers.from_mentions(ctx, [first], first[0], ctx.text[first[0]:first[1]])
