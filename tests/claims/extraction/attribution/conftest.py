"""Helpers for the attribution tests: the statement finder of the session pipeline, and the
statements of a text made of paragraphs."""
import pytest


@pytest.fixture(scope="session")
def finder(nlp):
    return nlp.get_pipe("klaim_statements")


@pytest.fixture(scope="session")
def said(run, items):
    """paragraphs → every `Statement` the finder stored (claims and back-references alike)."""

    def statements(*paragraphs):
        doc = run("Judul Berita Untuk Pengujian\n\n" + "\n\n".join(paragraphs))
        return [st for _, _, _, st in items(doc, "klaim_statement")]

    return statements
