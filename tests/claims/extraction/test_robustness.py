"""One bad token costs one claim, never the article: digit runs, overflowing dates, long texts, and
a component that raises on one paragraph (claims.extraction.api, types.figure_in_bounds)."""
import datetime as dt
import math

import pytest

from claims.extraction import api, extract
from claims.extraction.chunks import paragraph_ranges, text_chunks
from claims.extraction.types import FIGURE_MAX, figure_in_bounds

LEAD = ("JAKARTA - Kepala Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Contoh, Budi Santoso, "
        "mengatakan 12 orang tewas akibat banjir bandang pada Senin (4/3/2024).")


def kinds_and_values(extraction):
    return [(c.kind, c.value) for c in extraction.claims]


@pytest.mark.parametrize("amount", ["Rp " + "9" * 400 + " triliun", "9" * 5000 + " personel",
                                    ".".join(["999"] * 1700) + " personel", "1" + "0" * 25 + " tentara"])
def test_an_absurd_figure_costs_its_claim_only(amount):
    text = f"{LEAD}\n\nPemerintah daerah mengirim bantuan sebesar {amount} ke lokasi banjir, kata Budi."
    extraction = extract(text)
    assert ("casualty", 12) in kinds_and_values(extraction)
    assert all(figure_in_bounds(c.value) and figure_in_bounds(c.value_max) for c in extraction.claims)


def test_a_real_budget_figure_is_within_bounds():
    extraction = extract("Pemerintah menyiapkan anggaran sebesar Rp 3.621,3 triliun untuk tahun depan, "
                         "kata Menteri Keuangan Sri Wahyuni, Senin (4/3/2024).")
    assert any(c.value == pytest.approx(3.6213e15) for c in extraction.claims)


@pytest.mark.parametrize("value", [math.inf, -math.inf, math.nan, FIGURE_MAX * 10])
def test_figures_out_of_bounds(value):
    assert not figure_in_bounds(value)


@pytest.mark.parametrize("published", [dt.date(9999, 12, 31), dt.date(1, 1, 1)])
def test_a_publication_date_at_the_edge_of_the_calendar_keeps_the_article(published):
    text = (f"{LEAD}\n\nPekan depan, tim gabungan akan menambah 300 personel, ujar Budi, Rabu (6/3). "
            "Sehari sebelumnya, 40 warga mengungsi.")
    extraction = extract(text, published=published)
    assert ("casualty", 12) in kinds_and_values(extraction)


def test_a_long_text_is_read_in_parts_with_offsets_into_the_whole(monkeypatch):
    monkeypatch.setattr(api, "CHUNK_CHARS", 400)
    paragraphs = [f"Sebanyak {n} personel dikerahkan ke Desa Contoh {n}, kata Kapolres Ahmad Yani, "
                  f"Senin (4/3/2024)." for n in range(101, 121)]
    text = "\n\n".join([LEAD, *paragraphs])
    extraction = extract(text, published=dt.date(2024, 3, 5))
    troops = sorted(c.value for c in extraction.claims if c.kind == "troop_count")
    assert troops == list(range(101, 121))
    for claim in extraction.claims:
        assert text[claim.start:claim.end] == claim.evidence
    assert extraction.published == dt.date(2024, 3, 5)


def test_the_first_part_gives_its_metadata_to_the_others(monkeypatch):
    monkeypatch.setattr(api, "CHUNK_CHARS", 300)
    filler = "\n\n".join(f"Warga di Dusun {n} masih membersihkan lumpur dari rumah mereka." for n in range(12))
    text = f"{LEAD}\n\n{filler}\n\nHari ini 30 warga mengungsi ke balai desa, kata Budi."
    extraction = extract(text)
    refugees = [c for c in extraction.claims if c.value == 30]
    assert refugees and refugees[0].date == dt.date(2024, 3, 4)  # "hari ini" of the dateline found in part 1


def test_a_component_that_raises_costs_one_paragraph(monkeypatch):
    from claims.extraction.claims.assembler import ClaimAssembler

    classify = ClaimAssembler.classify

    def broken(self, text, start, end, q, *args):
        if q.value == 77:
            raise ZeroDivisionError("a bug in one rule")
        return classify(self, text, start, end, q, *args)

    monkeypatch.setattr(ClaimAssembler, "classify", broken)
    text = f"{LEAD}\n\nSebanyak 77 rumah rusak berat, kata Budi.\n\nSebanyak 250 personel TNI dikerahkan, kata Budi."
    extraction = extract(text)
    values = [c.value for c in extraction.claims]
    assert 12 in values and 250 in values and 77 not in values
    assert any("could not be read" in w for w in extraction.warnings)


@pytest.mark.parametrize(("text", "size"), [("a" * 1000, 300), ("kata " * 400, 300), ("Satu. Dua. " * 100, 250),
                                            ("baris\n" * 300, 200), ("", 10), ("pendek", 10)])
def test_chunks_cover_the_text_without_gaps(text, size):
    chunks = text_chunks(text, size)
    assert chunks[0][0] == 0 and chunks[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(chunks, chunks[1:], strict=False))
    assert all(0 < end - start <= size for start, end in chunks if text)


def test_chunks_prefer_paragraph_ends():
    text = "\n".join(["x" * 90] * 10)
    for start, _end in text_chunks(text, 250)[1:]:
        assert text[start - 1] == "\n"


def test_paragraph_ranges_skip_blank_lines():
    text = "satu\n\n  \ndua\ntiga"
    assert [text[s:e] for s, e in paragraph_ranges(text, 0, len(text))] == ["satu", "dua", "tiga"]


def test_a_text_longer_than_spacys_limit_is_read():
    """spaCy refuses texts over nlp.max_length (1,000,000 characters, error E088); uploads up to the
    size limit were accepted and then failed in the worker. Our own articles, repeated to 1.1 MB."""
    from pathlib import Path

    own = [p.read_text() for p in sorted((Path(__file__).parents[2] / "fixtures" / "heldout").rglob("*.txt"))]
    text = ""
    while len(text) < 1_100_000:
        text += "\n\n".join(own) + f"\n\nBagian {len(text)}.\n\n"
    extraction = extract(text)
    assert extraction.claims and max(c.end for c in extraction.claims) > 1_000_000
