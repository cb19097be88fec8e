"""Find statements and who made them: the `klaim_statements` component.

Direct speech (`quotes`): a quotation with an attribution after it ("…,” ujar X") or before it
("X mengatakan, “…”"). Reported speech (`reported`): "X mengatakan (bahwa) …", "menurut X, …",
"…, kata X." Back-references (`backrefs`): "Informasi ini diungkap oleh X" names the source of the
sentence before without being a statement itself. Who speaks: the subject of a clause (`subjects`),
the speaker a noun phrase names (`speakers`), and what "ia", "-nya", a surname or "pejabat itu"
refers back to (`coreference`), resolved in document order (`walk`). The grammar's words come from
the lexicon (`rules`). Results are items in `klaim_statement` with `Statement` payloads.
"""
from __future__ import annotations

import bisect
from collections.abc import Iterator
from operator import itemgetter

from spacy.tokens import Doc

from ..component import Intervals, RuleComponent, caseless_of, furniture_of, items_of, set_items, text_of
from ..mentions.names import actor_key
from ..records import Meta
from ..text.patterns import WordScan
from ..text.sentences import sentence_ranges
from .backrefs import BackReferences
from .context import Context
from .coreference import Coreference
from .quotes import Paragraph, Quotes
from .reported import ReportedSpeech
from .rules import AttributionRules
from .speakers import Speakers
from .subjects import Subjects
from .walk import Walk


class StatementFinder(RuleComponent):
    DEFAULT_RULES = {"statements": "statements.json", "roles": "roles.json", "dates": "dates.json"}

    def compile(self) -> None:
        rules = self.grammar = AttributionRules(self.rules["statements"], self.rules["roles"], self.rules["dates"])
        self.coreference = Coreference(rules)
        self.speakers = Speakers(rules, self.coreference)
        self.subjects = Subjects(rules, self.coreference, self.speakers)
        self.quotes = Quotes(rules, self.coreference, self.speakers, self.subjects)
        self.backrefs = BackReferences(rules, self.speakers, self.subjects)
        self.reported = ReportedSpeech(rules, self.coreference, self.speakers, self.subjects, self.backrefs)

    def __call__(self, doc: Doc) -> Doc:
        figures = Intervals((s, e) for s, e, _, _ in items_of(doc, "klaim_quantity"))
        walk = Walk(self.context(doc), self.quotes, self.reported, self.coreference, figures)
        for paragraph in self.paragraphs(doc):
            walk.paragraph(paragraph)
        results = walk.results
        results.sort(key=lambda st: st.evidence[0])  # a sentence named later as said comes in late
        set_items(doc, "klaim_statement", ((st.evidence[0], st.evidence[1], "DIRECT" if st.direct else "REPORTED", st)
                                           for st in results))
        return doc

    def context(self, doc: Doc) -> Context:
        """The document's text, actor mentions, dates and reporting verbs, for one walk."""
        text, folded, grammar = text_of(doc), caseless_of(doc), self.grammar
        mentions = sorted([(s, e, m) for s, e, _, m in items_of(doc, "klaim_actor")], key=itemgetter(0))
        dates = Intervals((s, e) for s, e, _, _ in items_of(doc, "klaim_date"))
        return Context(text, mentions, [m[0] for m in mentions], dates, doc._.klaim_persons or (), actor_key,
                       WordScan(grammar.verb_pattern, text, grammar.verb_scan, folded),
                       WordScan(grammar.source_verbs, text, grammar.source_verb_scan, folded))

    @staticmethod
    def paragraphs(doc: Doc) -> Iterator[Paragraph]:
        """The body paragraphs (past a dateline) with their sentences outside page furniture."""
        meta: Meta = doc._.klaim_meta or Meta()
        furniture = furniture_of(doc)
        sentences = sentence_ranges(doc)
        sentence_starts = [s for s, _ in sentences]
        sentence_ends = [e for _, e in sentences]  # sentences are in order and apart: ends ascend too
        for ps, pe, label, _ in items_of(doc, "klaim_paragraph"):
            if label != "body":
                continue
            if meta.dateline_span and ps <= meta.dateline_span[0] < pe:
                ps = meta.dateline_span[1]
            # the sentences with e > ps and s < pe
            first, last = bisect.bisect_right(sentence_ends, ps), bisect.bisect_left(sentence_starts, pe)
            sentences_in = [(max(s, ps), e) for s, e in sentences[first:last] if not furniture.covers(s, e)]
            if sentences_in:
                yield ps, pe, sentences_in
