"""Reads for claims: the timeline, the API, the claim and article pages share these querysets."""
from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass, fields

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.db.models import BooleanField, Count, Max, Min, Q, QuerySet
from django.db.models.expressions import RawSQL

from tracker import params

from .extraction import actor_key
from .models import Claim, ClaimEdit, ClaimGroup, Tag

# PostgreSQL full-text search over what a reader searches for; the same expression is indexed
# (migration 0003), so the planner uses the index. Other databases fall back to substrings.
SEARCH_DOCUMENT = (
    "to_tsvector('indonesian'::regconfig, coalesce(claims_claim.quote, '') || ' ' || "
    "coalesce(claims_claim.evidence, '') || ' ' || coalesce(claims_claim.speaker, ''))"
)
TIMELINE_ITEM_LIMIT = 500
URL_NAMES = {"date_from": "from", "date_to": "to"}
KIND_NAME = re.compile(r"[a-z][a-z0-9_]{0,29}")


@dataclass(frozen=True)
class ClaimFilters:
    kind: str = ""
    subject: str = ""
    speaker: str = ""
    outlet: str = ""  # outlet id
    tag: str = ""  # tag name
    status: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    q: str = ""
    group: int | None = None
    order: str = "oldest"  # oldest | newest

    @classmethod
    def from_query(cls, query) -> ClaimFilters:
        """Filters from request.GET, the one definition the timeline, the list and the API share.

        A malformed value raises `tracker.params.QueryError` naming the field (answered with 400),
        rather than being ignored or reaching the database.
        """
        kind = params.text(query, "kind", limit=30)
        if kind and not KIND_NAME.fullmatch(kind):
            raise params.QueryError("kind", "must be a kind name such as troop_count")
        outlet = params.whole_number(query, "outlet")
        return cls(
            kind=kind,
            subject=params.text(query, "subject"),
            speaker=params.text(query, "speaker"),
            outlet=str(outlet) if outlet else "",
            tag=unicodedata.normalize("NFC", params.text(query, "tag", limit=60)),
            status=params.choice(query, "status", Claim.Status.values),
            date_from=params.date(query, "from"),
            date_to=params.date(query, "to"),
            q=params.text(query, "q"),
            group=params.whole_number(query, "group"),
            order=params.choice(query, "order", ("oldest", "newest"), default="oldest"),
        )

    def as_query(self, **overrides) -> dict:
        """The non-empty filters as URL parameters (pagination links, shared views)."""
        out = {}
        for f in fields(self):
            value = overrides.get(f.name, getattr(self, f.name))
            if value and not (f.name == "order" and value == "oldest"):
                out[URL_NAMES.get(f.name, f.name)] = value.isoformat() if isinstance(value, dt.date) else value
        return out

    @property
    def active(self) -> bool:
        return bool(self.as_query(order="oldest"))


def _filtered(filters: ClaimFilters, *, window: bool = True) -> QuerySet[Claim]:
    qs = Claim.objects.filter(is_deleted=False)
    if filters.kind:
        qs = qs.filter(kind=filters.kind)
    if filters.subject:
        qs = qs.filter(subject__icontains=filters.subject)
    if filters.speaker:
        qs = qs.filter(speaker__icontains=filters.speaker)
    if filters.outlet:
        qs = qs.filter(article__outlet_id=int(filters.outlet))
    if filters.tag:
        qs = qs.filter(tags__name__iexact=filters.tag)
    if filters.status:
        qs = qs.filter(status=filters.status)
    if filters.group:
        qs = qs.filter(group_id=filters.group)
    if window and filters.date_from:
        qs = qs.filter(timeline_date__gte=filters.date_from)
    if window and filters.date_to:
        qs = qs.filter(timeline_date__lte=filters.date_to)
    if filters.q:
        qs = qs.filter(_text_search(filters.q))
    return qs


def _text_search(words: str):
    if connection.vendor == "postgresql":
        return RawSQL(f"{SEARCH_DOCUMENT} @@ websearch_to_tsquery('indonesian'::regconfig, %s)", (words,),
                      output_field=BooleanField())
    return Q(quote__icontains=words) | Q(evidence__icontains=words) | Q(speaker__icontains=words)


def claim_list(*, filters: ClaimFilters | None = None) -> QuerySet[Claim]:
    filters = filters or ClaimFilters()
    # The article's text is the one large column and no list shows it: not read (50 texts a page).
    qs = (_filtered(filters).select_related("article", "article__outlet", "speaker_actor").defer("article__text")
          .prefetch_related("tags"))
    if filters.order == "newest":
        return qs.order_by("-timeline_date", "-id")
    return qs.order_by("timeline_date", "id")


def claim_date_extent(*, filters: ClaimFilters) -> tuple[dt.date | None, dt.date | None]:
    """First and last day of the claims these filters select, ignoring the date window."""
    extent = _filtered(filters, window=False).aggregate(first=Min("timeline_date"), last=Max("timeline_date"))
    return extent["first"], extent["last"]


def timeline_items(*, filters: ClaimFilters) -> list[dict]:
    """One item per claim group in the window: its span, kind, size and label (largest first).

    A window's items are kept settings.KLAIM_TIMELINE_CACHE_SECONDS in the process's cache: the
    whole-extent window every page opens with groups every claim, and is then read once per period
    instead of once per visitor; the boxes may lag that long behind new or edited claims (the list
    below them never does).
    """
    seconds = settings.KLAIM_TIMELINE_CACHE_SECONDS
    if not seconds:
        return _timeline_items(filters)
    key = "klaim:timeline-items:" + hashlib.sha256(repr(sorted(filters.as_query().items())).encode()).hexdigest()
    items = cache.get(key)
    if items is None:
        items = _timeline_items(filters)
        cache.set(key, items, seconds)
    return items


def _timeline_items(filters: ClaimFilters) -> list[dict]:
    rows = list(
        _filtered(filters).order_by().values("group_id")
        .annotate(start=Min("timeline_date"), end=Max("timeline_date"), claims=Count("id"), kind=Min("kind"),
                  first_claim=Min("id"))
        .order_by("-claims", "start")[:TIMELINE_ITEM_LIMIT]
    )
    # Labels and outlet counts only for the groups shown, not for every claim in the window.
    group_ids = [r["group_id"] for r in rows if r["group_id"]]
    labels = dict(ClaimGroup.objects.filter(pk__in=group_ids).values_list("pk", "label"))
    outlets = dict(
        Claim.objects.filter(group_id__in=group_ids, is_deleted=False).order_by().values("group_id")
        .annotate(n=Count("article__outlet", distinct=True)).values_list("group_id", "n")
    )
    return [{**row, "label": labels.get(row["group_id"]) or "", "outlets": outlets.get(row["group_id"], 1)}
            for row in rows if row["start"]]


def claim_kinds() -> list[tuple[str, str]]:
    """Kinds for the filter: the known ones plus any a newer pipeline produced (cached)."""
    labels = dict(Claim.Kind.choices)
    present = cache.get("klaim:claim-kinds")
    if present is None:
        present = sorted(set(Claim.objects.order_by().values_list("kind", flat=True).distinct()))
        cache.set("klaim:claim-kinds", present, 300)
    kinds = [k for k in labels if k != "other"] + [k for k in present if k not in labels]
    return [(k, labels.get(k) or k.replace("_", " ").capitalize()) for k in kinds]


def claims_for_article(*, article_id: int) -> QuerySet[Claim]:
    return (
        Claim.objects.filter(article_id=article_id, is_deleted=False)
        .select_related("article", "article__outlet", "speaker_actor")
        .prefetch_related("tags")
        .order_by("start", "id")
    )


def claim_get(*, claim_id: int) -> Claim:
    return (
        Claim.objects.select_related("article", "article__outlet", "speaker_actor", "group", "edited_by")
        .prefetch_related("tags").get(pk=claim_id)
    )


def claim_group_members(*, claim: Claim) -> QuerySet[Claim]:
    """The same claim as reported elsewhere (its group), the claim itself excluded."""
    if claim.group_id is None:
        return Claim.objects.none()
    return (
        Claim.objects.filter(group_id=claim.group_id, is_deleted=False).exclude(pk=claim.pk)
        .select_related("article", "article__outlet").order_by("timeline_date", "id")
    )


def claim_history(*, claim: Claim) -> QuerySet[ClaimEdit]:
    return claim.edits.select_related("user", "reverts").order_by("-at", "-id")


def tag_suggestions(*, prefix: str = "", limit: int = 20) -> list[str]:
    qs = Tag.objects.annotate(n=Count("claims")).order_by("-n", "name")
    if prefix:
        qs = qs.filter(name__icontains=prefix)
    return list(qs.values_list("name", flat=True)[:limit])


def subject_suggestions(*, kind: str = "", limit: int = 30) -> list[str]:
    """Frequent subjects, one spelling per actor ("Korea Utara", not also "Korut")."""
    qs = Claim.objects.filter(is_deleted=False).exclude(subject="")
    if kind:
        qs = qs.filter(kind=kind)
    rows = qs.order_by().values("subject").annotate(n=Count("id")).order_by("-n")[: limit * 3]
    seen, names = set(), []
    for row in rows:
        key = actor_key(row["subject"])
        if key not in seen:
            seen.add(key)
            names.append(row["subject"])
    return names[:limit]


@dataclass(frozen=True)
class FigurePoint:
    claim_id: int
    date: dt.date
    value: float
    value_max: float | None
    qualifier: str
    outlet: str


def figure_series(*, subject: str, kind: str, limit: int = 2000) -> dict[str, list[FigurePoint]]:
    """Each claimant's figures about a subject over time: {claimant: [points by date]}."""
    key = actor_key(subject)
    figures = Claim.objects.filter(is_deleted=False, kind=kind, value__isnull=False, timeline_date__isnull=False)
    # The spellings of the subject ("Korut", "Korea Utara") are matched in Python over the few
    # distinct subjects, so the cap below counts this subject's figures only.
    spellings = [s for s in figures.order_by().values_list("subject", flat=True).distinct()
                 if actor_key(s) == key or subject.lower() in s.lower()]
    qs = (figures.filter(subject__in=spellings).select_related("article__outlet", "speaker_actor")
          .order_by("timeline_date", "id"))
    series: dict[str, list[FigurePoint]] = {}
    for claim in qs[:limit]:
        claimant = (claim.speaker_actor.name if claim.speaker_actor else claim.speaker) or "Unattributed"
        outlet = claim.article.outlet.name if claim.article.outlet else ""
        series.setdefault(claimant, []).append(
            FigurePoint(claim.pk, claim.timeline_date, claim.value, claim.value_max, claim.qualifier, outlet)
        )
    return series
