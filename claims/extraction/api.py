"""The public surface of the extraction package: `extract()` and `actor_key()`."""
from __future__ import annotations

import datetime as dt

from .names import actor_key
from .records import Given, Meta
from .types import Extraction

__all__ = ("PIPELINE_VERSION", "actor_key", "extract")

PIPELINE_VERSION = "1.2.0"


def extract(text: str, *, published: dt.date | None = None, outlet: str | None = None,
            title: str | None = None) -> Extraction:
    """Claims of one article. Pure: the same input gives the same output; given metadata wins."""
    from .pipeline import get_nlp

    nlp = get_nlp()
    doc = nlp.make_doc(text or "")
    doc._.klaim_given = Given(published=published, outlet=outlet, title=title)
    doc = nlp(doc)
    meta: Meta = doc._.klaim_meta or Meta()
    published_date = doc._.klaim_published
    warnings = []
    if published_date is None:
        warnings.append("no publication date: relative dates and weekdays stay unresolved")
    if meta.outlet is None:
        warnings.append("no outlet named in the text")
    return Extraction(
        title=meta.title,
        outlet=meta.outlet,
        published=published_date,
        published_source=doc._.klaim_published_source or ("given" if published else "none"),
        credits=meta.credits,
        claims=doc._.klaim_claims or (),
        pipeline_version=PIPELINE_VERSION,
        warnings=tuple(warnings),
    )
