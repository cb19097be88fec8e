
import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_api_claims_contract(client_as, extracted):
    data = client_as("analyst").get(reverse("api-claims")).json()
    assert data["count"] == 2 and data["next"] is None
    claim = next(c for c in data["results"] if c["kind"] == "casualty")
    assert claim["value"] == 12 and claim["qualifier"] == "at_least" and claim["date"] == "2024-03-04"
    assert claim["article"] == {"id": extracted.pk, "outlet": "Kabar Contoh", "title": extracted.title,
                                "url": None, "published": "2024-03-05", "credits": ["Antara"]}
    assert isinstance(claim["group"], int)
    for field in ("kind", "value", "value_max", "qualifier", "unit", "currency", "subject", "target", "speaker",
                  "speaker_role", "quote", "direct", "date", "date_precision", "evidence", "start", "end", "id"):
        assert field in claim


def test_api_claims_paginates_and_filters(client_as, extracted):
    client = client_as("analyst")
    page = client.get(reverse("api-claims"), {"page_size": 1}).json()
    assert page["count"] == 2 and len(page["results"]) == 1 and "page=2" in page["next"]
    assert client.get(reverse("api-claims"), {"kind": "statement"}).json()["count"] == 1
    assert client.get(reverse("api-claims"), {"from": "2024-03-05"}).json()["count"] == 0
    assert client.get(reverse("api-claims"), {"page": 5}).status_code == 404
    assert client.get(reverse("api-claims"), {"page": "x"}).status_code == 400


def test_api_requires_authentication(client, db):
    response = client.get(reverse("api-claims"))
    assert response.status_code == 401


def test_api_timeline_returns_one_item_per_group_in_the_window(client_as, extracted):
    client = client_as("analyst")
    data = client.get(reverse("api-timeline"), {"from": "2024-03-01", "to": "2024-03-31"}).json()
    assert len(data["items"]) == 2 and {i["kind"] for i in data["items"]} == {"casualty", "statement"}
    item = data["items"][0]
    assert set(item) >= {"id", "group", "first_claim", "kind", "start", "end", "claims", "outlets", "label"}
    assert client.get(reverse("api-timeline"), {"from": "2025-01-01", "to": "2025-02-01"}).json()["items"] == []
    assert client.get(reverse("api-timeline")).status_code == 400


def test_api_tags_suggests_existing_tags(client_as, extracted):
    from claims.models import Claim
    from claims.services.editing import claim_tag_add

    editor = client_as("editor")
    claim_tag_add(claim_id=Claim.objects.first().pk, user=None, name="angka resmi")
    assert editor.get(reverse("api-tags"), {"q": "resmi"}).json() == {"tags": ["angka resmi"]}
    assert editor.get(reverse("api-tags"), {"q": "tidak ada"}).json() == {"tags": []}
