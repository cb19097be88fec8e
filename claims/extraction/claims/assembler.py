"""Assemble typed claims: statements, and figures that say what was counted.

A figure's kind comes from the word after it and the cues around it: troops sent or deployed
("1.500 pasukan khusus", "2.000 personel gabungan"), casualties ("tiga warga sipil tewas",
"menewaskan 12 orang", "korban meninggal 12 orang"), displaced people ("1.200 warga mengungsi"),
aid, loans, budgets and arms sales in money ("pinjaman sebesar 35 miliar euro"), equipment
("60 drone"). Anything else ("32 duta besar", "tiga tahun") is no claim.

The claimant is the speaker of the statement the figure stands in, else the source a later
sentence names for it ("Informasi ini diungkap oleh …"), else the speaker of an earlier sentence of
the same paragraph; troops and money nobody is quoted on are claimed by whoever the sentence says
sends or gives them ("Polri mengerahkan 2.300 personel", "… dikerahkan oleh Polda Jambi"). The
date is the statement's date, else the sentence's, else the paragraph's, else the publication date.
"""
from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc

from ..records import DateMention, Mention, Quantity, Statement
from ..types import ExtractedClaim
from ..component import Intervals, RuleComponent, furniture_of, items_of, text_of
from ..text.patterns import Caseless, alternation, caseless, word_tree
from ..text.sentences import sentence_ranges

WORD = re.compile(r"[\w-]+")
PREPOSITION = re.compile(r"(?<![\w-])(?:ke|kepada|di|untuk|bagi|dari|dengan|menuju|terhadap|oleh)(?![\w-])")
CUE_WINDOW = 8
AGENT_KINDS = ("org", "country", "person", "name")
SPEAKER_KIND = {"person": "person", "name": "person", "country": "country"}  # a mention's kind as a speaker's; else org
CLOSING = re.compile(r"[\s.,;:!?\"”’)]*")  # what may follow a date that ends a statement's content


def clause_around(text: str, start: int, end: int, sentence: tuple[int, int]) -> tuple[int, int]:
    """The clause of text[start:end] within its sentence: from after the comma or semicolon before
    it to the one after it."""
    clause_start = max(sentence[0], text.rfind(",", sentence[0], start) + 1, text.rfind(";", sentence[0], start) + 1)
    clause_end = min([i for i in (text.find(",", end, sentence[1]), text.find(";", end, sentence[1])) if i >= 0]
                     or [sentence[1]])
    return clause_start, clause_end


class ClaimAssembler(RuleComponent):
    DEFAULT_RULES = {"claims": "claims.json", "dates": "dates.json"}

    def compile(self) -> None:
        rules = self.rules["claims"]

        def phrases(words):
            """first word → its phrases, longest first (a fast `starts_with`)."""
            table: dict[str, list[tuple[str, ...]]] = {}
            for phrase in sorted((tuple(w.split()) for w in words), key=len, reverse=True):
                table.setdefault(phrase[0], []).append(phrase)
            return table

        self.troop_nouns = phrases(rules["troop_nouns"])
        self.people_nouns = phrases(rules["people_nouns"])
        self.equipment_nouns = phrases(rules["equipment_nouns"])
        self.displaced_nouns = phrases(rules["displaced_nouns"])
        self.casualty_nouns = {unit: phrases(words) for unit, words in rules["casualty_nouns"].items()}
        self.casualty_clause = {unit: re.compile(pattern, re.IGNORECASE)
                                for unit, pattern in rules["casualty_before_clause"].items()}
        self.count_verb = re.compile(rf"(?<![\w-])(?:{alternation(rules['count_verbs_before'])})\s*$", re.IGNORECASE)
        self.head_function_words = frozenset(rules["head_function_words"])
        self.others = frozenset(rules["others_words"])
        # Cue words within a few words after a figure, or right before it: case-insensitive, run on
        # the caseless text around the figure (`patterns.Caseless`), word lists as prefix trees.
        after = rf"^(?:\s+[\w-]+){{0,{CUE_WINDOW}}}?\s+"
        self.casualty_after = {unit: Caseless(rf"{after}{word_tree(words)}(?![\w-])")
                               for unit, words in rules["casualty_after"].items()}
        self.casualty_before = {unit: Caseless(rf"(?<![\w-]){word_tree(words)}(?![\w-])")
                                for unit, words in rules["casualty_before"].items()}
        self.displaced_after = Caseless(rf"{after}{word_tree(rules['displaced_after'])}(?![\w-])")
        self.deploy_after = Caseless(rf"{after}{word_tree(rules['deploy_verbs'])}(?![\w-])")
        self.military = re.compile(rf"(?<![\w-])(?:{alternation(rules['military_context'])})(?![\w-])", re.IGNORECASE)
        self.aid = re.compile(rf"(?<![\w-])(?:{alternation(rules['aid_cues'])})(?![\w-])", re.IGNORECASE)
        # "US$ 75 per barel": a price, not an amount given
        price = rules["not_aid_after"]
        # also across a range: "US$ 75 hingga US$ 80 per barel"
        self.unit_price = re.compile(rf"(?:\s*(?:hingga|sampai|-|–)\s*\S{{0,3}}\s*[\d.,]+(?:\s+(?:ribu|juta|miliar))?)?"
                                     rf"\s*(?:{alternation(price['words'])})\s*(?!(?:{alternation(price['periods'])})"
                                     r"(?![\w-]))\w", re.IGNORECASE)
        self.not_aid = re.compile(rf"(?<![\w-])(?:{alternation(rules['not_aid_cues'])})(?![\w-])[^,.;]{{0,30}}$",
                                  re.IGNORECASE)
        cues = alternation(self.rules["dates"]["incidental_cues"])
        self.until_words = frozenset(word.split()[0] for word in self.rules["dates"]["until_cues"])
        self.incidental = re.compile(rf"(?<![\w-])(?:{cues})(?![\w-])[^,.;]*$", re.IGNORECASE)
        self.target_after = re.compile(r"^[^.;]{0,80}?\b(?:kepada|untuk|bagi|ke)\s+$", re.IGNORECASE)
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
        self.act_verbs = re.compile(rf"(?<![\w-])(?:{alternation(rules['act_verbs'])})(?![\w-])", re.IGNORECASE)

    # -- kinds -----------------------------------------------------------------------------------
    @staticmethod
    def starts_with(head: list[str], table) -> tuple[str, ...] | None:
        for option in table.get(head[0], ()) if head else ():
            if tuple(head[:len(option)]) == option:
                return option
        return None

    @staticmethod
    def nearest_cue(window: str, patterns) -> str | None:
        """The unit whose cue stands closest before the figure (`Caseless` or plain patterns)."""
        best, best_at = None, -1
        folded = caseless(window)
        for unit, pattern in patterns.items():
            matches = pattern.finditer(window, folded) if isinstance(pattern, Caseless) else pattern.finditer(window)
            for match in matches:
                if match.start() > best_at:
                    best, best_at = unit, match.start()
        return best

    def classify(self, text: str, start: int, end: int, q: Quantity, sentence: tuple[int, int],
                 previous: tuple[str, str | None] | None, next_figure: int | None = None) -> tuple[str, str | None] | None:
        """(kind, unit) for a figure, or None when it is not a claim. Cues after it are read up to the
        next figure (`next_figure`): "menewaskan puluhan ribu orang dan memaksa 11 juta orang mengungsi"."""
        if q.conversion:
            return None
        clause_start, clause_end = clause_around(text, start, end, sentence)
        if next_figure is not None and end < next_figure < clause_end:
            clause_end = next_figure
        before = text[max(sentence[0], start - 60):start]
        if q.currency:
            if self.not_aid.search(before) or self.unit_price.match(text, end, sentence[1]):
                return None
            if self.aid.search(text, sentence[0], sentence[1]):
                return "aid_amount", None
            return None
        head = q.head.split()
        if not head or head[0] == "persen":
            return None
        if q.value != int(q.value):
            return None  # "7,8" people or troops: a measure, not a count
        after = text[q.head_start - 1:clause_end] if q.head_start > 0 else ""
        after_folded = caseless(after)
        for unit, nouns in self.casualty_nouns.items():
            if self.starts_with(head, nouns):
                return "casualty", unit
        people = self.starts_with(head, self.people_nouns)
        others = head[0] in self.others or " ".join(head[:2]) in self.others
        countable = people or others or head[0] in self.head_function_words
        troop = self.starts_with(head, self.troop_nouns)
        if troop or people or others:
            # a cue right after the counted people decides first: "8,6 juta orang mengungsi"
            for unit, pattern in self.casualty_after.items():
                if pattern.match(after, after_folded):
                    return "casualty", unit
            if self.displaced_after.match(after, after_folded) or self.starts_with(head, self.displaced_nouns):
                return "displaced", None
        if countable:
            unit = self.nearest_cue(text[max(clause_start, start - 50):start], self.casualty_before)
            if unit:
                return "casualty", unit
            # "jumlah warga yang tewas … telah mencapai 36.654 orang"
            if self.count_verb.search(text[max(clause_start, start - 30):start]):
                window = text[max(clause_start, start - 140):start]
                unit = self.nearest_cue(window, self.casualty_before) or self.nearest_cue(window, self.casualty_clause)
                if unit:
                    return "casualty", unit
        if others and previous:
            kind, unit = previous
            if kind == "equipment_count":
                return None
            if kind in ("casualty", "troop_count"):
                for unit_after, pattern in self.casualty_after.items():
                    if pattern.match(after, after_folded):
                        return "casualty", unit_after
                if kind == "troop_count":
                    troop = ("pasukan",)
        if troop:
            return "troop_count", " ".join(troop)
        if people and people[0] in ("orang", "warga") and self.deploy_after.match(after, after_folded) \
                and self.military.search(text, sentence[0], sentence[1]):
            return "troop_count", people[0]
        if self.starts_with(head, self.equipment_nouns):
            return "equipment_count", head[0]
        return None

    # -- the component -------------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        furniture = furniture_of(doc)
        layout = Layout(sentence_ranges(doc), [(s, e, label) for s, e, label, _ in items_of(doc, "klaim_paragraph")],
                        len(text))
        statements = sorted((st for _, _, _, st in items_of(doc, "klaim_statement")), key=lambda st: st.evidence[0])
        mentions = Mentions([(s, e, m) for s, e, _, m in items_of(doc, "klaim_actor")])
        sources = Sources(statements)
        lowered = text.lower()
        dating = Dating(text, [(s, e, m) for s, e, _, m in items_of(doc, "klaim_date")], statements, layout,
                        doc._.klaim_published, self.incidental, self.act_verbs, self.until_words)
        claims = [self.statement_claim(text, st, dating.of_statement(st)) for st in statements if st.claim]
        previous_kind: dict[tuple[int, int], tuple[str, str | None]] = {}
        quantities = items_of(doc, "klaim_quantity")
        for index, (start, end, _, q) in enumerate(quantities):
            if layout.paragraph_of(start)[2] != "body" or furniture.overlaps(start, end):
                continue
            sentence = layout.sentence_of(start)
            following = quantities[index + 1][0] if index + 1 < len(quantities) else None
            kind = self.classify(text, start, end, q, sentence, previous_kind.get(sentence), following)
            if kind is None:
                continue
            previous_kind[sentence] = kind
            source = self.source_of(sources, layout, start, end, sentence)
            if source is not None and source.evidence[0] <= start and end <= source.evidence[1]:
                date = dating.of_statement(source)
            else:  # named elsewhere: the figure's own sentence may still date it ("Hingga Senin, tercatat …")
                date = dating.of_sentence(sentence, source)
            subject, target = self.roles(text, start, end, q, kind[0], sentence, mentions, source, lowered)
            speaker = (source.speaker, source.speaker_role, source.speaker_kind) if source else (None, None, None)
            if source is None and kind[0] in self.agent_kinds:
                agent = self.agent_of(text, start, end, sentence, mentions)
                if agent is not None:
                    speaker = (agent[2].name, agent[2].role, SPEAKER_KIND.get(agent[2].kind, "org"))
            claims.append(ExtractedClaim(
                kind=kind[0], evidence=text[sentence[0]:sentence[1]], start=sentence[0], end=sentence[1],
                value=q.value, value_max=q.value_max, qualifier=q.qualifier, unit=kind[1], currency=q.currency,
                subject=subject, target=target, speaker=speaker[0], speaker_role=speaker[1],
                speaker_kind=speaker[2], quote=None, direct=False,
                stance=source.stance if source else None, date=date[0], date_precision=date[1]))
        claims.sort(key=lambda c: (c.start, c.kind != "statement"))
        doc._.klaim_claims = tuple(claims)
        return doc

    @staticmethod
    def statement_claim(text: str, statement: Statement, date) -> ExtractedClaim:
        s, e = statement.evidence
        return ExtractedClaim(
            kind="statement", evidence=text[s:e], start=s, end=e, speaker=statement.speaker,
            speaker_role=statement.speaker_role, speaker_kind=statement.speaker_kind, quote=statement.quote,
            direct=statement.direct, stance=statement.stance, date=date[0], date_precision=date[1])

    @staticmethod
    def source_of(statements, layout: Layout, start: int, end: int, sentence) -> Statement | None:
        """Who claims a figure: the statement it stands in, another clause of its sentence, a later
        "Informasi ini diungkap oleh X", else a reported statement earlier in its paragraph.
        `statements` are in order of their evidence (a `Sources`)."""
        if not isinstance(statements, Sources):
            statements = Sources(statements)
        starts, ordered = statements.starts, statements.statements
        # each test looks only at the statements whose evidence can start where it needs
        for st in ordered[:bisect.bisect_right(starts, start)]:
            if st.claim and st.evidence[0] <= start and end <= st.evidence[1]:
                return st
        for st in ordered[bisect.bisect_left(starts, sentence[0]):bisect.bisect_right(starts, sentence[1])]:
            if st.claim and st.evidence[0] >= sentence[0] and st.evidence[1] <= sentence[1]:
                return st
        for st in statements.back_references:
            if any(a <= start and end <= b for a, b in st.targets):
                return st
        paragraph_start = layout.paragraph_of(start)[0]
        # a reported statement, or a source recording figures ("Korlantas mencatat …"), earlier in the
        # paragraph: "Hingga Senin, tercatat 41 orang meninggal" goes on with what it recorded
        earlier = [st for st in ordered[bisect.bisect_left(starts, paragraph_start):
                                        bisect.bisect_right(starts, sentence[0])]
                   if (st.claim and not st.direct or st.records_figures)
                   and paragraph_start <= st.evidence[0] and st.evidence[1] <= sentence[0]]
        return earlier[-1] if earlier else None

    def agent_of(self, text: str, start: int, end: int, sentence, mentions) -> tuple | None:
        """The actor a sentence says sends the troops or gives the money: the subject of the active
        verb right before the figure, in its clause ("Di Jakarta, Polda Metro Jaya menurunkan 9.250
        personel"), or the agent of a passive after it ("… dikerahkan oleh Polda Jambi")."""
        if not isinstance(mentions, Mentions):
            mentions = Mentions(mentions)
        clause_start, clause_end = clause_around(text, start, end, sentence)
        apposition = self.amount_apposition.match(text, clause_start, start)
        if apposition:
            # "Kemhan membeli 24 jet dari perusahaan AS, Boeing, senilai 8,1 miliar dolar AS": the
            # actor that opens a clause with its verb, anywhere before in the sentence
            clause_start = sentence[0]
        actors = [(s, e, m) for s, e, m in mentions.actors_in(sentence) if m.kind in AGENT_KINDS]
        verb_phrase = self.agent_opens if apposition else self.agent_verb
        for index in range(len(actors) - 1, -1, -1):
            s, e, m = actors[index]
            if clause_start <= s and e <= start and verb_phrase.match(text, e, start):
                # "Polres Serang bersama Kodim 0602/Serang menyiagakan …": the first of coordinated actors
                first = index
                for earlier in range(index - 1, -1, -1):
                    if actors[earlier][0] < clause_start:
                        break
                    if self.coordination.fullmatch(text, actors[earlier][1], actors[first][0]):
                        first = earlier
                return actors[first]
        for s, e, m in mentions.actors_in(sentence):
            if m.kind in AGENT_KINDS and end <= s and e <= clause_end and self.agent_by.match(text, end, s):
                return s, e, m
        return None

    def roles(self, text, start, end, q: Quantity, kind, sentence, mentions, source,
              lowered: str | None = None) -> tuple[str | None, str | None]:
        """(subject, target): whose troops or who gives, and to whom or where.

        Troops and people belong to the country named right after them ("8.000 tentara Iran"),
        else to the actor closest before the figure ("Iran mengirim 1.200 tentara");
        money comes from the subject of its clause ("AS memberikan bantuan $400 juta"). The speaker
        is no subject ("Pentagon menyebut 8 ribu tentara …"), and "mereka" is the speaker's side.
        """
        if not isinstance(mentions, Mentions):
            mentions = Mentions(mentions)
        actors = mentions.actors_in(sentence)
        unit_end = self.unit_end(text, q, lowered)
        speaker = (source.speaker or "") if source else ""
        subject = target = None
        for s, e, m in actors:
            if e <= unit_end or m.kind == "group":
                continue
            gap = text[end:max(s, unit_end)].lower()
            if kind != "aid_amount" and subject is None and len(WORD.findall(gap)) <= 3 \
                    and not PREPOSITION.search(gap):
                subject = self.actor_name(text, s, e, m, unit_end)
            elif target is None and s >= end and self.target_after.match(text[end:s]):
                target = self.actor_name(text, s, e, m, unit_end)
        if subject is None:
            bahwa = text.rfind("bahwa", sentence[0], start)
            scope = [(s, e, m) for s, e, m in actors
                     if (bahwa < 0 or s > bahwa) and e <= start and m.name not in speaker]
            if kind == "aid_amount":
                scope = scope[:1]  # the giver opens the clause
            chosen = scope[-1] if scope else None
            if chosen is not None:
                if chosen[2].kind == "group":
                    subject = source.speaker if source else None  # "mereka telah memutuskan …"
                else:
                    subject = self.actor_name(text, *chosen, unit_end)
        if subject is None and kind == "aid_amount" and source is not None:
            subject = source.speaker
        return subject, target

    def unit_end(self, text: str, q: Quantity, lowered: str | None = None) -> int:
        """Where the counted noun phrase after a figure ends ("900 prajurit pasukan khusus");
        `lowered` is `text.lower()` when known."""
        if q.head_start < 0 or not q.head:
            return q.head_start
        words = q.head.split()
        size = 0
        for table in (self.troop_nouns, self.people_nouns, self.equipment_nouns, self.displaced_nouns):
            phrase = self.starts_with(words, table)
            if phrase:
                size = len(phrase)
                rest = words[size:]
                extra = self.starts_with(rest, self.troop_nouns) if rest else None  # "prajurit pasukan khusus"
                size += len(extra) if extra else 0
                break
        position = q.head_start
        if size and lowered is None:
            lowered = text.lower()
        for word in words[:size]:
            position = lowered.find(word, position) + len(word)
        return position

    @staticmethod
    def actor_name(text, s, e, mention: Mention, unit_end: int) -> str | None:
        """The actor a mention names; one that begins with the counted noun ("tentara Iran")
        names what follows it, if that is a proper name."""
        if s < unit_end < e:
            rest = text[unit_end:e].strip()
            return rest if rest[:1].isupper() else None
        return mention.canonical or mention.name


class Sources:
    """A document's statements in order of their evidence, for `ClaimAssembler.source_of`."""

    def __init__(self, statements):
        self.statements = sorted(statements, key=lambda st: st.evidence[0])
        self.starts = [st.evidence[0] for st in self.statements]
        self.back_references = [st for st in self.statements if not st.claim]


class Mentions:
    """A document's actor mentions (in order), looked up by sentence."""

    KINDS = ("country", "org", "person", "name", "group")

    def __init__(self, mentions):
        self.mentions = list(mentions)
        self.starts = [s for s, _, _ in self.mentions]
        # the actor finder writes mentions in order; were they not, every lookup would read them all
        self.ordered = all(a <= b for a, b in zip(self.starts, self.starts[1:], strict=False))
        self.by_sentence: dict[tuple[int, int], list] = {}

    def actors_in(self, sentence: tuple[int, int]) -> list:
        """The country, organisation, person, name and group mentions inside a sentence."""
        found = self.by_sentence.get(sentence)
        if found is None:
            candidates = self.mentions
            if self.ordered:
                candidates = candidates[bisect.bisect_left(self.starts, sentence[0]):
                                        bisect.bisect_right(self.starts, sentence[1])]
            found = self.by_sentence[sentence] = [(s, e, m) for s, e, m in candidates
                                                  if sentence[0] <= s and e <= sentence[1] and m.kind in self.KINDS]
        return found


class Layout:
    """Sentences and paragraphs of a document, looked up by character offset."""

    def __init__(self, sentences, paragraphs, length: int):
        self.sentences = sentences
        self.sentence_starts = [s for s, _ in sentences]
        self.paragraphs = paragraphs
        self.paragraph_starts = [p[0] for p in paragraphs]
        self.length = length

    def paragraph_of(self, position: int) -> tuple[int, int, str]:
        i = bisect.bisect_right(self.paragraph_starts, position) - 1
        return self.paragraphs[i] if i >= 0 else (0, self.length, "body")

    def sentence_of(self, position: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.sentence_starts, position) - 1
        return self.sentences[i] if i >= 0 else (0, self.length)


class Dating:
    """The date a claim was made, with its precision.

    A statement's own date stands in its attribution ("mengumumkan pada Selasa", "…,” kata X,
    Senin (28/10/2024)"), never in what was said, except at the very end of an act reported without
    a clause of its own ("Kuwait menjanjikan US$ 20 juta … pekan lalu.": Indonesian puts the time
    last); else an earlier sentence of its paragraph gave the
    date; else the same speaker's previous statement did (a continued speech); else the publication
    date. Dates that only place the content ("sejak Oktober", "antara 8 hingga 13 Oktober", future
    ones, dates inside quotations) are passed over.
    """

    def __init__(self, text, dates, statements, layout: Layout, published, incidental, act_verbs=None,
                 until_words=frozenset()):
        self.text = text
        self.until_words = until_words
        self.act_verbs = act_verbs
        self.layout = layout
        self.published = (published, "day" if published else None)
        quotes = Intervals(st.content for st in statements if st.direct)
        self.dates = [(s, e, m) for s, e, m in dates
                      if m.value is not None and not m.in_future and m.kind != "range"
                      # a day after the publication is an event ahead ("konser Sabtu (30/11)"), not a claim's
                      and (published is None or m.value <= published)
                      and not quotes.overlaps(s, e) and not self.incidental_before(incidental, s)
                      # the cue may open the mention itself: "Sejak Agustus lalu"
                      and not incidental.match(text, s, e)]
        # The date finder keeps dates in order and apart, so their ends ascend with their starts and
        # a lookup is a bisection (were they not, each would read them all).
        self.starts = [s for s, _, _ in self.dates]
        self.ends = [e for _, e, _ in self.dates]
        self.apart = all(e <= s for e, s in zip(self.ends, self.starts[1:], strict=False))
        self.by_statement: dict[int, tuple] = {}
        # a source that records figures ("AS, sekutu Filipina, bulan lalu menyetujui …") has no
        # attribution apart from its sentence: its date is anywhere in it
        own = {id(st): self.within(st.attribution if st.claim else (st.evidence,)) or self.closing(st)
               for st in statements}
        # "… . Hal itu disampaikan X, kemarin.": the back-reference dates the sentence it points at
        for back in statements:
            if back.names_earlier:
                dated = self.within((back.evidence,))
                for st in statements:
                    if dated and st.claim and own[id(st)] is None and back.targets[0][0] <= st.evidence[0] \
                            and st.evidence[1] <= back.targets[0][1]:
                        own[id(st)] = dated
        previous = None
        for index, statement in enumerate(statements):
            date = own[id(statement)] or self.earlier_in_paragraph(statement.evidence[0]) \
                or self.next_in_paragraph(statements, index, own)
            value = (date.value, date.precision) if date else None
            if value is None and previous is not None and previous.speaker == statement.speaker:
                value = self.by_statement[id(previous)]
            self.by_statement[id(statement)] = value or self.published
            if statement.claim:
                previous = statement

    def next_in_paragraph(self, statements, index: int, own) -> DateMention | None:
        """ "X memastikan …. “…,” kata X, Senin.": the date the same speaker's next statement in the
        paragraph gives in its own attribution."""
        statement = statements[index]
        paragraph = self.layout.paragraph_of(statement.evidence[0])
        for later in statements[index + 1:]:
            if later.evidence[0] >= paragraph[1]:
                break
            if later.claim and later.speaker == statement.speaker:
                return own[id(later)]
        return None

    def incidental_before(self, incidental, start: int) -> bool:
        """Whether a cue such as "sejak" or "hingga" makes the date at `start` place the content.
        A clause that opens with "Hingga Jumat (15/11/2024) sore, …" says what holds as of that day."""
        cue = incidental.search(self.text, max(0, start - 25), start)
        if cue is None:
            return False
        if cue.group().split()[0].lower() in self.until_words:  # opening a clause: as of that day
            opening = self.text[self.layout.sentence_of(start)[0]:cue.start()].rstrip()
            return bool(opening) and not opening.endswith((",", ":", "-", "–", "—"))  # after a dateline too
        return True

    def closing(self, statement: Statement) -> DateMention | None:
        """The date that ends a reported act's content, when the verb takes an object rather than a
        clause ("menjanjikan hibah … pekan lalu", not "mengatakan pasukan itu tiba pekan lalu")."""
        if statement.direct or self.act_verbs is None or not statement.claim:
            return None
        s, e = statement.content
        if not self.act_verbs.search(self.text, statement.evidence[0], s):
            return None
        last = self.last_ending_by(e)
        if last is not None and s <= last[0] and CLOSING.fullmatch(self.text, last[1], e):
            return last[2]
        return None

    def within(self, ranges) -> DateMention | None:
        """The first date inside one of the ranges."""
        if not self.apart:
            return next((m for s, e, m in self.dates if any(a <= s and e <= b for a, b in ranges)), None)
        first = None
        for a, b in ranges:
            i = bisect.bisect_left(self.starts, a)  # the first date from a: the one ending first
            if i < len(self.dates) and self.ends[i] <= b and (first is None or i < first):
                first = i
        return self.dates[first][2] if first is not None else None

    def last_ending_by(self, position: int) -> tuple | None:
        """(start, end, mention) of the last date that ends by `position`."""
        if not self.apart:
            return next((d for d in reversed(self.dates) if d[1] <= position), None)
        i = bisect.bisect_right(self.ends, position) - 1
        return self.dates[i] if i >= 0 else None

    def earlier_in_paragraph(self, position: int) -> DateMention | None:
        """The last date of the paragraph that ends by `position`."""
        paragraph_start = self.layout.paragraph_of(position)[0]
        if not self.apart:
            return next((m for s, e, m in reversed(self.dates) if s >= paragraph_start and e <= position), None)
        last = self.last_ending_by(position)
        return last[2] if last is not None and last[0] >= paragraph_start else None

    def of_statement(self, statement: Statement) -> tuple:
        return self.by_statement.get(id(statement), self.published)

    def of_sentence(self, sentence: tuple[int, int], source: Statement | None = None) -> tuple:
        """A figure's date from its sentence or paragraph, else from the statement that sources it."""
        date = self.within([sentence])
        if date is None and source is not None:
            return self.of_statement(source)
        date = date or self.earlier_in_paragraph(sentence[0])
        return (date.value, date.precision) if date else self.published
