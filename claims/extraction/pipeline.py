"""The one module that registers Klaim's tokenizer, extension attributes and every component factory,
and builds the pipeline: `spacy.blank("id")` with our tokenizer and our rule components."""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry

from .attribution.statements import StatementFinder
from .claims.assembler import ClaimAssembler
from .mentions.actors import ActorFinder
from .mentions.dates import DateFinder
from .mentions.numbers import NumberFinder
from .text.furniture import FurnitureMarker
from .text.metadata import MetadataReader
from .text.sentences import SentenceSplitter
from .text.tokenizer import KlaimTokenizer, make_tokenizer

TOKENIZER = "klaim.tokenizer.v2"  # v1 was a regex loop in Python

# Pipeline order: each component reads what the ones before it attached to the Doc.
COMPONENTS = (
    ("klaim_furniture", FurnitureMarker),
    ("klaim_sentences", SentenceSplitter),
    ("klaim_metadata", MetadataReader),
    ("klaim_numbers", NumberFinder),
    ("klaim_dates", DateFinder),
    ("klaim_actors", ActorFinder),
    ("klaim_statements", StatementFinder),
    ("klaim_claims", ClaimAssembler),
)

DOC_EXTENSIONS = ("klaim_given", "klaim_meta", "klaim_published", "klaim_published_source", "klaim_claims",
                  "klaim_persons")


def create_tokenizer() -> Callable[[Language], KlaimTokenizer]:
    def make(nlp: Language) -> KlaimTokenizer:
        return make_tokenizer(nlp.vocab)

    return make


def register() -> None:
    """Idempotent: the tokenizer, extension attributes and factories (importing this module calls it)."""
    if TOKENIZER not in registry.tokenizers:
        registry.tokenizers.register(TOKENIZER, func=create_tokenizer)
    for name in DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for name, component in COMPONENTS:
        if not Language.has_factory(name):
            Language.factory(name, default_config={"rules": None}, func=component)


register()


def build_nlp(*, stock_tokenizer: bool = False) -> Language:
    """A fresh pipeline. `stock_tokenizer` keeps spaCy's own Indonesian tokenizer (for comparison)."""
    config = {} if stock_tokenizer else {"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}}
    nlp = spacy.blank("id", config=config)
    for name, _ in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The process's one pipeline, built on first use."""
    return build_nlp()
