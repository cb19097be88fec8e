from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.http import urlencode
from django.views.decorators.http import require_GET

from sources.selectors import outlet_list

from .. import selectors
from ..models import Claim

CLAIMS_PER_PAGE = 50


@require_GET
def timeline(request):
    """The interactive timeline above, the claim list for the same window below (also the
    keyboard-friendly equivalent of the timeline); one filter bar drives both, via the URL."""
    filters = selectors.ClaimFilters.from_query(request.GET)
    page = Paginator(selectors.claim_list(filters=filters), CLAIMS_PER_PAGE).get_page(request.GET.get("page"))
    context = {
        "page": page,
        "filters": filters,
        "filter_query": urlencode(filters.as_query()),
    }
    if request.htmx and request.htmx.target == "claim-list":
        return render(request, "claims/_claim_list.html", context)
    first, last = selectors.claim_date_extent(filters=filters)
    context.update({
        "extent_first": first,
        "extent_last": last,
        "items_query": urlencode(filters.as_query(date_from=None, date_to=None)),
        "kinds": selectors.claim_kinds(),
        "outlets": outlet_list(),
        "statuses": Claim.Status.choices,
        "tags": selectors.tag_suggestions(limit=200),
    })
    return render(request, "claims/timeline.html", context)
