"""Name keys: where spelling variants of one actor meet ("Zelenskyy" = "Zelensky", "Korut" = "Korea Utara")."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..lexicon import load_rules


@lru_cache(maxsize=1)
def _aliases() -> dict[str, str]:
    """Normalised alias → normalised canonical name, from the actor gazetteer."""
    table: dict[str, str] = {}
    for row in load_rules("actors.jsonl"):
        canonical = _fold(row["name"])
        for surface in (row["name"], *row.get("aliases", ()), *row.get("metonyms", ())):
            table.setdefault(_fold(surface), canonical)
    return table


BRACKETED = re.compile(r"\s*\([^)]*\)")  # "Badan … (BPBD) DKI Jakarta" is "Badan … DKI Jakarta"


def _fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", BRACKETED.sub("", name)).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


# Transliteration variants of one name: Zelenskyy / Zelenskiy / Zelensky, Dmitriy / Dmitry.
_VARIANTS = ((re.compile(r"(?:yy|iy|yi|ij)\b"), "y"),)


@lru_cache(maxsize=8192)
def actor_key(name: str) -> str:
    """A key under which spelling variants of one actor's name meet ("Korut" = "Korea Utara")."""
    folded = _fold(name)
    if not folded:
        return ""
    canonical = _aliases().get(folded)
    if canonical is not None:
        return canonical
    words = []
    for word in folded.split():
        for pattern, replacement in _VARIANTS:
            word = pattern.sub(replacement, word)
        words.append(word)
    return " ".join(words)
