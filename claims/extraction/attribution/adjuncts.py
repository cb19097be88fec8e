"""What stands around a clause without being its subject or what it says: leading adverbials
("Sementara itu,", "Pada Selasa (5/11/2024),") and a trailing date of the saying (", Kamis (19/9).")."""
from __future__ import annotations

from .context import WORD, Context
from .rules import AttributionRules


def strip_adjuncts(rules: AttributionRules, ctx: Context, start: int, end: int) -> int:
    """Move `start` past leading adverbials ("Sementara itu,", "Pada Selasa (5/11/2024),")."""
    key = (start, end)
    found = ctx.adjuncts_end.get(key)  # a sentence's start is stripped for several of its parts
    if found is None:
        found = ctx.adjuncts_end[key] = _strip_adjuncts(rules, ctx, start, end)
    return found


def _strip_adjuncts(rules: AttributionRules, ctx: Context, start: int, end: int) -> int:
    text = ctx.text
    while start < end:
        comma = text.find(",", start, end) - start
        if comma <= 0:
            break
        first = WORD.match(text, start, end)
        if not first:
            break
        word = first.group().lower()
        head = text[start:start + comma]
        if word in rules.adjunct_starts or ctx.dates.covers(start, start + len(head.rstrip())):
            if rules.according_word.search(head):
                break  # "Sebelumnya, menurut laporan X, …": the source is in there
            start += comma + 1
            while start < end and text[start].isspace():
                start += 1
        else:
            break
    return start


def without_date_tail(rules: AttributionRules, text: str, start: int, end: int) -> int:
    """End of what was said, before a trailing ", Kamis (19/9/2024)." that dates the saying: the
    date belongs to the attribution (where claim dating looks for it), not to the quote."""
    tail = rules.date_tail.search(text, start, end)
    if tail and rules.content_time.match(tail.group()):
        return end  # "…, kapal bertolak pada Kamis dini hari.": when it happened, not when it was said
    return tail.start() if tail and tail.start() > start else end
