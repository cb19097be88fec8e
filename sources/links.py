"""Links to the web that Klaim stores and renders: http(s) only.

An article's URL comes from uploaders, manifests and page metadata; a `javascript:` or `data:` URL
there would run in the browser of whoever clicks it. Stored URLs pass `web_url` first, and the
templates render links through the `web_url` filter too, so older rows can't carry one either.
"""
from __future__ import annotations

from urllib.parse import urlsplit

SCHEMES = ("http", "https")
MAX_URL_LENGTH = 1000


def web_url(value: str | None) -> str | None:
    """`value` when it is an absolute http(s) URL of reasonable length, else None."""
    value = (value or "").strip()
    if not value or len(value) > MAX_URL_LENGTH or any(ch.isspace() or ord(ch) < 32 for ch in value):
        return None
    try:
        parts = urlsplit(value)
    except ValueError:
        return None
    if parts.scheme.lower() not in SCHEMES or not parts.netloc:
        return None
    return value
