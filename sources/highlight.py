"""Split an article's text into plain and highlighted pieces for the article page."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Segment:
    text: str
    claims: list = field(default_factory=list)  # claims whose evidence covers this piece
    focused: bool = False  # holds the claim the reader came for

    @property
    def highlighted(self) -> bool:
        return bool(self.claims)


def text_segments(text: str, claims, *, focus_id: int | None = None) -> list[Segment]:
    """Pieces of `text` in order; overlapping claim spans merge into one highlighted piece."""
    spans = []
    for claim in sorted(claims, key=lambda c: (c.start, c.end)):
        start, end = max(0, claim.start), min(len(text), claim.end)
        if start >= end:
            continue
        if spans and start < spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], end)
            spans[-1][2].append(claim)
        else:
            spans.append([start, end, [claim]])
    segments, cursor = [], 0
    for start, end, covered in spans:
        if start > cursor:
            segments.append(Segment(text[cursor:start]))
        segments.append(Segment(text[start:end], covered, focused=any(c.pk == focus_id for c in covered)))
        cursor = end
    if cursor < len(text):
        segments.append(Segment(text[cursor:]))
    return segments
