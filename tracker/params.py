"""Query and form parameters, read strictly: a malformed value is an error that names its field.

Views read request.GET through these functions; `QueryError` becomes a 400 answer (a page, or
JSON under /api/) in `tracker.middleware.BadQueryMiddleware`, so a typo in a URL gets a message
instead of a server error or a silently different result.
"""
from __future__ import annotations

import datetime as dt
import re

# Control characters (NUL above all: PostgreSQL refuses it in text) are never part of a search.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
ASCII_DIGITS = re.compile(r"[0-9]{1,18}")  # str.isdigit() also accepts "²" and "١", which int() refuses
# Dates a claim or an article can carry; a wider year is a typo, and 9999-12-31 + one day overflows.
FIRST_DATE, LAST_DATE = dt.date(1900, 1, 1), dt.date(2199, 12, 31)


class QueryError(ValueError):
    def __init__(self, field: str, message: str):
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}")


def text(query, name: str, *, limit: int = 200) -> str:
    value = query.get(name, "").strip()
    if CONTROL.search(value):
        raise QueryError(name, "must not contain control characters")
    if len(value) > limit:
        raise QueryError(name, f"is longer than {limit} characters")
    return value


def whole_number(query, name: str, *, minimum: int = 1, maximum: int | None = None,
                 default: int | None = None) -> int | None:
    value = query.get(name, "").strip()
    if not value:
        return default
    if not ASCII_DIGITS.fullmatch(value):
        raise QueryError(name, "must be a whole number")
    number = int(value)
    if number < minimum or (maximum is not None and number > maximum):
        upper = f" and {maximum}" if maximum is not None else ""
        raise QueryError(name, f"must be between {minimum}{upper}" if upper else f"must be at least {minimum}")
    return number


def date_value(value: str, *, field: str) -> dt.date | None:
    """A YYYY-MM-DD string (or None for an empty one) within FIRST_DATE..LAST_DATE."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise QueryError(field, "must be a date as YYYY-MM-DD") from None
    if not FIRST_DATE <= day <= LAST_DATE:
        raise QueryError(field, f"must lie between {FIRST_DATE.year} and {LAST_DATE.year}")
    return day


def date(query, name: str) -> dt.date | None:
    return date_value(query.get(name, ""), field=name)


def choice(query, name: str, choices, *, default: str = "") -> str:
    value = query.get(name, "").strip()
    if not value:
        return default
    if value not in choices:
        raise QueryError(name, f"must be one of {', '.join(sorted(choices))}")
    return value
