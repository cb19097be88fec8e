"""make_synthetic_claims (the benchmarks' data) stores claims as extraction would: each with an
identity unique within its article (the database refuses duplicates)."""
import pytest
from django.core.management import call_command

from claims.models import Claim

pytestmark = pytest.mark.django_db


def test_synthetic_claims_have_unique_identities():
    call_command("make_synthetic_claims", "--count", "3000")
    assert Claim.objects.count() == 3000
    per_article = Claim.objects.values_list("article_id", "origin")
    assert len(set(per_article)) == 3000
