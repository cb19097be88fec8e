"""The claim page and every editor action, for every role: allowed → works; not allowed → 403
and nothing changes."""
import pytest
from django.urls import reverse

from claims.models import Claim, ClaimEdit
from claims.services import article_extract_claims
from claims.services.editing import claim_set_status

pytestmark = pytest.mark.django_db


@pytest.fixture
def claims(fake_pipeline, flood_article):
    article_extract_claims(article_id=flood_article.pk)
    return Claim.objects.get(kind="casualty"), Claim.objects.get(kind="statement")


def action_posts(casualty, statement):
    """(name, url, data, check(casualty) -> bool that the action took effect)."""
    return [
        ("edit", reverse("claim-edit", args=[casualty.pk]),
         {"edit-version": 1, "edit-kind": "casualty", "edit-value": "14", "edit-qualifier": "at_least",
          "edit-unit": "orang", "edit-subject": "warga", "edit-speaker": "Budi Santoso",
          "edit-speaker_role": "Kepala BPBD Kabupaten Contoh", "edit-date": "2024-03-04", "edit-date_precision": "day"},
         lambda c: c.value == 14),
        ("status", reverse("claim-status", args=[casualty.pk]),
         {"status-version": 1, "status-status": "verified", "status-note": "rilis resmi"}, lambda c: c.status == "verified"),
        ("tag", reverse("claim-tag-add", args=[casualty.pk]), {"tag-name": "angka resmi"},
         lambda c: c.tags.filter(name="angka resmi").exists()),
        ("delete", reverse("claim-delete", args=[casualty.pk]), {"version": 1}, lambda c: c.is_deleted),
        ("move", reverse("claim-move", args=[casualty.pk]), {"move-group": statement.group_id},
         lambda c: c.group_id == statement.group_id),
        ("merge", reverse("group-merge", args=[casualty.pk]), {"merge-target": statement.group_id},
         lambda c: c.group_id == statement.group_id),
    ]


ACTIONS = ["edit", "status", "tag", "delete", "move", "merge"]


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize(("role", "allowed"), [("analyst", False), ("editor", True), ("admin", True)])
def test_editor_actions_by_role(client_as, claims, role, allowed, action):
    casualty, statement = claims
    name, url, data, took_effect = next(a for a in action_posts(casualty, statement) if a[0] == action)
    response = client_as(role).post(url, data)
    casualty = Claim.objects.get(pk=casualty.pk)
    if allowed:
        assert response.status_code == 302, response.content[:500]
        assert took_effect(casualty)
        assert ClaimEdit.objects.filter(claim=casualty).exists()
    else:
        assert response.status_code == 403
        assert not took_effect(casualty)
        assert not ClaimEdit.objects.exists()


@pytest.mark.parametrize(("role", "allowed"), [("analyst", False), ("editor", True)])
def test_revert_by_role(client_as, claims, make_user, role, allowed):
    casualty, _ = claims
    claim_set_status(claim_id=casualty.pk, user=make_user("editor", "lain"), status="disputed", expected_version=1)
    edit = ClaimEdit.objects.get()
    response = client_as(role).post(reverse("edit-revert", args=[edit.pk]))
    assert response.status_code == (302 if allowed else 403)
    assert Claim.objects.get(pk=casualty.pk).status == ("unverified" if allowed else "disputed")


def test_htmx_actions_answer_with_the_panel_not_a_redirect(client_as, claims):
    casualty, _ = claims
    response = client_as("editor").post(reverse("claim-tag-add", args=[casualty.pk]), {"tag-name": "cek lagi"},
                                         HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="claim-panel"' in html and "cek lagi" in html and "Tagged" in html


def test_a_stale_edit_is_a_conflict_with_the_current_values(client_as, claims, make_user):
    casualty, _ = claims
    claim_set_status(claim_id=casualty.pk, user=make_user("editor", "cepat"), status="disputed", expected_version=1)
    response = client_as("editor").post(reverse("claim-status", args=[casualty.pk]),
                                        {"status-version": 1, "status-status": "verified"})
    assert response.status_code == 409
    assert "Someone else changed this claim" in response.content.decode()
    assert Claim.objects.get(pk=casualty.pk).status == "disputed"


def test_invalid_edit_shows_the_form_errors(client_as, claims):
    casualty, _ = claims
    response = client_as("editor").post(reverse("claim-edit", args=[casualty.pk]),
                                        {"edit-version": 1, "edit-kind": "casualty", "edit-value": "banyak",
                                         "edit-qualifier": "exact"})
    assert response.status_code == 400
    assert "Enter a number." in response.content.decode()


def test_claim_page_for_analysts_shows_context_group_and_history_without_controls(client_as, claims, make_user):
    casualty, _ = claims
    claim_set_status(claim_id=casualty.pk, user=make_user("editor", "penyunting"), status="corroborated",
                     note="dua sumber", expected_version=1)
    analyst = client_as("analyst")
    html = analyst.get(reverse("claim-detail", args=[casualty.pk])).content.decode()
    assert 'data-testid="evidence">' in html and "sedikitnya 12 orang tewas" in html
    assert "penyunting" in html and "set the status" in html
    assert "Editor tools" not in html and "Revert" not in html
    assert analyst.get(reverse("claim-detail", args=[10**9])).status_code == 404


def test_deleted_claims_leave_the_timeline(client_as, claims):
    casualty, _ = claims
    client_as("editor").post(reverse("claim-delete", args=[casualty.pk]), {"version": 1})
    data = client_as("analyst").get(reverse("api-claims")).json()
    assert casualty.pk not in [c["id"] for c in data["results"]]
