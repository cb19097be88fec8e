"""Klaim's claim extraction: Indonesian news text in, dated and attributed claims out.

The public surface is `extract()` and `actor_key()`; everything else is an implementation detail of
the spaCy pipeline built on `spacy.blank("id")` (see `pipeline`): a fast rule tokenizer, then one
component per concern in `components/` — furniture, sentences, metadata, numbers, dates, actors,
statements, claims — each driven by versioned data files in `rules/`.
"""
from .api import PIPELINE_VERSION, actor_key, extract
from .types import ExtractedClaim, Extraction

__all__ = ("PIPELINE_VERSION", "Extraction", "ExtractedClaim", "actor_key", "extract")
