import datetime as dt

import pytest
from django.urls import reverse

from claims.services import article_extract_claims
from sources.services import article_create

pytestmark = pytest.mark.django_db


def test_timeline_shows_claims_with_their_source(client_as, extracted):
    response = client_as("analyst").get(reverse("timeline"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Kabar Contoh" in html  # the outlet
    assert "Budi Santoso" in html and "Kepala BPBD Kabupaten Contoh" in html
    assert "Tim gabungan masih mencari korban" in html
    assert "Monday, 4 March 2024" in html  # grouped by the day the claim was made
    assert "via Antara" in html
    assert f"/articles/{extracted.pk}/?claim=" in html


def test_timeline_filters_by_kind_and_outlet(client_as, extracted):
    client = client_as("analyst")
    html = client.get(reverse("timeline"), {"kind": "statement"}).content.decode()
    assert "Tim gabungan" in html and "≥ 12" not in html
    other = article_create(content="Artikel lain tentang panen raya di desa yang jauh dari banjir sama sekali.",
                           outlet_name="Outlet Lain", enqueue=False).article
    html = client.get(reverse("timeline"), {"outlet": other.outlet_id}).content.decode()
    assert "No claim matches these filters" in html


def test_timeline_empty_state_invites_admins_to_upload(client_as, db):
    html = client_as("admin").get(reverse("timeline")).content.decode()
    assert "No claims yet" in html and reverse("upload") in html


def test_timeline_paginates(client_as, extracted, monkeypatch):
    monkeypatch.setattr("claims.views.timeline.CLAIMS_PER_PAGE", 1)
    client = client_as("analyst")
    first = client.get(reverse("timeline")).content.decode()
    assert "Page 1 of 2" in first and "page=2" in first
    assert client.get(reverse("timeline"), {"page": 99}).status_code == 200  # past the end → last page


def test_article_page_highlights_the_claims_sentence(client_as, extracted):
    from claims.models import Claim

    claim = Claim.objects.get(kind="casualty")
    html = client_as("analyst").get(reverse("article-detail", args=[extracted.pk]), {"claim": claim.pk}).content.decode()
    assert f'<mark id="evidence-{claim.pk}" class="focus"' in html
    assert "sedikitnya 12 orang tewas" in html


def test_dates_render_for_claims_without_own_date(client_as, fake_pipeline, db, flood_article_text):
    article = article_create(content=flood_article_text, published_on=dt.date(2024, 3, 5), enqueue=False).article
    article_extract_claims(article_id=article.pk)
    assert client_as("analyst").get(reverse("timeline")).status_code == 200

