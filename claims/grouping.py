"""Group claims that report the same thing across articles and outlets.

Two figures report the same thing when they are of the same kind, about the same subject (when
both name one), within a relative tolerance, and claimed within a few weeks of each other. Two
statements report the same thing when their quotes share most of their words.
"""
from __future__ import annotations

import datetime as dt
import re

from .extraction import actor_key
from .models import Claim, ClaimGroup

VALUE_TOLERANCE = 0.15  # "sekitar 10 ribu" and "11.000" are one figure reported twice
DATE_WINDOW = dt.timedelta(days=30)
QUOTE_SIMILARITY = 0.75
MIN_QUOTE_WORDS = 5
WORD = re.compile(r"\w+")


def figure_of(claim: Claim) -> float | None:
    """One number for a figure: the middle of a range, else the value."""
    if claim.value is None:
        return None
    if claim.value_max is not None and claim.value_max > claim.value:
        return (claim.value + claim.value_max) / 2
    return claim.value


def figures_match(a: Claim, b: Claim) -> bool:
    """Exact figures within the tolerance; a vague range ("puluhan ribu") only with the same range."""
    if a.value is None or b.value is None or (a.currency or "") != (b.currency or ""):
        return False
    if (a.value_max is None) != (b.value_max is None):
        return False
    if a.value_max is None:
        return _close(a.value, b.value)
    return _close(a.value, b.value) and _close(a.value_max, b.value_max)


def _close(x: float, y: float) -> bool:
    return abs(x - y) <= VALUE_TOLERANCE * max(abs(x), abs(y))


def subjects_match(a: str, b: str) -> bool:
    if not a or not b:
        return True
    return actor_key(a) == actor_key(b)


def quote_words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(text or "") if len(w) > 1}


def quotes_match(a: str, b: str) -> bool:
    wa, wb = quote_words(a), quote_words(b)
    if min(len(wa), len(wb)) < MIN_QUOTE_WORDS:
        return False
    overlap = len(wa & wb) / min(len(wa), len(wb))
    return overlap >= QUOTE_SIMILARITY


def claims_match(a: Claim, b: Claim) -> bool:
    if a.kind != b.kind:
        return False
    if a.kind == Claim.Kind.STATEMENT:
        return quotes_match(a.quote or a.evidence, b.quote or b.evidence)
    return subjects_match(a.subject, b.subject) and figures_match(a, b)


def claim_group_assign(*, claim: Claim) -> ClaimGroup:
    """Attach the claim to the group of a matching claim from another article, or a new group."""
    day = claim.timeline_date
    candidates = Claim.objects.filter(kind=claim.kind, group__isnull=False).exclude(pk=claim.pk)
    if day:
        candidates = candidates.filter(timeline_date__range=(day - DATE_WINDOW, day + DATE_WINDOW))
    if claim.kind != Claim.Kind.STATEMENT and claim.value is not None:
        low = claim.value * (1 - VALUE_TOLERANCE) if claim.value_max is None else 0
        high = (claim.value_max or claim.value) * (1 + VALUE_TOLERANCE)
        candidates = candidates.filter(value__lte=high, value__gte=low)
    # Shown and deleted claims apart, then merged in order: the shown ones are read in order from
    # the index claim_kind_timeline (partial: not deleted) and stop at 500, instead of every claim
    # of the kind being fetched and sorted; the same 500 candidates as one query would give.
    order = ("timeline_date", "id")
    shown = candidates.filter(is_deleted=False).order_by(*order)[:500]
    deleted = candidates.filter(is_deleted=True).order_by(*order)[:500]
    candidates = shown.union(deleted, all=True).order_by(*order)[:500]
    match = next((other for other in candidates if claims_match(claim, other)), None)
    if match is not None:
        group = match.group
    else:
        group = ClaimGroup.objects.create(kind=claim.kind, subject=claim.subject, value=figure_of(claim),
                                          label=group_label(claim), first_date=day, last_date=day)
    claim.group = group
    claim.save(update_fields=["group"])
    if day and (group.first_date is None or day < group.first_date or group.last_date is None or day > group.last_date):
        group.first_date = min(filter(None, (group.first_date, day)))
        group.last_date = max(filter(None, (group.last_date, day)))
        group.save(update_fields=["first_date", "last_date"])
    return group


def group_label(claim: Claim) -> str:
    if claim.kind == Claim.Kind.STATEMENT:
        who = claim.speaker or "Unknown speaker"
        return f"{who}: {(claim.quote or claim.evidence)[:120]}"
    figure = f"{claim.value:,.0f}" if claim.value is not None else "?"
    if claim.value_max:
        figure += f"–{claim.value_max:,.0f}"
    unit = claim.currency or claim.unit or claim.kind_label.lower()
    return " ".join(part for part in (claim.subject, figure, unit) if part)[:500]


def groups_delete_empty(*, group_ids) -> int:
    deleted, _ = ClaimGroup.objects.filter(pk__in=list(group_ids), claims__isnull=True).delete()
    return deleted
