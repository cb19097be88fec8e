"""Plain data the extraction returns. No spaCy object leaves the extraction package."""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import asdict, dataclass, field
from typing import Any

KINDS = ("troop_count", "casualty", "aid_amount", "statement")
QUALIFIERS = ("exact", "approx", "at_least", "at_most", "range")
PRECISIONS = ("day", "week", "month", "year")
STANCES = ("assert", "deny", "hedge")
# The largest figure a claim may carry: above any real count or budget (a quadrillion rupiah is
# 1e15), below where floats lose whole numbers badly. Larger "figures" are digit runs or typos;
# the pipeline, the database writes and the edit form all ask `figure_in_bounds`.
FIGURE_MAX = 1e18


def figure_in_bounds(value: float | None) -> bool:
    """A figure a claim can carry: None (no figure), or finite and within ±FIGURE_MAX."""
    return value is None or (math.isfinite(value) and abs(value) <= FIGURE_MAX)


@dataclass(frozen=True, slots=True)
class ExtractedClaim:
    kind: str
    evidence: str  # the sentence the claim stands in
    start: int  # character offsets of the evidence in the document text
    end: int
    value: float | None = None
    value_max: float | None = None
    qualifier: str = "exact"
    unit: str | None = None
    currency: str | None = None  # ISO 4217
    subject: str | None = None  # whose troops / who gives
    target: str | None = None  # to whom / where
    speaker: str | None = None  # who made the claim, full name where the text gives it
    speaker_role: str | None = None
    speaker_kind: str | None = None  # person | org | country
    quote: str | None = None
    direct: bool = False
    stance: str | None = None  # assert | deny | hedge
    date: dt.date | None = None  # the day the claim was made
    date_precision: str | None = None

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["date"] = self.date.isoformat() if self.date else None
        return data


@dataclass(frozen=True, slots=True)
class Extraction:
    title: str | None
    outlet: str | None
    published: dt.date | None
    # given (by the caller) | dateline (read from the text) | inferred (latest explicit date) | none
    published_source: str
    credits: tuple[str, ...]
    claims: tuple[ExtractedClaim, ...]
    pipeline_version: str
    warnings: tuple[str, ...] = field(default=())

    def to_json(self, document: str) -> dict[str, Any]:
        """The `manage.py extract_claims` line for one document."""
        return {
            "document": document,
            "title": self.title,
            "outlet": self.outlet,
            "published": self.published.isoformat() if self.published else None,
            "published_source": self.published_source,
            "credits": list(self.credits),
            "pipeline_version": self.pipeline_version,
            "claims": [claim.to_json() for claim in self.claims],
        }
