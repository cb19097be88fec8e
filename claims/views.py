from django.core.paginator import EmptyPage, Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.http import require_GET

from sources.selectors import outlet_list

from . import selectors
from .serializers import claim_to_dict

CLAIMS_PER_PAGE = 50
API_PAGE_SIZE = 50
API_MAX_PAGE_SIZE = 200


@require_GET
def timeline(request):
    filters = selectors.ClaimFilters.from_query(request.GET)
    page = Paginator(selectors.claim_list(filters=filters), CLAIMS_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "claims/timeline.html", {
        "page": page,
        "filters": filters,
        "filter_query": urlencode(filters.as_query()),
        "kinds": selectors.claim_kinds_present(),
        "outlets": outlet_list(),
    })


@require_GET
def api_claims(request):
    filters = selectors.ClaimFilters.from_query(request.GET)
    try:
        size = min(API_MAX_PAGE_SIZE, max(1, int(request.GET.get("page_size", API_PAGE_SIZE))))
        number = max(1, int(request.GET.get("page", 1)))
    except ValueError:
        return JsonResponse({"error": "page and page_size must be whole numbers"}, status=400)
    paginator = Paginator(selectors.claim_list(filters=filters), size)
    try:
        page = paginator.page(number)
    except EmptyPage:
        return JsonResponse({"error": f"page {number} does not exist"}, status=404)

    def link(n):
        return request.build_absolute_uri(
            f"{reverse('api-claims')}?{urlencode({**filters.as_query(), 'page': n, 'page_size': size})}"
        )

    return JsonResponse({
        "count": paginator.count,
        "next": link(page.next_page_number()) if page.has_next() else None,
        "previous": link(page.previous_page_number()) if page.has_previous() else None,
        "results": [claim_to_dict(claim) for claim in page.object_list],
    }, json_dumps_params={"ensure_ascii": False})
