import datetime as dt

import pytest

from claims.extraction import PIPELINE_VERSION, ExtractedClaim, Extraction
from sources.services import article_create


def fixed_extraction(text, *, published=None, outlet=None, title=None):
    """A stand-in for the pipeline: the service tests test the service, not the rules."""
    start = text.index("sedikitnya 12 orang")
    sentence_start = text.rfind("\n", 0, start) + 1
    sentence_end = text.index("\n", start)
    quote_start = text.index('"Tim gabungan')
    quote_end = text.index("\n", quote_start)
    return Extraction(
        title=title or "Banjir Bandang Landa Tiga Desa di Kabupaten Contoh",
        outlet=outlet or "Kabar Contoh",
        published=published or dt.date(2024, 3, 5),
        published_source="given" if published else "dateline",
        credits=("Antara",),
        claims=(
            ExtractedClaim(kind="casualty", evidence=text[sentence_start:sentence_end], start=sentence_start,
                           end=sentence_end, value=12, qualifier="at_least", unit="orang", subject="warga",
                           speaker="Budi Santoso", speaker_role="Kepala BPBD Kabupaten Contoh",
                           speaker_kind="person", date=dt.date(2024, 3, 4), date_precision="day"),
            ExtractedClaim(kind="statement", evidence=text[quote_start:quote_end], start=quote_start, end=quote_end,
                           speaker="Budi", speaker_kind="person", quote="Tim gabungan masih mencari korban yang "
                           "hilang di sepanjang sungai", direct=True, stance="assert", date=dt.date(2024, 3, 4),
                           date_precision="day"),
        ),
        pipeline_version=PIPELINE_VERSION,
    )


@pytest.fixture
def fake_pipeline(monkeypatch):
    monkeypatch.setattr("claims.services.extraction.extract", fixed_extraction)
    return fixed_extraction


@pytest.fixture
def flood_article(db, flood_article_text):
    return article_create(content=flood_article_text, source_name="banjir.txt", enqueue=False).article
