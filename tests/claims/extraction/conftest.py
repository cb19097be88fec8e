"""Helpers for the extraction tests: one blank-pipeline build per session, and a way to run
it on a text with given metadata. No database is touched."""
import pytest

from claims.extraction.component import items_of
from claims.extraction.pipeline import build_nlp
from claims.extraction.records import Given


@pytest.fixture(scope="session")
def nlp():
    return build_nlp()


@pytest.fixture(scope="session")
def run(nlp):
    """text (+ published date) → the processed Doc."""

    def process(text, published=None, outlet=None, title=None):
        doc = nlp.make_doc(text)
        doc._.klaim_given = Given(published=published, outlet=outlet, title=title)
        return nlp(doc)

    return process


@pytest.fixture(scope="session")
def items():
    return items_of

