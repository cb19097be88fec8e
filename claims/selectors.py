"""Reads for claims: the timeline, the API and the article page use the same querysets."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from django.db.models import Q, QuerySet

from .models import Claim


@dataclass(frozen=True)
class ClaimFilters:
    kind: str = ""
    outlet: str = ""  # outlet id
    speaker: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    q: str = ""
    group: int | None = None
    order: str = "oldest"  # oldest | newest

    @classmethod
    def from_query(cls, query) -> ClaimFilters:
        """Filters from request.GET; anything malformed is ignored rather than an error."""
        def date(name):
            try:
                return dt.date.fromisoformat(query.get(name, "").strip())
            except ValueError:
                return None

        def integer(name):
            value = query.get(name, "").strip()
            return int(value) if value.isdigit() else None

        outlet = query.get("outlet", "").strip()
        return cls(
            kind=query.get("kind", "").strip(),
            outlet=outlet if outlet.isdigit() else "",
            speaker=query.get("speaker", "").strip()[:200],
            date_from=date("from"),
            date_to=date("to"),
            q=query.get("q", "").strip()[:200],
            group=integer("group"),
            order="newest" if query.get("order") == "newest" else "oldest",
        )

    def as_query(self) -> dict:
        """The non-empty filters as URL parameters (for pagination links)."""
        names = {"date_from": "from", "date_to": "to"}
        out = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value and not (f.name == "order" and value == "oldest"):
                out[names.get(f.name, f.name)] = value.isoformat() if isinstance(value, dt.date) else value
        return out


def claim_list(*, filters: ClaimFilters | None = None) -> QuerySet[Claim]:
    filters = filters or ClaimFilters()
    qs = Claim.objects.select_related("article", "article__outlet", "speaker_actor")
    if filters.kind:
        qs = qs.filter(kind=filters.kind)
    if filters.outlet:
        qs = qs.filter(article__outlet_id=int(filters.outlet))
    if filters.speaker:
        qs = qs.filter(speaker__icontains=filters.speaker)
    if filters.date_from:
        qs = qs.filter(timeline_date__gte=filters.date_from)
    if filters.date_to:
        qs = qs.filter(timeline_date__lte=filters.date_to)
    if filters.group:
        qs = qs.filter(group_id=filters.group)
    if filters.q:
        qs = qs.filter(Q(quote__icontains=filters.q) | Q(evidence__icontains=filters.q) | Q(speaker__icontains=filters.q))
    if filters.order == "newest":
        return qs.order_by("-timeline_date", "-id")
    return qs.order_by("timeline_date", "id")


def claim_kinds_present() -> list[tuple[str, str]]:
    """Kinds to offer in the filter: the known ones plus any a newer pipeline produced."""
    labels = dict(Claim.Kind.choices)
    present = set(Claim.objects.order_by().values_list("kind", flat=True).distinct())
    return [(k, labels.get(k, k.replace("_", " ").capitalize())) for k in sorted(present | set(labels) - {"other"})]


def claims_for_article(*, article_id: int) -> QuerySet[Claim]:
    return (
        Claim.objects.filter(article_id=article_id)
        .select_related("article", "article__outlet", "speaker_actor")
        .order_by("start", "id")
    )
