"""The claim page, and what editors do there. Every action is a POST that re-renders the page;
htmx swaps the claim panel in place (no reload), a browser without JavaScript follows a redirect."""
from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_POST

from tracker import params
from tracker.roles import EDITOR, has_role, role_required

from .. import selectors
from ..forms import ClaimEditForm, MergeForm, MoveForm, StatusForm, TagForm
from ..models import Claim, ClaimEdit
from ..services import editing

CONTEXT_CHARS = 600


def _claim_or_404(claim_id):
    try:
        return selectors.claim_get(claim_id=claim_id)
    except Claim.DoesNotExist:
        raise Http404("No such claim") from None


def evidence_context(claim: Claim) -> tuple[str, str, str]:
    """The paragraph around the claim's sentence, split as (before, sentence, after)."""
    text = claim.article.text
    start = text.rfind("\n", 0, claim.start) + 1
    end = text.find("\n", claim.end)
    end = len(text) if end == -1 else end
    start = max(start, claim.start - CONTEXT_CHARS)
    end = min(end, claim.end + CONTEXT_CHARS)
    return text[start:claim.start], text[claim.start:claim.end], text[claim.end:end]


def _render(request, claim, *, status=200, edit_form=None, status_form=None, conflict=None):
    claim = selectors.claim_get(claim_id=claim.pk)  # fresh: tags, version, group after an edit
    can_edit = has_role(request.user, EDITOR)
    before, sentence, after = evidence_context(claim)
    context = {
        "claim": claim,
        "context_before": before,
        "context_sentence": sentence,
        "context_after": after,
        "members": selectors.claim_group_members(claim=claim),
        "history": selectors.claim_history(claim=claim),
        "conflict": conflict,
    }
    if can_edit:
        context.update({
            "edit_form": edit_form or ClaimEditForm.for_claim(claim),
            "status_form": status_form or StatusForm(initial={"version": claim.version, "status": claim.status,
                                                              "note": claim.status_note}, prefix="status"),
            "tag_form": TagForm(prefix="tag"),
            "move_form": MoveForm(prefix="move"),
            "merge_form": MergeForm(prefix="merge"),
            "tag_suggestions": selectors.tag_suggestions(limit=200),
        })
    return render(request, "claims/claim_detail.html", context, status=status)


def _done(request, claim, message):
    messages.success(request, message)
    if request.htmx:
        return _render(request, claim)
    return redirect("claim-detail", claim_id=claim.pk)


@require_GET
def claim_detail(request, claim_id):
    return _render(request, _claim_or_404(claim_id))


def _apply(request, claim, change, message):
    """Make an editor's change; answer with the page, a conflict (409) or the refusal (400)."""
    try:
        change()
    except editing.EditConflict as conflict:
        return _render(request, claim, status=409, conflict=conflict)
    except editing.EditError as exc:
        messages.error(request, str(exc))
        return _render(request, claim, status=400)
    return _done(request, claim, message)


@role_required(EDITOR)
@require_POST
def claim_edit(request, claim_id):
    claim = _claim_or_404(claim_id)
    form = ClaimEditForm.for_claim(claim, data=request.POST)
    if not form.is_valid():
        return _render(request, claim, status=400, edit_form=form)
    return _apply(request, claim, lambda: editing.claim_update(
        claim_id=claim.pk, user=request.user, values=form.changed_values(),
        expected_version=form.cleaned_data["version"]), "Claim corrected.")


@role_required(EDITOR)
@require_POST
def claim_status(request, claim_id):
    claim = _claim_or_404(claim_id)
    form = StatusForm(request.POST, prefix="status")
    if not form.is_valid():
        return _render(request, claim, status=400, status_form=form)
    data = form.cleaned_data
    return _apply(request, claim, lambda: editing.claim_set_status(
        claim_id=claim.pk, user=request.user, status=data["status"], note=data["note"],
        expected_version=data["version"]), f"Status set to {data['status']}.")


@role_required(EDITOR)
@require_POST
def claim_tag_add(request, claim_id):
    claim = _claim_or_404(claim_id)
    form = TagForm(request.POST, prefix="tag")
    if not form.is_valid():
        return _render(request, claim, status=400)
    name = form.cleaned_data["name"]
    return _apply(request, claim, lambda: editing.claim_tag_add(claim_id=claim.pk, user=request.user, name=name),
                  f"Tagged “{name.strip()}”.")


@role_required(EDITOR)
@require_POST
def claim_tag_remove(request, claim_id):
    claim = _claim_or_404(claim_id)
    name = request.POST.get("name", "")
    return _apply(request, claim, lambda: editing.claim_tag_remove(claim_id=claim.pk, user=request.user, name=name),
                  f"Removed the tag “{name}”.")


@role_required(EDITOR)
@require_POST
def claim_delete(request, claim_id):
    claim = _claim_or_404(claim_id)
    version = params.whole_number(request.POST, "version")
    return _apply(request, claim, lambda: editing.claim_delete(
        claim_id=claim.pk, user=request.user, expected_version=version),
        "Claim deleted. Revert it from its history to bring it back.")


@role_required(EDITOR)
@require_POST
def claim_move(request, claim_id):
    claim = _claim_or_404(claim_id)
    form = MoveForm(request.POST, prefix="move")
    if not form.is_valid():
        return _render(request, claim, status=400)
    return _apply(request, claim, lambda: editing.claim_move(
        claim_id=claim.pk, user=request.user, group_id=form.cleaned_data["group"]), "Claim moved.")


@role_required(EDITOR)
@require_POST
def group_merge(request, claim_id):
    claim = _claim_or_404(claim_id)
    form = MergeForm(request.POST, prefix="merge")
    if not form.is_valid() or claim.group_id is None:
        return _render(request, claim, status=400)
    target = form.cleaned_data["target"]
    return _apply(request, claim, lambda: editing.group_merge(
        source_id=claim.group_id, target_id=target, user=request.user), f"Group merged into group {target}.")


@role_required(EDITOR)
@require_POST
def edit_revert(request, edit_id):
    edit = get_object_or_404(ClaimEdit, pk=edit_id)
    editing.edit_revert(edit_id=edit.pk, user=request.user)
    claim = _claim_or_404(edit.claim_id)
    return _done(request, claim, "Change reverted.")


__all__ = ("claim_delete", "claim_detail", "claim_edit", "claim_move", "claim_status", "claim_tag_add",
           "claim_tag_remove", "edit_revert", "group_merge")
