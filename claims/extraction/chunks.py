"""Where a long text may be cut: at paragraph ends, else sentence ends, else spaces."""
from __future__ import annotations

import re

SENTENCE_END = re.compile(r"[.!?…][\"'”’)]*\s+")
SPACE = re.compile(r"\s+")


def text_chunks(text: str, size: int) -> list[tuple[int, int]]:
    """(start, end) ranges covering `text`, each at most `size` characters, cut where it reads best."""
    if len(text) <= size:
        return [(0, len(text))]
    chunks, start = [], 0
    while len(text) - start > size:
        limit = start + size
        cut = text.rfind("\n", start + size // 2, limit - 1)
        if cut != -1:
            cut += 1  # the next part starts with its paragraph
        else:
            cut = _last_end(SENTENCE_END, text, start + size // 2, limit)
        if cut == -1:
            cut = _last_end(SPACE, text, start + size // 2, limit)
        if cut <= start:
            cut = limit
        chunks.append((start, cut))
        start = cut
    chunks.append((start, len(text)))
    return chunks


def _last_end(pattern: re.Pattern[str], text: str, start: int, end: int) -> int:
    last = -1
    for match in pattern.finditer(text, start, end):
        last = match.end()
    return last


def paragraph_ranges(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The non-empty lines of text[start:end], as ranges of `text`."""
    ranges, position = [], start
    while position < end:
        newline = text.find("\n", position, end)
        line_end = end if newline == -1 else newline
        if text[position:line_end].strip():
            ranges.append((position, line_end))
        position = line_end + 1
    return ranges
