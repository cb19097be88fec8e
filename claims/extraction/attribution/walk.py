"""The walk through a document's body paragraphs in order: quotations first resolved where the walk
reaches them, reported speech in the sentences no quotation covers, and what one paragraph hands on
to the next (a quotation left open, a quotation nobody was named for yet, "X mengatakan:")."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..component import Intervals
from ..records import Statement
from .backrefs import named_later, names_unclaimed_sentence, reported_before
from .context import Context, Range
from .coreference import Coreference
from .quotes import Carried, Paragraph, PendingQuote, Quotes, close_open_quote
from .reported import ReportedSpeech

NOTHING = Carried()  # a paragraph without statements hands on nothing
RECENT = 3  # statements of earlier paragraphs a back-reference may repeat


@dataclass(slots=True)
class Walk:
    """One document's walk: feed it the body paragraphs in order, read `results` at the end."""

    ctx: Context
    quotes: Quotes
    reported: ReportedSpeech
    coreference: Coreference
    figures: Intervals  # a sentence with a figure that a later "Hal itu disampaikan X" names is a claim already
    carried: Carried = NOTHING  # from the paragraph before
    open_quote: PendingQuote | None = None  # a quotation left open at the end of the last paragraph
    orphan: PendingQuote | None = None  # a quotation nobody was named for (yet)
    last_sentence: Range | None = None
    results: list[Statement] = field(default_factory=list)

    def paragraph(self, paragraph: Paragraph) -> None:
        """Add the statements of one body paragraph, and note what it hands on to the next."""
        ctx = self.ctx
        pending = sorted(self.quotes.pending(ctx, paragraph, self.carried), key=lambda quote: quote.evidence[0])
        covered = Intervals(quote.evidence for quote in pending)
        still_open = next((quote for quote in pending if quote.where == "open"), None)
        start, _, sentences = paragraph
        found = self._sentences(sentences, pending, covered)
        for quote in pending:  # quotations after the last sentence start
            statement = self.quotes.resolve(ctx, quote)
            if statement is not None:
                found.append(statement)
            self.orphan = quote if quote.where == "orphan" else self.orphan
        if self.open_quote is not None:
            found = close_open_quote(self.open_quote, start, found)
        self.open_quote = still_open
        claims = [st for st in found if st.claim]
        lead_in = self.quotes.lead_in(ctx.text, sentences[-1])
        last = claims[-1] if claims else None
        self.carried = Carried(last if last and last.direct else None, last, lead_in) if last or lead_in else NOTHING
        self.results.extend(found)

    def _sentences(self, sentences: list[Range], pending: list[PendingQuote], covered: Intervals) -> list[Statement]:
        """The statements of a paragraph's `sentences`, the quotations that start by each resolved first."""
        ctx = self.ctx
        found: list[Statement] = []
        recent = self.results[-RECENT:]
        for s, e in sentences:
            while pending and pending[0].evidence[0] <= s:
                quote = pending.pop(0)
                statement = self.quotes.resolve(ctx, quote)
                if statement is not None:
                    found.append(statement)
                self.orphan = quote if quote.where == "orphan" else None
            self.coreference.note_subject(ctx, s, e)
            if not covered.overlaps(s, e):
                reported = self.reported.statements(ctx, (s, e), self.last_sentence)
                back = next((st for st in reported if not st.claim), None)
                if back is not None and self.orphan is not None:
                    found.append(named_later(self.orphan, back))
                elif back is not None and names_unclaimed_sentence(back, self.figures, (*recent, *found)):
                    found.append(reported_before(ctx.text, back))
                found.extend(reported)
                self.orphan = None
            self.last_sentence = (s, e)
        return found
