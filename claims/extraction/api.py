"""Placeholder implementation: replaced by the real pipeline (see components/)."""
from __future__ import annotations

import datetime as dt
import re
import unicodedata

from .types import Extraction

PIPELINE_VERSION = "0.0.0"


def extract(text: str, *, published: dt.date | None = None, outlet: str | None = None,
            title: str | None = None) -> Extraction:
    first_line = next((line.strip() for line in text.splitlines() if line.strip()), None)
    return Extraction(
        title=title or first_line,
        outlet=outlet,
        published=published,
        published_source="given" if published else "none",
        credits=(),
        claims=(),
        pipeline_version=PIPELINE_VERSION,
    )


def actor_key(name: str) -> str:
    """A key under which spelling variants of one actor's name meet."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", " ", text).strip()
