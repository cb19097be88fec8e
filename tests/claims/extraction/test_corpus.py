"""Whole articles scored with the shared scorer, in process: the seed articles in ../shared (the
development set) and our own held-out articles in tests/fixtures/heldout.

The same scorer runs on articles we do not have, so these thresholds guard against regressions;
the held-out articles were written to find where the rules failed on other subjects, and the rules
were then fixed for the language patterns they showed, so their figures are regression figures too.
"""
import importlib.util
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from claims.extraction import extract
from sources.text import article_text_from_bytes

SHARED = Path(__file__).resolve().parents[3] / ".." / "shared"
SCORER = SHARED / "eval" / "score_claims.py"
HELDOUT = Path(__file__).resolve().parents[2] / "fixtures" / "heldout"


@dataclass(frozen=True)
class ArticleSet:
    gold: Path
    corpus: Path
    thresholds: dict
    max_negatives: int = 0
    exact_metadata: tuple = ("outlet", "published", "credits")
    minimum_metadata: dict = field(default_factory=dict)


SETS = {
    "seeds": ArticleSet(SHARED / "eval" / "seeds.yaml", SHARED / "corpus" / "seeds",
                        {"quantity": 0.95, "statement": 0.90, "date": 0.90, "claimant": 0.95}),
    # one negative is a state budget total the gold does not count as aid (see the closing notes)
    "heldout": ArticleSet(HELDOUT / "gold.yaml", HELDOUT / "corpus",
                          {"quantity": 0.95, "statement": 0.95, "date": 0.93, "claimant": 0.90},
                          max_negatives=1, exact_metadata=("outlet", "published"),
                          minimum_metadata={"credits": 0.90}),
}

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def scorer():
    if not SCORER.exists():
        pytest.skip(f"the shared scorer is not there ({SCORER.resolve()})")
    spec = importlib.util.spec_from_file_location("score_claims", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module", params=sorted(SETS))
def scored(request, scorer):
    import yaml

    articles = SETS[request.param]
    if not (articles.gold.exists() and articles.corpus.is_dir()):
        pytest.skip(f"the {request.param} articles are not there ({articles.corpus.resolve()})")
    gold = yaml.safe_load(articles.gold.read_text(encoding="utf-8"))
    tally = scorer.Tally()
    for name, entry in gold.items():
        article = article_text_from_bytes((articles.corpus / name).read_bytes(), filename=name)
        output = extract(article.text, published=article.published, outlet=article.site_name,
                         title=article.title).to_json(name)
        scorer.score_document(name, entry, output, tally)
    return articles, tally


def test_scores_reach_the_bar(scorer, scored):
    articles, tally = scored
    quantity = {w: sum(tally.kind[k][w] for k in scorer.QUANTITY_KINDS) for w in ("tp", "fp", "fn")}
    scores = {
        "quantity": scorer.prf(quantity)[2],
        "statement": scorer.prf(tally.kind["statement"])[2],
        "date": scorer.ratio(tally.attr["date"]),
        "claimant": scorer.ratio(tally.attr["claimant"]),
    }
    report = "\n".join(tally.log)
    for name, minimum in articles.thresholds.items():
        assert scores[name] >= minimum, f"{name} {scores[name]:.2f} < {minimum}\n{report}"
    assert tally.negatives <= articles.max_negatives, report


def test_metadata_is_right(scorer, scored):
    articles, tally = scored
    report = "\n".join(tally.log)
    for attribute in articles.exact_metadata:
        right, total = tally.attr[attribute]
        assert right == total, f"{attribute} {right}/{total}\n{report}"
    for attribute, minimum in articles.minimum_metadata.items():
        assert scorer.ratio(tally.attr[attribute]) >= minimum, report
