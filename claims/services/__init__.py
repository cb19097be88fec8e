"""Writes for claims. `extraction` turns articles into claims; `editing` is what editors do."""
from .extraction import (
    ExtractionOutcome,
    actor_get_or_create,
    article_extract_claims,
    articles_reextract_all,
    claim_create_extracted,
)

__all__ = (
    "ExtractionOutcome",
    "actor_get_or_create",
    "article_extract_claims",
    "articles_reextract_all",
    "claim_create_extracted",
)
