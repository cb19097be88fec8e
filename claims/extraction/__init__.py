"""Klaim's claim extraction: Indonesian news text in, dated and attributed claims out.

The public surface is `extract()` and `actor_key()`; everything else is an implementation detail of
the spaCy pipeline built on `spacy.blank("id")` (see `pipeline` and README.md). The folders read as
the method: `text/` (tokens, furniture, sentences, metadata), `mentions/` (numbers, dates, actors),
`attribution/` (who said what), `claims/` (kinds, claimants, dating); every component is driven by
versioned data files in `lexicon/`.
"""
from .api import PIPELINE_VERSION, actor_key, extract
from .types import ExtractedClaim, Extraction

__all__ = ("PIPELINE_VERSION", "Extraction", "ExtractedClaim", "actor_key", "extract")
