"""Timeline windows are cached per process for settings.KLAIM_TIMELINE_CACHE_SECONDS: the boxes may
lag that long behind new claims, the claim list never does."""
import pytest

from claims.models import Claim
from claims.selectors import ClaimFilters, claim_list, timeline_items
from claims.synthetic import make_synthetic_claims

pytestmark = pytest.mark.django_db


def add_claim_like(claim: Claim) -> Claim:
    return Claim.objects.create(article=claim.article, kind=claim.kind, value=(claim.value or 0) + 1,
                                evidence="x", start=0, end=1, origin=f"test-{Claim.objects.count()}",
                                date=claim.date, timeline_date=claim.timeline_date)


def test_a_window_is_read_once_per_period(settings):
    settings.KLAIM_TIMELINE_CACHE_SECONDS = 60
    make_synthetic_claims(count=40)
    filters = ClaimFilters()
    before = timeline_items(filters=filters)
    add_claim_like(Claim.objects.first())
    assert timeline_items(filters=filters) == before, "within the period the cached boxes are shown"
    assert claim_list(filters=filters).count() == 41, "the list is never cached"


def test_without_a_period_every_window_is_read_fresh(settings):
    settings.KLAIM_TIMELINE_CACHE_SECONDS = 0
    make_synthetic_claims(count=40)
    filters = ClaimFilters()
    before = sum(item["claims"] for item in timeline_items(filters=filters))
    add_claim_like(Claim.objects.first())
    assert sum(item["claims"] for item in timeline_items(filters=filters)) == before + 1


def test_other_filters_are_other_windows(settings):
    settings.KLAIM_TIMELINE_CACHE_SECONDS = 60
    make_synthetic_claims(count=60)
    everything = timeline_items(filters=ClaimFilters())
    casualties = timeline_items(filters=ClaimFilters.from_query({"kind": "casualty"}))
    assert casualties != everything and {item["kind"] for item in casualties} <= {"casualty"}
