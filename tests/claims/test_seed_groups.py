"""Grouping on the real seed articles: the same figure reported by several outlets meets in one
group. Reads ../shared/corpus (skipped when absent); uses the real pipeline."""
import pytest
from django.core.management import call_command
from django.db.models import Count

from claims.models import ClaimGroup

pytestmark = [pytest.mark.corpus, pytest.mark.django_db]


def outlets_in_group_near(value, kind="troop_count"):
    best = 0
    groups = ClaimGroup.objects.filter(kind=kind, claims__value__gte=value * 0.85, claims__value__lte=value * 1.15)
    for group in groups.annotate(n=Count("claims")).distinct():
        outlets = set(group.claims.filter(value_max__isnull=True).values_list("article__outlet__name", flat=True))
        best = max(best, len(outlets - {None}))
    return best


def test_seed_figures_group_across_outlets(shared_dir, capsys):
    call_command("ingest", str(shared_dir / "corpus" / "seeds"), "--now")
    capsys.readouterr()
    assert outlets_in_group_near(10_000) >= 3
    assert outlets_in_group_near(1_500) >= 2
