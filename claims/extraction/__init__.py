"""Klaim's claim extraction: Indonesian news text in, dated and attributed claims out.

The public surface is `extract()`; everything else in this package is an implementation detail
of the spaCy pipeline built on `spacy.blank("id")`.
"""
from .api import PIPELINE_VERSION, actor_key, extract
from .types import Extraction, ExtractedClaim

__all__ = ("PIPELINE_VERSION", "Extraction", "ExtractedClaim", "actor_key", "extract")
