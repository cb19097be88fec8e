from django.shortcuts import render
from django.views.decorators.http import require_GET

from tracker import params

from .. import selectors
from ..charts import figure_chart
from ..models import Claim

FIGURE_KINDS = [(k, label) for k, label in Claim.Kind.choices if k not in ("statement", "other")]


@require_GET
def figures(request):
    """A subject's figures of one kind against the date they were claimed, per claimant."""
    kind = params.choice(request.GET, "kind", dict(FIGURE_KINDS), default="troop_count")
    subject = params.text(request.GET, "subject")
    series = selectors.figure_series(subject=subject, kind=kind) if subject else {}
    return render(request, "claims/figures.html", {
        "kind": kind,
        "kinds": FIGURE_KINDS,
        "subject": subject,
        "series": series,
        "chart": figure_chart(series),
        "subjects": selectors.subject_suggestions(kind=kind),
    })
