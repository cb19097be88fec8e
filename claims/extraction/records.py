"""What the pipeline components hand each other, attached to spans and the Doc (`._.klaim_*`).

Plain frozen dataclasses; `api.extract()` turns them into the public `types` before returning, so
no spaCy object and none of these internal shapes leave the package.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Given:
    """Metadata the caller knows; it wins over anything read from the text."""

    published: dt.date | None = None
    outlet: str | None = None
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Meta:
    title: str | None = None
    outlet: str | None = None
    credits: tuple[str, ...] = ()
    # character range of a dateline prefix such as "KYIV, outlet.co.id – " (skipped when parsing subjects)
    dateline_span: tuple[int, int] | None = None
    title_span: tuple[int, int] | None = None
    masthead_spans: tuple[tuple[int, int], ...] = ()  # short top lines with a date and time


@dataclass(frozen=True, slots=True)
class Quantity:
    value: float
    value_max: float | None = None
    qualifier: str = "exact"
    currency: str | None = None
    head: str = ""  # the lower-cased words after the figure ("pasukan khusus")
    head_start: int = -1  # character offset where `head` starts
    vague: bool = False
    conversion: bool = False  # "($1,53 miliar)" right after another amount: the same money restated


@dataclass(frozen=True, slots=True)
class DateMention:
    value: dt.date | None
    precision: str  # day | week | month | year
    kind: str  # explicit | weekday | relative | context | range
    in_future: bool = False


@dataclass(frozen=True, slots=True)
class Mention:
    """An actor mention: a person (with role), an organisation, a country, a role without a name."""

    kind: str  # person | org | country | role | pronoun
    name: str  # surface name: "Lloyd Austin", "Kim", "Korea Selatan", "Badan intelijen Korea Selatan"
    role: str | None = None
    canonical: str | None = None  # gazetteer name for countries and organisations


@dataclass(frozen=True, slots=True)
class Statement:
    speaker: str | None
    speaker_role: str | None
    speaker_kind: str | None
    quote: str
    direct: bool
    stance: str
    evidence: tuple[int, int]  # character range of the sentence(s)
    content: tuple[int, int]  # character range of what was said
    attribution: tuple[tuple[int, int], ...] = ()  # ranges outside the content (verb, speaker, adjuncts)
    anaphoric: bool = False  # speaker found through "ia", "-nya", a bare surname, …
    claim: bool = True  # False: an attribution that only names the source of earlier sentences
    targets: tuple[tuple[int, int], ...] = field(default=())  # sentences a back-reference attributes

    @property
    def names_earlier(self) -> bool:
        """A back-reference to the sentence before ("Hal itu disampaikan X")."""
        return not self.claim and bool(self.targets) and self.targets[0][1] <= self.evidence[0]

    @property
    def records_figures(self) -> bool:
        """A source for the figures of its own sentence ("BPS mencatat …"), no statement itself."""
        return not self.claim and self.targets == (self.evidence,)
