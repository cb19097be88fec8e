"""The lexicon is the one home of Indonesian words: no word list sits in the extraction code, and a
word that appears in several lists does so on purpose (the lists that repeat it are marked in
`lexicon/overlaps.json`, each with the reason)."""
import ast
import json
import re
from collections import defaultdict
from pathlib import Path

import pytest

from claims.extraction.lexicon import load_rules

PACKAGE = Path(__file__).resolve().parents[3] / "claims" / "extraction"
LEXICON = PACKAGE / "lexicon"
# The pipeline's own labels (English, from claims/extraction/types.py and the components' payloads):
# lists of these in the code are vocabulary of the program, not of the language; so are identifiers.
LABELS = frozenset({
    "org", "country", "person", "name", "group", "role", "place", "text", "start", "end", "lower", "capitalised",
    "exact", "approx", "range", "at_least", "at_most", "day", "week", "month", "year", "assert", "deny", "hedge",
    "numeric", "textual", "weekday", "relative", "body", "title", "dateline", "masthead",
})
LOWER_WORD = re.compile(r"^[a-z][a-z\-]+$")
WORD_ALTERNATION = re.compile(r"(?<![\\\w])(?:[a-z]{3,}\|){2,}[a-z]{3,}(?![\w])")
LIST_WORD = re.compile(r"^[^\W\d_][\w\-' .’]*$")


def program_words(package: Path) -> frozenset[str]:
    """English vocabulary of the program: identifiers in the code and keys of the lexicon's objects."""
    words = set(LABELS)
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Name):
                words.add(node.id)
            elif isinstance(node, ast.Attribute):
                words.add(node.attr)
            elif isinstance(node, ast.arg):
                words.add(node.arg)
            elif isinstance(node, ast.FunctionDef | ast.ClassDef):
                words.add(node.name)

    def keys(value):
        if isinstance(value, dict):
            words.update(value)
            for item in value.values():
                keys(item)
        elif isinstance(value, list):
            for item in value:
                keys(item)

    for path in (package / "lexicon").glob("*.json"):
        keys(json.loads(path.read_text()))
    return frozenset(words)


def word_lists_in_code(package: Path = PACKAGE):
    program = program_words(package)
    for path in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            where = f"{path.relative_to(package)}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.Tuple | ast.List | ast.Set):
                words = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)
                         and LOWER_WORD.match(e.value) and e.value not in program]
                if len(words) >= 3:
                    yield where, words
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                for match in WORD_ALTERNATION.finditer(node.value):
                    words = [w for w in match.group(0).split("|") if w not in program]
                    if len(words) >= 3:
                        yield where, words


def test_no_indonesian_word_list_in_the_extraction_code():
    found = [f"{where}: {words[:6]}" for where, words in word_lists_in_code()]
    assert not found, "move these words into claims/extraction/lexicon/: " + "; ".join(found)


def test_the_code_scan_finds_word_lists_and_leaves_labels_alone(tmp_path):
    (tmp_path / "lexicon").mkdir()
    module = tmp_path / "sample.py"
    module.write_text('VERBS = ("kata", "ujar", "tutur")\nPATTERN = r"\\b(?:pagi|siang|sore)\\b"\n'
                      'KINDS = ("org", "country", "person")\nESCAPES = r"\\d+|\\s+|\\w+"\n'
                      '__all__ = ("sample_one", "sample_two", "sample_three")\n'
                      'def sample_one(): ...\ndef sample_two(): ...\ndef sample_three(): ...\n')
    found = dict(word_lists_in_code(tmp_path))
    assert found == {"sample.py:1": ["kata", "ujar", "tutur"], "sample.py:2": ["pagi", "siang", "sore"]}


def lexicon_lists() -> dict[str, list[str]]:
    """Every list of words in the lexicon files, by "file/key/…" path."""
    lists: dict[str, list[str]] = {}

    def walk(value, path):
        if isinstance(value, dict):
            for key, item in value.items():
                walk(item, [*path, str(key)])
        elif isinstance(value, list):
            strings = [item for item in value if isinstance(item, str)]
            if strings and len(strings) == len(value) and all(LIST_WORD.match(item) for item in strings):
                lists["/".join(path)] = strings
            else:
                for index, item in enumerate(value):
                    walk(item, [*path, str(index)])

    for path in sorted(LEXICON.glob("*.json*")):
        if path.name == "overlaps.json":
            continue
        if path.suffix == ".jsonl":
            rows = [json.loads(line) for line in path.read_text().splitlines()
                    if line.strip() and not line.startswith("//")]
            walk(rows, [path.name])
        else:
            walk(json.loads(path.read_text()), [path.name])
    return lists


def marked_lists() -> dict[str, str]:
    overlaps = json.loads((LEXICON / "overlaps.json").read_text())
    return {name: overlaps["reasons"][reason] for name, reason in overlaps["lists"].items()}


def test_a_word_in_several_lists_is_there_on_purpose():
    lists, marked = lexicon_lists(), marked_lists()
    homes = defaultdict(set)
    for name, words in lists.items():
        for word in words:
            homes[word.casefold()].add(name)
    unmarked = {word: sorted(names - marked.keys()) for word, names in homes.items()
                if len(names) > 1 and len(names - marked.keys()) > 1}
    assert not unmarked, f"{len(unmarked)} words in several unmarked lists, e.g. {list(unmarked.items())[:5]}"


def test_every_marked_list_exists_and_says_why():
    lists = lexicon_lists()
    for name, why in marked_lists().items():
        assert name in lists, f"overlaps.json marks {name}, which is no word list"
        assert len(why) > 20


@pytest.mark.parametrize("name", sorted(path.name for path in LEXICON.glob("*.json*") if path.name != "overlaps.json"))
def test_each_lexicon_file_loads_frozen(name):
    data = load_rules(name)
    assert data is load_rules(name), "loaded once"
    with pytest.raises(TypeError):
        data[0 if isinstance(data, tuple) else next(iter(data))] = "changed"
