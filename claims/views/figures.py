from django.shortcuts import render
from django.views.decorators.http import require_GET

from .. import selectors
from ..charts import figure_chart
from ..models import Claim

FIGURE_KINDS = [(k, label) for k, label in Claim.Kind.choices if k not in ("statement", "other")]


@require_GET
def figures(request):
    """A subject's figures of one kind against the date they were claimed, per claimant."""
    kind = request.GET.get("kind", "troop_count")
    kind = kind if kind in dict(FIGURE_KINDS) else "troop_count"
    subject = request.GET.get("subject", "").strip()[:200]
    series = selectors.figure_series(subject=subject, kind=kind) if subject else {}
    return render(request, "claims/figures.html", {
        "kind": kind,
        "kinds": FIGURE_KINDS,
        "subject": subject,
        "series": series,
        "chart": figure_chart(series),
        "subjects": selectors.subject_suggestions(kind=kind),
    })
