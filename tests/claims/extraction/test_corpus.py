"""The development set: the seed articles in ../shared scored with the shared scorer, in process.

The same scorer runs on articles we do not have, so these thresholds guard against regressions on
the seeds; they say little about other articles (see the rule tables in the other test modules).
"""
import importlib.util
from pathlib import Path

import pytest

from claims.extraction import extract
from sources.text import article_text_from_bytes

SHARED = Path(__file__).resolve().parents[3] / ".." / "shared"
GOLD = SHARED / "eval" / "seeds.yaml"
CORPUS = SHARED / "corpus" / "seeds"
SCORER = SHARED / "eval" / "score_claims.py"

THRESHOLDS = {"quantity": 0.95, "statement": 0.90, "date": 0.90, "claimant": 0.95}

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def scorer():
    if not (GOLD.exists() and SCORER.exists() and CORPUS.is_dir()):
        pytest.skip(f"the shared development set is not there ({SHARED.resolve()})")
    spec = importlib.util.spec_from_file_location("score_claims", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def tally(scorer):
    import yaml

    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    tally = scorer.Tally()
    for name, entry in gold.items():
        article = article_text_from_bytes((CORPUS / name).read_bytes(), filename=name)
        output = extract(article.text, published=article.published, outlet=article.site_name,
                         title=article.title).to_json(name)
        scorer.score_document(name, entry, output, tally)
    return tally


def test_seed_scores_reach_the_bar(scorer, tally):
    quantity = {w: sum(tally.kind[k][w] for k in scorer.QUANTITY_KINDS) for w in ("tp", "fp", "fn")}
    scores = {
        "quantity": scorer.prf(quantity)[2],
        "statement": scorer.prf(tally.kind["statement"])[2],
        "date": scorer.ratio(tally.attr["date"]),
        "claimant": scorer.ratio(tally.attr["claimant"]),
    }
    report = "\n".join(tally.log)
    for name, minimum in THRESHOLDS.items():
        assert scores[name] >= minimum, f"{name} {scores[name]:.2f} < {minimum}\n{report}"
    assert tally.negatives == 0, report


@pytest.mark.parametrize("attribute", ["outlet", "published", "credits"])
def test_seed_metadata_is_right_for_every_article(tally, attribute):
    right, total = tally.attr[attribute]
    assert right == total, "\n".join(tally.log)
