from django.contrib.auth.middleware import LoginRequiredMiddleware as DjangoLoginRequiredMiddleware
from django.http import JsonResponse


class LoginRequiredMiddleware(DjangoLoginRequiredMiddleware):
    """Login everywhere; the JSON API answers 401 instead of redirecting to the login page."""

    def handle_no_permission(self, request, view_func):
        if request.path.startswith("/api/"):
            return JsonResponse({"error": "authentication required"}, status=401)
        return super().handle_no_permission(request, view_func)
