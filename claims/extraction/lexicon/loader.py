"""Rule data shipped inside the package (`lexicon/*.json`, `lexicon/*.jsonl`), loaded read-only.

Every loader returns frozen data (tuples, frozensets, read-only mappings), so no caller can change a
rule list another component shares. Components copy what they need into their own compiled state.
"""
from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

RULES_PACKAGE = "claims.extraction.lexicon"


def freeze(value: Any) -> Any:
    """JSON data → the same data made immutable (dict → mapping proxy, list → tuple)."""
    if isinstance(value, dict):
        return MappingProxyType({key: freeze(item) for key, item in value.items()})
    if isinstance(value, list):
        return tuple(freeze(item) for item in value)
    return value


def thaw(value: Any) -> Any:
    """Frozen rule data → plain JSON-serialisable data (for `to_disk`)."""
    if isinstance(value, MappingProxyType | dict):
        return {key: thaw(item) for key, item in value.items()}
    if isinstance(value, tuple | list):
        return [thaw(item) for item in value]
    return value


def parse_rules(text: str, name: str) -> Any:
    if name.endswith(".jsonl"):
        rows = [json.loads(line) for line in text.splitlines() if line.strip() and not line.startswith("//")]
        return freeze(rows)
    return freeze(json.loads(text))


@cache
def load_rules(name: str) -> Any:
    """The frozen content of `lexicon/<name>` (a .json document or .jsonl rows)."""
    text = resources.files(RULES_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    return parse_rules(text, name)


def write_rules(path: Path, name: str, data: Any) -> None:
    path.mkdir(parents=True, exist_ok=True)
    target = path / name
    if name.endswith(".jsonl"):
        target.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in thaw(data)),
                          encoding="utf-8")
    else:
        target.write_text(json.dumps(thaw(data), ensure_ascii=False, indent=1), encoding="utf-8")


def read_rules(path: Path, name: str) -> Any:
    return parse_rules((path / name).read_text(encoding="utf-8"), name)
