"""Who is logging in from where, for login throttling (django-axes)."""
from django.conf import settings


def client_ip(request) -> str | None:
    """The client's address. Behind our TLS proxy (SECURE_COOKIES) it is the last address the proxy
    appended to X-Forwarded-For (earlier entries come from the client and can be forged); without
    a proxy it is the socket's peer."""
    if settings.SECURE_COOKIES:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if forwarded:
            return forwarded[-1]
    return request.META.get("REMOTE_ADDR")
