"""Who claims a figure, who sends or gives what it counts, and to whom.

The claimant is the speaker of the statement the figure stands in, else the source a later sentence
names for it ("Informasi ini diungkap oleh …"), else the speaker of an earlier sentence of the same
paragraph; troops and money nobody is quoted on are claimed by whoever the sentence says sends or
gives them ("Polri mengerahkan 2.300 personel", "… dikerahkan oleh Polda Jambi"). The word lists are
`lexicon/claims.json` (`agent_claims`, `prepositions`, `target_markers`) and the complementizers of
`lexicon/statements.json`.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

from ..records import Mention, Statement
from ..text.patterns import alternation
from .layout import Layout, Range, clause_around

WORD = re.compile(r"[\w-]+")
AGENT_KINDS = ("org", "country", "person", "name")
SPEAKER_KIND = {"person": "person", "name": "person", "country": "country"}  # a mention's kind as a speaker's; else org


class Actor(NamedTuple):
    """An actor mention and where it stands."""
    start: int
    end: int
    mention: Mention


class Speaker(NamedTuple):
    name: str | None
    role: str | None
    kind: str | None  # person | org | country

    @classmethod
    def of_agent(cls, mention: Mention) -> Speaker:
        return cls(mention.name, mention.role, SPEAKER_KIND.get(mention.kind, "org"))


NOBODY = Speaker(None, None, None)


class Sources:
    """A document's statements in order of their evidence, for `Claimants.source_of`."""

    def __init__(self, statements: Iterable[Statement]):
        self.statements = sorted(statements, key=lambda statement: statement.evidence[0])
        self.starts = [statement.evidence[0] for statement in self.statements]
        self.back_references = [statement for statement in self.statements if not statement.claim]


class Mentions:
    """A document's actor mentions (in order), looked up by sentence."""

    KINDS = ("country", "org", "person", "name", "group")

    def __init__(self, mentions: Iterable[tuple[int, int, Mention]]):
        self.mentions = list(mentions)  # made `Actor`s only for the sentences asked about
        self.starts = [start for start, _, _ in self.mentions]
        # the actor finder writes mentions in order; were they not, every lookup would read them all
        self.ordered = all(a <= b for a, b in zip(self.starts, self.starts[1:], strict=False))
        self.by_sentence: dict[Range, list[Actor]] = {}

    def actors_in(self, sentence: Range) -> list[Actor]:
        """The country, organisation, person, name and group mentions inside a sentence."""
        found = self.by_sentence.get(sentence)
        if found is None:
            sentence_start, sentence_end = sentence
            candidates = self.mentions
            if self.ordered:
                candidates = candidates[bisect.bisect_left(self.starts, sentence_start):
                                        bisect.bisect_right(self.starts, sentence_end)]
            found = self.by_sentence[sentence] = [
                Actor(start, end, mention) for start, end, mention in candidates
                if sentence_start <= start and end <= sentence_end and mention.kind in self.KINDS]
        return found


def source_of(statements: Sources, layout: Layout, start: int, end: int, sentence: Range) -> Statement | None:
    """Who claims the figure text[start:end]: the statement it stands in, another clause of its
    sentence, a later "Informasi ini diungkap oleh X", else a reported statement earlier in its paragraph."""
    starts, ordered = statements.starts, statements.statements
    sentence_start, sentence_end = sentence
    # each test looks only at the statements whose evidence can start where it needs
    for statement in ordered[:bisect.bisect_right(starts, start)]:
        if statement.claim and statement.evidence[0] <= start and end <= statement.evidence[1]:
            return statement
    for statement in ordered[bisect.bisect_left(starts, sentence_start):bisect.bisect_right(starts, sentence_end)]:
        if statement.claim and statement.evidence[0] >= sentence_start and statement.evidence[1] <= sentence_end:
            return statement
    for statement in statements.back_references:
        if any(a <= start and end <= b for a, b in statement.targets):
            return statement
    paragraph_start = layout.paragraph_of(start)[0]
    # a reported statement, or a source recording figures ("Korlantas mencatat …"), earlier in the
    # paragraph: "Hingga Senin, tercatat 41 orang meninggal" goes on with what it recorded
    earlier = [statement for statement in ordered[bisect.bisect_left(starts, paragraph_start):
                                                  bisect.bisect_right(starts, sentence_start)]
               if (statement.claim and not statement.direct or statement.records_figures)
               and paragraph_start <= statement.evidence[0] and statement.evidence[1] <= sentence_start]
    return earlier[-1] if earlier else None


def actor_name(text: str, actor: Actor, unit_end: int) -> str | None:
    """The actor a mention names; one that begins with the counted noun ("tentara Iran") names what
    follows it, if that is a proper name."""
    if actor.start < unit_end < actor.end:
        rest = text[unit_end:actor.end].strip()
        return rest if rest[:1].isupper() else None
    return actor.mention.canonical or actor.mention.name


class Claimants:
    """Agents and roles of figures, compiled from the `claims.json` rules."""

    def __init__(self, rules: Mapping[str, Any], complementizers: Iterable[str]):
        agents = rules["agent_claims"]
        adverbs = alternation(agents["adverbs"])
        # "Polri (telah) mengerahkan (sebanyak) 2.300 personel": an active verb and a few words before the figure
        # "Polri bersama TNI dan instansi terkait mengerahkan": partners in lower case may stand between
        partners = rf"(?:\s+(?:{alternation(agents['coordinators'])})\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,2}})?"
        self.agent_verb = re.compile(
            rf"{partners}\s*(?:(?:{adverbs})\s+)*(?:{agents['active_verb']})(?:\s+\(?[\w-]+\)?)"
            rf"{{0,{agents['words_after_verb']}}}\s*$")
        self.agent_by = re.compile(rf"[^,;.]{{0,60}}?(?<![\w-])(?:{alternation(agents['passive_by'])})\s+$",
                                   re.IGNORECASE)
        self.agent_kinds = frozenset(agents["kinds"])
        self.amount_apposition = re.compile(rf"\s*(?:{alternation(agents['amount_apposition'])})(?![\w-])",
                                            re.IGNORECASE)
        self.coordination = re.compile(rf"\s*(?:{alternation(agents['coordinators'])})\s+[^,.;]{{0,40}}",
                                       re.IGNORECASE)
        # the same verb opening a clause that runs on to ", senilai …"
        self.agent_opens = re.compile(rf"{partners}\s*(?:(?:{adverbs})\s+)*(?:{agents['active_verb']})(?![\w-])")
        self.preposition = re.compile(rf"(?<![\w-])(?:{alternation(rules['prepositions'])})(?![\w-])")
        self.target_after = re.compile(rf"^[^.;]{{0,80}}?\b(?:{alternation(rules['target_markers'])})\s+$",
                                       re.IGNORECASE)
        self.complementizers = tuple(complementizers)  # "bahwa": what follows is what was said

    def agent_of(self, text: str, start: int, end: int, sentence: Range, mentions: Mentions) -> Actor | None:
        """The actor a sentence says sends the troops or gives the money: the subject of the active
        verb right before the figure, in its clause ("Di Jakarta, Polda Metro Jaya menurunkan 9.250
        personel"), or the agent of a passive after it ("… dikerahkan oleh Polda Jambi")."""
        clause_start, clause_end = clause_around(text, start, end, sentence)
        apposition = self.amount_apposition.match(text, clause_start, start)
        if apposition:
            # "Kemhan membeli 24 jet dari perusahaan AS, Boeing, senilai 8,1 miliar dolar AS": the
            # actor that opens a clause with its verb, anywhere before in the sentence
            clause_start = sentence[0]
        actors = [actor for actor in mentions.actors_in(sentence) if actor.mention.kind in AGENT_KINDS]
        verb_phrase = self.agent_opens if apposition else self.agent_verb
        for index in range(len(actors) - 1, -1, -1):
            actor = actors[index]
            if clause_start <= actor.start and actor.end <= start and verb_phrase.match(text, actor.end, start):
                # "Polres Serang bersama Kodim 0602/Serang menyiagakan …": the first of coordinated actors
                first = index
                for earlier in range(index - 1, -1, -1):
                    if actors[earlier].start < clause_start:
                        break
                    if self.coordination.fullmatch(text, actors[earlier].end, actors[first].start):
                        first = earlier
                return actors[first]
        for actor in mentions.actors_in(sentence):
            if actor.mention.kind in AGENT_KINDS and end <= actor.start and actor.end <= clause_end \
                    and self.agent_by.match(text, end, actor.start):
                return actor
        return None

    def roles(self, text: str, start: int, end: int, unit_end: int, kind: str, sentence: Range,
              mentions: Mentions, source: Statement | None) -> tuple[str | None, str | None]:
        """(subject, target): whose troops or who gives, and to whom or where. `unit_end` is where
        the counted noun after the figure ends.

        Troops and people belong to the country named right after them ("8.000 tentara Iran"),
        else to the actor closest before the figure ("Iran mengirim 1.200 tentara");
        money comes from the subject of its clause ("AS memberikan bantuan $400 juta"). The speaker
        is no subject ("Pentagon menyebut 8 ribu tentara …"), and "mereka" is the speaker's side.
        """
        actors = mentions.actors_in(sentence)
        speaker = (source.speaker or "") if source else ""
        subject = target = None
        for actor in actors:
            if actor.end <= unit_end or actor.mention.kind == "group":
                continue
            gap = text[end:max(actor.start, unit_end)].lower()
            if kind != "aid_amount" and subject is None and len(WORD.findall(gap)) <= 3 \
                    and not self.preposition.search(gap):
                subject = actor_name(text, actor, unit_end)
            elif target is None and actor.start >= end and self.target_after.match(text[end:actor.start]):
                target = actor_name(text, actor, unit_end)
        if subject is None:
            opener = max(text.rfind(word, sentence[0], start) for word in self.complementizers)
            scope = [actor for actor in actors
                     if (opener < 0 or actor.start > opener) and actor.end <= start and actor.mention.name not in speaker]
            if kind == "aid_amount":
                scope = scope[:1]  # the giver opens the clause
            chosen = scope[-1] if scope else None
            if chosen is not None:
                if chosen.mention.kind == "group":
                    subject = source.speaker if source else None  # "mereka telah memutuskan …"
                else:
                    subject = actor_name(text, chosen, unit_end)
        if subject is None and kind == "aid_amount" and source is not None:
            subject = source.speaker
        return subject, target
