"""Assemble typed claims: statements, and figures that say what was counted.

A figure's kind comes from the word after it and the cues around it (`kinds`); its claimant is the
speaker of the statement it stands in or the actor its sentence says sends or gives it
(`claimants`); its date is the statement's, else the sentence's, else the paragraph's, else the
publication date (`dating`).
"""
from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from ..component import RuleComponent, furniture_of, items_of, text_of
from ..records import Quantity, Statement
from ..text.sentences import sentence_ranges
from ..types import ExtractedClaim
from .claimants import NOBODY, Claimants, Mentions, Sources, Speaker, source_of
from .dating import DateCues, Dated, Dating
from .kinds import FigureKinds, Kind
from .layout import Layout, Range, clause_around

__all__ = ("ClaimAssembler", "Dating", "Layout", "Mentions", "Sources", "clause_around")


class ClaimAssembler(RuleComponent):
    # numbers.json: the head a share gets; statements.json: the words that open what was said ("bahwa")
    DEFAULT_RULES = {"claims": "claims.json", "dates": "dates.json", "numbers": "numbers.json",
                     "statements": "statements.json"}

    def compile(self) -> None:
        claims = self.rules["claims"]
        self.kinds = FigureKinds(claims, self.rules["numbers"]["percent_words"])
        self.claimants = Claimants(claims, self.rules["statements"]["complementizers"])
        self.date_cues = DateCues(self.rules["dates"], claims)

    def classify(self, text: str, start: int, end: int, quantity: Quantity, sentence: Range,
                 previous: Kind | None, next_figure: int | None = None) -> Kind | None:
        """The kind of the figure text[start:end], or None when it is not a claim (`FigureKinds.classify`)."""
        return self.kinds.classify(text, start, end, quantity, sentence, previous, next_figure)

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        paragraphs = [(start, end, label) for start, end, label, _ in items_of(doc, "klaim_paragraph")]
        layout = Layout(sentence_ranges(doc), paragraphs, len(text))
        statements = sorted((statement for _, _, _, statement in items_of(doc, "klaim_statement")),
                            key=lambda statement: statement.evidence[0])
        dating = self.date_cues.dating(text, located(doc, "klaim_date"), statements, layout, doc._.klaim_published)
        figures = FigureContext(text, layout, statements, Mentions(located(doc, "klaim_actor")), dating)
        claims = [statement_claim(text, statement, dating.of_statement(statement))
                  for statement in statements if statement.claim]
        claims += self.figure_claims(doc, figures)
        claims.sort(key=lambda claim: (claim.start, claim.kind != "statement"))
        doc._.klaim_claims = tuple(claims)
        return doc

    def figure_claims(self, doc: Doc, figures: FigureContext) -> list[ExtractedClaim]:
        """The claims of the figures in body text, outside furniture, whose kind is known."""
        furniture = furniture_of(doc)
        layout = figures.layout
        claims = []
        previous_kind: dict[Range, Kind] = {}  # the kind of the last figure of each sentence so far
        quantities = items_of(doc, "klaim_quantity")
        for index, (start, end, _, quantity) in enumerate(quantities):
            if layout.paragraph_of(start)[2] != "body" or furniture.overlaps(start, end):
                continue
            sentence = layout.sentence_of(start)
            following = quantities[index + 1][0] if index + 1 < len(quantities) else None
            kind = self.classify(figures.text, start, end, quantity, sentence, previous_kind.get(sentence), following)
            if kind is None:
                continue
            previous_kind[sentence] = kind
            claims.append(self.figure_claim(figures, start, end, quantity, kind, sentence))
        return claims

    def figure_claim(self, figures: FigureContext, start: int, end: int, quantity: Quantity, kind: Kind,
                     sentence: Range) -> ExtractedClaim:
        """The claim a figure of a known kind makes: who claims it, whose it is, and when."""
        text = figures.text
        source = source_of(figures.sources, figures.layout, start, end, sentence)
        if source is not None and source.evidence[0] <= start and end <= source.evidence[1]:
            date = figures.dating.of_statement(source)
        else:  # named elsewhere: the figure's own sentence may still date it ("Hingga Senin, tercatat …")
            date = figures.dating.of_sentence(sentence, source)
        unit_end = self.kinds.unit_end(text, quantity, figures.lowered)
        subject, target = self.claimants.roles(text, start, end, unit_end, kind.kind, sentence, figures.mentions,
                                               source)
        speaker = Speaker(source.speaker, source.speaker_role, source.speaker_kind) if source else NOBODY
        if source is None and kind.kind in self.claimants.agent_kinds:
            agent = self.claimants.agent_of(text, start, end, sentence, figures.mentions)
            if agent is not None:
                speaker = Speaker.of_agent(agent.mention)
        return ExtractedClaim(
            kind=kind.kind, evidence=text[sentence[0]:sentence[1]], start=sentence[0], end=sentence[1],
            value=quantity.value, value_max=quantity.value_max, qualifier=quantity.qualifier, unit=kind.unit,
            currency=quantity.currency, subject=subject, target=target, speaker=speaker.name,
            speaker_role=speaker.role, speaker_kind=speaker.kind, quote=None, direct=False,
            stance=source.stance if source else None, date=date.value, date_precision=date.precision)


class FigureContext:
    """What the claims of one document's figures are read from."""

    __slots__ = ("dating", "layout", "lowered", "mentions", "sources", "text")

    def __init__(self, text: str, layout: Layout, statements: list[Statement], mentions: Mentions, dating: Dating):
        self.text, self.layout, self.mentions, self.dating = text, layout, mentions, dating
        self.sources = Sources(statements)
        self.lowered = text.lower()


def located(doc: Doc, key: str) -> list[tuple[int, int, Any]]:
    """The (start, end, payload) of the items a component stored under `key`."""
    return [(start, end, payload) for start, end, _, payload in items_of(doc, key)]


def statement_claim(text: str, statement: Statement, date: Dated) -> ExtractedClaim:
    start, end = statement.evidence
    return ExtractedClaim(
        kind="statement", evidence=text[start:end], start=start, end=end, speaker=statement.speaker,
        speaker_role=statement.speaker_role, speaker_kind=statement.speaker_kind, quote=statement.quote,
        direct=statement.direct, stance=statement.stance, date=date.value, date_precision=date.precision)
