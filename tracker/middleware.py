from django.contrib.auth.middleware import LoginRequiredMiddleware as DjangoLoginRequiredMiddleware
from django.http import JsonResponse
from django.shortcuts import render

from .params import QueryError
from .roles import user_role


def is_api(request) -> bool:
    return request.path.startswith("/api/")


class LoginRequiredMiddleware(DjangoLoginRequiredMiddleware):
    """Login and a role everywhere; the few public views opt out with @login_not_required.

    Being logged in is not enough: an account an admin set to "no access" (no role) is refused
    every page but the public ones (login, logout, health), so taking a role away takes the data
    away too. The JSON API answers 401/403 as JSON instead of redirecting.
    """

    def process_view(self, request, view_func, view_args, view_kwargs):
        refused = super().process_view(request, view_func, view_args, view_kwargs)
        if refused is not None or not getattr(view_func, "login_required", True):
            return refused
        if user_role(request.user) is None:
            return self.handle_no_role(request)
        return None

    def handle_no_permission(self, request, view_func):
        if is_api(request):
            return JsonResponse({"error": "authentication required"}, status=401)
        return super().handle_no_permission(request, view_func)

    def handle_no_role(self, request):
        if is_api(request):
            return JsonResponse({"error": "this account has no access; an admin can give it a role"}, status=403)
        return render(request, "tracker/no_access.html", status=403)


class BadQueryMiddleware:
    """A malformed parameter (`tracker.params.QueryError`) is the client's mistake: 400, naming it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, QueryError):
            return None
        if is_api(request):
            return JsonResponse({"error": str(exception), "field": exception.field}, status=400)
        return render(request, "400.html", {"message": str(exception), "field": exception.field}, status=400)
