import datetime as dt

import pytest
from django.urls import reverse

from claims.models import Claim
from sources.models import Article

pytestmark = pytest.mark.django_db


def claim(value, day, speaker, value_max=None, qualifier="exact"):
    article = Article.objects.create(text="x", content_hash=f"fig-{Article.objects.count()}", published_on=day)
    return Claim.objects.create(article=article, kind="troop_count", value=value, value_max=value_max,
                                qualifier=qualifier, subject="Negara Tetangga", speaker=speaker, evidence="x",
                                start=0, end=1, date=day, timeline_date=day)


def test_figures_chart_has_a_series_per_claimant_with_ranges(client_as):
    claim(1500, dt.date(2024, 5, 1), "Badan intelijen")
    claim(3000, dt.date(2024, 5, 8), "Badan intelijen", qualifier="at_least")
    claim(10000, dt.date(2024, 5, 20), "Menteri Pertahanan")
    ranged = claim(10000, dt.date(2024, 5, 22), "Analis", value_max=99999)
    html = client_as("analyst").get(reverse("figures"), {"subject": "negara tetangga", "kind": "troop_count"}).content.decode()
    assert html.count('class="series series-') == 3 and 'series-2' in html  # colours from CSS classes, no style attribute
    assert 'style=' not in html
    assert html.count("<circle") == 4 and 'class="range"' in html
    assert f'href="/claims/{ranged.pk}/"' in html
    assert "Badan intelijen" in html and "Menteri Pertahanan" in html


def test_figures_empty_states(client_as):
    client = client_as("analyst")
    assert "Choose a subject" in client.get(reverse("figures")).content.decode()
    assert "No troop" in client.get(reverse("figures"), {"subject": "Atlantis"}).content.decode()
