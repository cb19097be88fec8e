"""The public surface of the extraction package: `extract()` and `actor_key()`."""
from __future__ import annotations

import dataclasses
import datetime as dt
import logging

from .chunks import paragraph_ranges, text_chunks
from .mentions.names import actor_key
from .records import Given, Meta
from .types import Extraction

__all__ = ("CHUNK_CHARS", "PIPELINE_VERSION", "actor_key", "extract")

PIPELINE_VERSION = "1.2.0"
# Texts longer than this are read in parts split at paragraph ends. Far above any news article
# (the longest we have seen is under 10,000 characters), it bounds what one pass may cost: some
# rules look back over their paragraph, so a megabyte of quotations in one piece would take minutes.
CHUNK_CHARS = 40_000
# What a bug or a pathological input raises inside a component. The part of the text that raised
# is read again paragraph by paragraph, so it costs the claims of one paragraph, never the article.
COMPONENT_ERRORS = (ArithmeticError, AttributeError, IndexError, KeyError, LookupError, RecursionError,
                    TypeError, ValueError)

logger = logging.getLogger(__name__)


def extract(text: str, *, published: dt.date | None = None, outlet: str | None = None,
            title: str | None = None) -> Extraction:
    """Claims of one article. Pure: the same input gives the same output; given metadata wins."""
    text = text or ""
    given = Given(published=published, outlet=outlet, title=title)
    chunks = text_chunks(text, CHUNK_CHARS)
    first = _extract_part(text, chunks[0], given)
    if len(chunks) == 1:
        return first
    # The first part holds the masthead and the dateline: what it found is given to the others.
    rest_given = Given(published=first.published, outlet=first.outlet, title=first.title)
    parts = [first] + [_extract_part(text, chunk, rest_given) for chunk in chunks[1:]]
    credits = tuple(dict.fromkeys(credit for part in parts for credit in part.credits))
    return dataclasses.replace(
        first,
        credits=credits,
        claims=tuple(claim for part in parts for claim in part.claims),
        warnings=tuple(dict.fromkeys(w for part in parts for w in part.warnings)),
    )


def _extract_part(text: str, span: tuple[int, int], given: Given) -> Extraction:
    start, end = span
    try:
        return _shifted(_run(text[start:end], given), start)
    except COMPONENT_ERRORS:
        logger.warning("extraction failed on characters %s-%s; reading them paragraph by paragraph",
                       start, end, exc_info=True)
    parts, skipped = [], []
    for p_start, p_end in paragraph_ranges(text, start, end):
        try:
            parts.append(_shifted(_run(text[p_start:p_end], given), p_start))
        except COMPONENT_ERRORS as exc:
            logger.warning("skipped the paragraph at characters %s-%s: %r", p_start, p_end, exc)
            skipped.append(p_start)
    head = parts[0] if parts else _run("", given)
    warnings = [*dict.fromkeys(w for part in parts for w in part.warnings)]
    if skipped:
        warnings.append(f"{len(skipped)} paragraph(s) could not be read and were skipped")
    return dataclasses.replace(head, claims=tuple(c for part in parts for c in part.claims),
                               credits=tuple(dict.fromkeys(c for part in parts for c in part.credits)),
                               warnings=tuple(warnings))


def _shifted(extraction: Extraction, offset: int) -> Extraction:
    if not offset:
        return extraction
    claims = tuple(dataclasses.replace(c, start=c.start + offset, end=c.end + offset) for c in extraction.claims)
    return dataclasses.replace(extraction, claims=claims)


def _run(text: str, given: Given) -> Extraction:
    from .pipeline import get_nlp

    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc._.klaim_given = given
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
        published_source=doc._.klaim_published_source or ("given" if given.published else "none"),
        credits=meta.credits,
        claims=doc._.klaim_claims or (),
        pipeline_version=PIPELINE_VERSION,
        warnings=tuple(warnings),
    )
