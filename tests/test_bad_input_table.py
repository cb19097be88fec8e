"""docs/bad-input.md names a test for each row; each must exist, so the table can't drift."""
import ast
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
TABLE = REPO / "docs" / "bad-input.md"
REFERENCE = re.compile(r"`(tests/[\w/]+\.py)::(\w+)`")


def rows():
    lines = [line for line in TABLE.read_text().splitlines() if line.startswith("| ") and "::" in line]
    return [(line.split("|")[1].strip(), REFERENCE.findall(line)) for line in lines]


def test_the_table_has_every_kind_of_bad_input_the_audit_found():
    text = TABLE.read_text()
    for needle in ("No access", "Extract again", "400 or 5,000 digits", "9999-12-31", "Redis is down", "SIGKILL",
                   "1–5 MB", "1,000 × 4.9 MB", "?outlet=²", "NUL", "UTF-16", "501 files", "1,000 characters",
                   "over 10 MB", "javascript:", "état", "wrong passwords"):
        assert needle in text, f"no row for {needle!r}"
    assert len(rows()) >= 30


@pytest.mark.parametrize(("row", "references"), rows())
def test_each_row_names_tests_that_exist(row, references):
    assert references, f"row without a test: {row}"
    for path, name in references:
        source = REPO / path
        assert source.exists(), f"{row}: {path} is missing"
        functions = {node.name for node in ast.walk(ast.parse(source.read_text()))
                     if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)}
        assert name in functions, f"{row}: {path} has no {name}"
