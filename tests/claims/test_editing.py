import datetime as dt

import pytest

from claims.models import Claim, ClaimEdit, ClaimGroup, Tag
from claims.services import article_extract_claims
from claims.services.editing import (
    EditConflict,
    EditError,
    claim_delete,
    claim_move,
    claim_set_status,
    claim_tag_add,
    claim_tag_remove,
    claim_update,
    edit_revert,
    group_merge,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def casualty(fake_pipeline, flood_article):
    article_extract_claims(article_id=flood_article.pk)
    return Claim.objects.get(kind="casualty")


@pytest.fixture
def editor(make_user):
    return make_user("editor")


def test_update_records_before_and_after_and_bumps_the_version(casualty, editor):
    claim = claim_update(claim_id=casualty.pk, user=editor, expected_version=1,
                         values={"value": 14.0, "date": dt.date(2024, 3, 3), "speaker": "Budi Santoso"})
    assert claim.value == 14 and claim.version == 2 and claim.edited and claim.edited_by == editor
    assert claim.timeline_date == dt.date(2024, 3, 3)
    edit = ClaimEdit.objects.get()
    assert edit.action == "update" and edit.user == editor
    assert edit.changes == {"value": [12.0, 14.0], "date": ["2024-03-04", "2024-03-03"]}


def test_an_edit_that_changes_nothing_leaves_no_trace(casualty, editor):
    claim_update(claim_id=casualty.pk, user=editor, expected_version=1, values={"value": 12.0})
    assert ClaimEdit.objects.count() == 0
    assert Claim.objects.get(pk=casualty.pk).version == 1


def test_second_editor_gets_a_conflict_with_the_current_values(casualty, editor, make_user):
    claim_update(claim_id=casualty.pk, user=editor, expected_version=1, values={"value": 13.0})
    with pytest.raises(EditConflict) as conflict:
        claim_update(claim_id=casualty.pk, user=make_user("editor", "kedua"), expected_version=1,
                     values={"value": 20.0})
    assert conflict.value.current["value"] == 13.0
    assert Claim.objects.get(pk=casualty.pk).value == 13.0


def test_fields_outside_the_editable_set_are_refused(casualty, editor):
    with pytest.raises(EditError, match="cannot be edited"):
        claim_update(claim_id=casualty.pk, user=editor, expected_version=1, values={"article_id": 9})


def test_status_with_note_and_revert(casualty, editor):
    claim_set_status(claim_id=casualty.pk, user=editor, status="verified", note="Sesuai rilis BPBD", expected_version=1)
    edit = ClaimEdit.objects.get(action="status")
    assert Claim.objects.get(pk=casualty.pk).status == "verified"
    revert = edit_revert(edit_id=edit.pk, user=editor)
    claim = Claim.objects.get(pk=casualty.pk)
    assert claim.status == "unverified" and claim.status_note == ""
    assert revert.reverts == edit and revert.action == "revert"
    with pytest.raises(EditError):
        claim_set_status(claim_id=casualty.pk, user=editor, status="mungkin", expected_version=None)


def test_tags_are_created_on_the_fly_and_reverted(casualty, editor):
    claim_tag_add(claim_id=casualty.pk, user=editor, name="  angka   resmi ")
    claim_tag_add(claim_id=casualty.pk, user=editor, name="Angka Resmi")  # same tag, any case
    assert list(Tag.objects.values_list("name", flat=True)) == ["angka resmi"]
    assert ClaimEdit.objects.filter(action="tag").count() == 1
    edit_revert(edit_id=ClaimEdit.objects.get(action="tag").pk, user=editor)
    assert not Claim.objects.get(pk=casualty.pk).tags.exists()
    claim_tag_add(claim_id=casualty.pk, user=editor, name="perlu dicek")
    claim_tag_remove(claim_id=casualty.pk, user=editor, name="PERLU DICEK")
    assert not Claim.objects.get(pk=casualty.pk).tags.exists()
    with pytest.raises(EditError):
        claim_tag_add(claim_id=casualty.pk, user=editor, name="   ")


def test_delete_hides_the_claim_and_reextraction_does_not_bring_it_back(casualty, editor, flood_article):
    claim_delete(claim_id=casualty.pk, user=editor, expected_version=1)
    article_extract_claims(article_id=flood_article.pk, force=True)
    assert Claim.objects.filter(kind="casualty", is_deleted=False).count() == 0
    edit_revert(edit_id=ClaimEdit.objects.get(action="delete").pk, user=editor)
    assert Claim.objects.filter(kind="casualty", is_deleted=False).count() == 1


def test_reextraction_keeps_an_edited_claim_even_after_its_kind_changed(casualty, editor, flood_article):
    claim_update(claim_id=casualty.pk, user=editor, expected_version=1, values={"kind": "displaced"})
    article_extract_claims(article_id=flood_article.pk, force=True)
    assert list(Claim.objects.filter(article=flood_article).values_list("kind", flat=True).order_by("kind")) == [
        "displaced", "statement"]


def test_move_merge_and_revert(casualty, editor):
    statement = Claim.objects.get(kind="statement")
    group_merge(source_id=statement.group_id, target_id=casualty.group_id, user=editor)
    assert Claim.objects.get(pk=statement.pk).group_id == casualty.group_id
    edit_revert(edit_id=ClaimEdit.objects.get(action="move").pk, user=editor)
    assert Claim.objects.get(pk=statement.pk).group_id != casualty.group_id
    own = claim_move(claim_id=casualty.pk, user=editor, group_id=None)
    assert ClaimGroup.objects.get(pk=own.group_id).claims.count() == 1
    with pytest.raises(EditError):
        claim_move(claim_id=casualty.pk, user=editor, group_id=10**9)
    with pytest.raises(EditError):
        group_merge(source_id=own.group_id, target_id=own.group_id, user=editor)


def test_tags_that_look_identical_are_one_tag(casualty, editor):
    import unicodedata

    from claims.models import Tag

    composed, decomposed = unicodedata.normalize("NFC", "état"), unicodedata.normalize("NFD", "état")
    assert composed != decomposed
    claim_tag_add(claim_id=casualty.pk, user=editor, name=composed)
    claim_tag_add(claim_id=casualty.pk, user=editor, name=decomposed)
    assert list(Tag.objects.values_list("name", flat=True)) == [composed]
    claim_tag_remove(claim_id=casualty.pk, user=editor, name=decomposed)
    assert not Claim.objects.get(pk=casualty.pk).tags.exists()
