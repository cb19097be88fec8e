"""Which stored claim an extracted claim is, across re-extractions of its article.

A claim's identity (`Claim.origin`) is its kind, its sentence (evidence offsets) and what it says
there: the figure with its unit and currency, or the quotation. Two claims of one kind in one
sentence ("3.000 tewas dan 100.000 luka") are two identities; a repeat of the very same claim gets
an ordinal ("#2"). The identity is unique within an article (a database constraint), and it is
made from what extraction produced, never from what an editor changed later.

Plain functions on plain values: the data migration that gave old claims their identity uses them.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable

ORIGIN_MAX_LENGTH = 100


def claim_basis(*, kind, start, end, value=None, value_max=None, unit=None, currency=None, quote=None) -> tuple:
    """What identifies a claim in its sentence, in the form the database stores it."""
    return (kind, int(start), int(end), _number(value), _number(value_max), (unit or "")[:100],
            (currency or "")[:3], " ".join((quote or "").split()))


def slot_of(origin: str) -> str:
    """"kind:start:end", the sentence part of an identity (old identities were only this)."""
    return ":".join(origin.split(":")[:3])


def origins(bases: Iterable[tuple]) -> list[str]:
    """One unique identity per basis, in order; a repeated basis gets "#2", "#3", …"""
    seen: dict[str, int] = {}
    out = []
    for basis in bases:
        kind, start, end = basis[:3]
        digest = hashlib.sha1(repr(basis[3:]).encode("utf-8")).hexdigest()[:12]
        origin = f"{kind}:{start}:{end}:{digest}"
        seen[origin] = seen.get(origin, 0) + 1
        out.append(origin if seen[origin] == 1 else f"{origin}#{seen[origin]}")
    return out


def _number(value) -> str:
    return "" if value is None else repr(float(value))


def match(stored: dict[int, str], new: list[str]) -> dict[int, int]:
    """Pair newly extracted identities (by index) with stored claims ({claim id: origin}).

    First the same identity. Then, sentence by sentence, a claim of one kind whose figure or quote
    the new pipeline reads differently: when its sentence holds exactly one unpaired stored claim
    and one unpaired new claim of that kind, they are the same claim (its id, tags, status and
    history stay). Anything less certain stays unpaired: a new claim, or a claim gone.
    """
    by_origin = {origin: claim_id for claim_id, origin in stored.items()}
    pairs: dict[int, int] = {}
    for index, origin in enumerate(new):
        claim_id = by_origin.pop(origin, None)
        if claim_id is not None:
            pairs[index] = claim_id
    left_stored: dict[str, list[int]] = {}
    for origin, claim_id in by_origin.items():
        left_stored.setdefault(slot_of(origin), []).append(claim_id)
    left_new: dict[str, list[int]] = {}
    for index, origin in enumerate(new):
        if index not in pairs:
            left_new.setdefault(slot_of(origin), []).append(index)
    for slot, indexes in left_new.items():
        ids = left_stored.get(slot, [])
        if len(indexes) == 1 and len(ids) == 1:
            pairs[indexes[0]] = ids[0]
    return pairs
