import pytest

from claims.services import article_extract_claims


@pytest.fixture
def extracted(fake_pipeline, flood_article):
    """The flood article with its (stand-in) pipeline claims stored."""
    article_extract_claims(article_id=flood_article.pk)
    flood_article.refresh_from_db()
    return flood_article
