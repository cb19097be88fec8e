"""No article text in the project: no run of six words from a seed article appears in our files.

The seed articles are read from `../shared/corpus/seeds` for evaluation only; rules, tests and
benchmarks use sentences of our own. Skipped where `../shared` is absent.
"""
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"
RUN = 6
OURS = ("claims", "sources", "tracker", "templates", "static/css", "static/js", "tests", "bench", "README.md")
SUFFIXES = {".py", ".json", ".jsonl", ".txt", ".md", ".html", ".js", ".css", ".yaml", ".toml"}
WORD = re.compile(r"\w+")


def runs(text: str) -> set[tuple[str, ...]]:
    words = WORD.findall(text.lower())
    return {tuple(words[i:i + RUN]) for i in range(len(words) - RUN + 1)}


def our_files():
    for name in OURS:
        path = ROOT / name
        yield from ([path] if path.is_file() else (p for p in path.rglob("*") if p.suffix in SUFFIXES))


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/corpus/seeds is not beside the project")
def test_no_six_word_run_of_a_seed_article_is_in_the_project():
    seed_runs = set().union(*(runs(p.read_text(encoding="utf-8")) for p in SEEDS.glob("*.txt")))
    copied = {}
    for path in our_files():
        found = runs(path.read_text(encoding="utf-8", errors="replace")) & seed_runs
        if found:
            copied[str(path.relative_to(ROOT))] = " ".join(sorted(found)[0])
    assert copied == {}
