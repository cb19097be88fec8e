from django.core.paginator import EmptyPage, Paginator
from django.http import JsonResponse
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.http import require_GET

from tracker import params

from .. import selectors
from ..serializers import claim_to_dict, timeline_item_to_dict

API_PAGE_SIZE = 50
API_MAX_PAGE_SIZE = 200


def _json(data, status=200):
    return JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})


@require_GET
def api_claims(request):
    filters = selectors.ClaimFilters.from_query(request.GET)
    size = min(API_MAX_PAGE_SIZE, params.whole_number(request.GET, "page_size", default=API_PAGE_SIZE))
    number = params.whole_number(request.GET, "page", default=1)
    paginator = Paginator(selectors.claim_list(filters=filters), size)
    try:
        page = paginator.page(number)
    except EmptyPage:
        return _json({"error": f"page {number} does not exist"}, status=404)

    def link(n):
        query = urlencode({**filters.as_query(), "page": n, "page_size": size})
        return request.build_absolute_uri(f"{reverse('api-claims')}?{query}")

    return _json({
        "count": paginator.count,
        "next": link(page.next_page_number()) if page.has_next() else None,
        "previous": link(page.previous_page_number()) if page.has_previous() else None,
        "results": [claim_to_dict(claim) for claim in page.object_list],
    })


@require_GET
def api_timeline(request):
    """Timeline items (one per claim group) for the visible window: `from`, `to` and the filters."""
    filters = selectors.ClaimFilters.from_query(request.GET)
    if not (filters.date_from and filters.date_to):
        return _json({"error": "from and to (YYYY-MM-DD) are required"}, status=400)
    items = selectors.timeline_items(filters=filters)
    return _json({"items": [timeline_item_to_dict(item) for item in items],
                  "limit": selectors.TIMELINE_ITEM_LIMIT})


@require_GET
def api_tags(request):
    return _json({"tags": selectors.tag_suggestions(prefix=params.text(request.GET, "q", limit=60))})
