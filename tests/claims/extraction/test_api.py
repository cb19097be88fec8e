import dataclasses
import datetime as dt
import json

import pytest
import spacy

from claims.extraction import PIPELINE_VERSION, ExtractedClaim, Extraction, extract
from claims.extraction.pipeline import COMPONENTS, build_nlp, get_nlp
from claims.extraction.types import KINDS, PRECISIONS, QUALIFIERS, STANCES

ARTICLE = """Gempa Guncang Pesisir Selatan

KabarKita - Gempa bermagnitudo 5,8 mengguncang pesisir selatan pada Selasa (5/11/2024) pagi. Kepala BPBD setempat, Rina Marlina, mengatakan sedikitnya 4 orang tewas dan 25 lainnya luka-luka.

"Kami mengerahkan 120 personel untuk membantu evakuasi," kata Rina.

Pemerintah provinsi menyiapkan dana darurat sebesar Rp 1,5 miliar.

Baca juga: Gempa Susulan Terasa hingga 10 Kali
"""


def test_extract_returns_plain_dataclasses():
    extraction = extract(ARTICLE)
    assert isinstance(extraction, Extraction) and extraction.pipeline_version == PIPELINE_VERSION
    assert all(isinstance(claim, ExtractedClaim) for claim in extraction.claims)
    for claim in extraction.claims:
        for field in dataclasses.fields(claim):
            value = getattr(claim, field.name)
            assert value is None or isinstance(value, str | int | float | bool | dt.date), field.name
        assert claim.qualifier in QUALIFIERS
        assert claim.date_precision in (*PRECISIONS, None)
        assert claim.stance in (*STANCES, None)
        assert ARTICLE[claim.start:claim.end] == claim.evidence
    assert {"statement", "casualty", "troop_count", "aid_amount"} <= {c.kind for c in extraction.claims}
    assert set(KINDS) >= {"statement", "casualty"}


def test_json_line_is_serialisable():
    line = extract(ARTICLE).to_json("gempa.txt")
    assert json.loads(json.dumps(line))["published"] == "2024-11-05"


def test_extract_is_pure():
    assert extract(ARTICLE) == extract(ARTICLE)
    assert extract(ARTICLE, published=dt.date(2024, 11, 6)) == extract(ARTICLE, published=dt.date(2024, 11, 6))


def test_one_pipeline_per_process():
    assert get_nlp() is get_nlp()


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "x", "12345", "“", '"""', "Kamis (24/2019). 10/2024).",
                                  "(((", "Rp", "$", "“Kata,” kata.", "Baca juga:", "a" * 5000])
def test_odd_input_never_raises(text):
    extraction = extract(text)
    assert extraction.pipeline_version == PIPELINE_VERSION


def test_pipeline_is_a_blank_indonesian_pipeline_with_our_components():
    nlp = get_nlp()
    assert nlp.lang == "id" and nlp.pipe_names == [name for name, _ in COMPONENTS]


def test_pipeline_round_trips_to_disk(tmp_path):
    nlp = build_nlp()
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == nlp.pipe_names
    assert (tmp_path / "pipeline" / "klaim_numbers" / "numbers.json").exists()
    doc = loaded("Judul Berita\n\nSebanyak 300 personel dikerahkan.")
    assert [c.kind for c in doc._.klaim_claims] == ["troop_count"]


def test_rule_data_is_read_only():
    from claims.extraction.lexicon import load_rules

    rules = load_rules("numbers.json")
    with pytest.raises(TypeError):
        rules["multipliers"]["ribu"] = 1
    with pytest.raises(AttributeError):
        rules["not_counts_before"].append("x")
