"""What editors do to claims: correct fields, set the verification status, tag, delete, move
between groups, merge groups, and revert any of it. Every change is one ClaimEdit row with the
values before and after; every change marks the claim `edited`, so re-extraction leaves it alone.

Concurrent edits: a form carries the claim's `version`; an edit made against an older version
raises EditConflict with the current values instead of silently overwriting them.
"""
from __future__ import annotations

import datetime as dt
import unicodedata

from django.db import transaction
from django.db.models import F

from ..models import Claim, ClaimEdit, ClaimGroup, Tag
from .extraction import actor_get_or_create

EDITABLE_FIELDS = (
    "kind", "value", "value_max", "qualifier", "unit", "currency", "subject", "target", "speaker",
    "speaker_role", "quote", "direct", "stance", "date", "date_precision",
)
STATUS_FIELDS = ("status", "status_note")
TAG_NAME_MAX = 60


class EditConflict(Exception):
    """Someone changed the claim since the form was loaded."""

    def __init__(self, claim: Claim):
        self.claim = claim
        self.current = {name: getattr(claim, name) for name in EDITABLE_FIELDS + STATUS_FIELDS}
        super().__init__(f"Claim {claim.pk} was changed by someone else (now version {claim.version}).")


class EditError(ValueError):
    """An edit that cannot be made (unknown tag, a group that does not exist…)."""


def _json(value):
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _from_json(field: str, value):
    if field == "date" and value:
        return dt.date.fromisoformat(value)
    return value


def _locked(claim_id: int, expected_version: int | None) -> Claim:
    claim = Claim.objects.select_for_update().get(pk=claim_id)
    if expected_version is not None and claim.version != expected_version:
        raise EditConflict(claim)
    return claim


def _record(claim: Claim, *, user, action: str, changes: dict, reverts: ClaimEdit | None = None) -> ClaimEdit:
    Claim.objects.filter(pk=claim.pk).update(edited=True, edited_by=user, version=F("version") + 1)
    claim.refresh_from_db(fields=["edited", "edited_by", "version"])
    return ClaimEdit.objects.create(claim=claim, user=user, action=action, changes=changes, reverts=reverts)


def _apply_fields(claim: Claim, values: dict) -> dict:
    """Set the given fields; returns {field: [before, after]} for those that changed."""
    changes = {}
    for field, value in values.items():
        before = getattr(claim, field)
        if before != value:
            changes[field] = [_json(before), _json(value)]
            setattr(claim, field, value)
    if not changes:
        return changes
    if "speaker" in changes:
        claim.speaker_actor = actor_get_or_create(name=claim.speaker)
    if "date" in changes:
        claim.timeline_date = claim.date or claim.article.published_on
    claim.save()
    return changes


def claim_update(*, claim_id: int, user, values: dict, expected_version: int | None) -> Claim:
    """Correct any of EDITABLE_FIELDS. Nothing changed → no history row, no version bump."""
    unknown = set(values) - set(EDITABLE_FIELDS)
    if unknown:
        raise EditError(f"these fields cannot be edited: {', '.join(sorted(unknown))}")
    with transaction.atomic():
        claim = _locked(claim_id, expected_version)
        changes = _apply_fields(claim, values)
        if changes:
            _record(claim, user=user, action=ClaimEdit.Action.UPDATE, changes=changes)
    return claim


def claim_set_status(*, claim_id: int, user, status: str, note: str = "", expected_version: int | None) -> Claim:
    if status not in Claim.Status.values:
        raise EditError(f"unknown status {status!r}")
    with transaction.atomic():
        claim = _locked(claim_id, expected_version)
        changes = _apply_fields(claim, {"status": status, "status_note": note.strip()})
        if changes:
            _record(claim, user=user, action=ClaimEdit.Action.STATUS, changes=changes)
    return claim


def tag_name(name: str) -> str:
    """One spelling per tag: NFC ("état" typed composed or decomposed is one tag), single spaces."""
    return unicodedata.normalize("NFC", " ".join(name.split()))[:TAG_NAME_MAX]


def tag_get_or_create(*, name: str, user=None) -> Tag:
    name = tag_name(name)
    if not name:
        raise EditError("a tag needs a name")
    existing = Tag.objects.filter(name__iexact=name).first()
    return existing or Tag.objects.create(name=name, created_by=user)


def _tag_names(claim: Claim) -> list[str]:
    return sorted(claim.tags.values_list("name", flat=True))


def claim_tag_add(*, claim_id: int, user, name: str) -> Claim:
    """Tags don't conflict with field edits, so they need no version: two editors may both tag."""
    with transaction.atomic():
        claim = _locked(claim_id, None)
        tag = tag_get_or_create(name=name, user=user)
        before = _tag_names(claim)
        if tag.name not in before:
            claim.tags.add(tag)
            _record(claim, user=user, action=ClaimEdit.Action.TAG, changes={"tags": [before, _tag_names(claim)]})
    return claim


def claim_tag_remove(*, claim_id: int, user, name: str) -> Claim:
    with transaction.atomic():
        claim = _locked(claim_id, None)
        before = _tag_names(claim)
        tag = claim.tags.filter(name__iexact=tag_name(name)).first()
        if tag is not None:
            claim.tags.remove(tag)
            _record(claim, user=user, action=ClaimEdit.Action.UNTAG, changes={"tags": [before, _tag_names(claim)]})
    return claim


def claim_delete(*, claim_id: int, user, expected_version: int | None) -> Claim:
    """Hide a wrong extraction. It stays in the database so the deletion can be reverted."""
    with transaction.atomic():
        claim = _locked(claim_id, expected_version)
        if not claim.is_deleted:
            claim.is_deleted = True
            claim.save(update_fields=["is_deleted"])
            _record(claim, user=user, action=ClaimEdit.Action.DELETE, changes={"is_deleted": [False, True]})
    return claim


def claim_move(*, claim_id: int, user, group_id: int | None) -> Claim:
    """Put the claim in another group, or (group_id None) in a group of its own."""
    with transaction.atomic():
        claim = _locked(claim_id, None)
        if group_id is None:
            group = ClaimGroup.objects.create(kind=claim.kind, subject=claim.subject, value=claim.value,
                                              label=(claim.quote or claim.evidence)[:200],
                                              first_date=claim.timeline_date, last_date=claim.timeline_date)
        else:
            group = ClaimGroup.objects.filter(pk=group_id).first()
            if group is None:
                raise EditError(f"there is no group {group_id}")
        if claim.group_id != group.pk:
            before = claim.group_id
            claim.group = group
            claim.save(update_fields=["group"])
            group_dates_refresh(group=group)
            _record(claim, user=user, action=ClaimEdit.Action.MOVE, changes={"group": [before, group.pk]})
    return claim


def group_merge(*, source_id: int, target_id: int, user) -> ClaimGroup:
    """Move every claim of `source` into `target` (each move is its own revertable edit)."""
    if source_id == target_id:
        raise EditError("a group cannot be merged into itself")
    target = ClaimGroup.objects.filter(pk=target_id).first()
    if target is None or not ClaimGroup.objects.filter(pk=source_id).exists():
        raise EditError("both groups must exist")
    with transaction.atomic():
        for claim_id in Claim.objects.filter(group_id=source_id).values_list("pk", flat=True):
            claim_move(claim_id=claim_id, user=user, group_id=target_id)
    return target


def group_dates_refresh(*, group: ClaimGroup) -> None:
    dates = [d for d in group.claims.filter(is_deleted=False).values_list("timeline_date", flat=True) if d]
    group.first_date, group.last_date = (min(dates), max(dates)) if dates else (None, None)
    group.save(update_fields=["first_date", "last_date"])


def edit_revert(*, edit_id: int, user) -> ClaimEdit:
    """Undo one edit: put back its `before` values, as a new edit (so the revert can be undone)."""
    with transaction.atomic():
        edit = ClaimEdit.objects.select_related("claim").get(pk=edit_id)
        claim = _locked(edit.claim_id, None)
        changes = {}
        for field, (before, after) in edit.changes.items():
            if field == "tags":
                changes.update(_tags_revert(claim, before=before, after=after, user=user))
            elif field == "group":
                group_id = before if ClaimGroup.objects.filter(pk=before).exists() else None
                changes["group"] = [claim.group_id, group_id]
                claim.group_id = group_id
                claim.save(update_fields=["group"])
            else:
                changes.update(_apply_fields(claim, {field: _from_json(field, before)}))
        return _record(claim, user=user, action=ClaimEdit.Action.REVERT, changes=changes, reverts=edit)


def _tags_revert(claim: Claim, *, before: list, after: list, user) -> dict:
    current = _tag_names(claim)
    for name in set(after) - set(before):  # added by the edit → remove
        claim.tags.remove(*claim.tags.filter(name=name))
    for name in set(before) - set(after):  # removed by the edit → add back
        claim.tags.add(tag_get_or_create(name=name, user=user))
    return {"tags": [current, _tag_names(claim)]}
