"""The claim page for analysts, and the editors' desk on it."""
import re

from claims.models import Claim, ClaimEdit


def open_claim(page, live_server, claim):
    page.goto(f"{live_server.url}/claims/{claim.pk}/")


def test_claim_page_shows_sentence_and_other_sources(page, live_server, login, shot, reported_claims):
    login("analyst")
    page.locator("#claim-list").get_by_text("Warta Contoh").first.wait_for()
    open_claim(page, live_server, reported_claims["troop"])
    shot("claim")
    evidence = page.get_by_test_id("evidence")
    assert "1.500 tentara" in evidence.inner_text()
    members = page.get_by_test_id("group-members")
    assert "Kabar Harian" in members.inner_text()  # the same figure from another outlet


def test_editor_tags_verifies_and_reverts(page, live_server, login, shot, reported_claims):
    claim = reported_claims["troop"]
    login("editor")
    open_claim(page, live_server, claim)
    page.evaluate("window.__sameDocument = true")  # gone if the page reloads
    shot("editor-view")

    page.get_by_label("Add a tag").fill("angka intelijen")
    page.get_by_role("button", name="Add tag").click()
    page.get_by_test_id("claim-tags").get_by_text("angka intelijen").wait_for()
    shot("tagged")

    page.get_by_label("Verification status").select_option("verified")
    page.get_by_label("Note").fill("Dikonfirmasi dua sumber resmi")
    page.get_by_role("button", name="Save status").click()
    page.get_by_test_id("claim-status").filter(has_text="Verified").wait_for()
    shot("verified")
    assert page.evaluate("window.__sameDocument === true"), "the page reloaded"
    assert Claim.objects.get(pk=claim.pk).status == "verified"
    assert set(Claim.objects.get(pk=claim.pk).tags.values_list("name", flat=True)) == {"angka intelijen"}

    status_edit = ClaimEdit.objects.get(claim=claim, action="status")
    page.locator("[data-testid=history] li").filter(has_text="set the status").get_by_role("button", name="Revert").click()
    page.get_by_test_id("claim-status").filter(has_text="Unverified").wait_for()
    shot("reverted")
    assert Claim.objects.get(pk=claim.pk).status == "unverified"
    assert ClaimEdit.objects.filter(reverts=status_edit).exists()


def test_analyst_has_no_edit_controls_and_a_forged_post_is_refused(page, live_server, login, shot, reported_claims):
    claim = reported_claims["statement"]
    login("analyst")
    open_claim(page, live_server, claim)
    shot("analyst-view")
    assert page.get_by_role("button", name=re.compile("Add tag|Save status|Revert|Delete")).count() == 0
    assert page.locator("section.editor").count() == 0

    token = next(c["value"] for c in page.context.cookies() if c["name"] == "csrftoken")
    response = page.request.post(f"{live_server.url}/claims/{claim.pk}/status/",
                                 form={"status-status": "false", "status-version": "1", "status-note": "x"},
                                 headers={"X-CSRFToken": token, "Referer": f"{live_server.url}/claims/{claim.pk}/"})
    assert response.status == 403
    assert Claim.objects.get(pk=claim.pk).status == "unverified"
    assert not ClaimEdit.objects.exists()


def test_two_editors_at_once_get_a_conflict_not_a_silent_overwrite(page, live_server, login, shot, reported_claims):
    from claims.services.editing import claim_update

    claim = reported_claims["casualty"]
    editor = login("editor")
    open_claim(page, live_server, claim)
    page.get_by_text("Correct fields").click()
    claim_update(claim_id=claim.pk, user=editor, values={"value": 14.0}, expected_version=1)  # the other editor
    page.get_by_label("Value", exact=True).fill("20")
    page.get_by_role("button", name="Save corrections").click()
    page.get_by_test_id("conflict").wait_for()
    shot("conflict")
    assert "14.0" in page.get_by_test_id("conflict").inner_text()
    assert Claim.objects.get(pk=claim.pk).value == 14.0
