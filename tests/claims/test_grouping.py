import datetime as dt
import itertools

import pytest

from claims.grouping import claim_group_assign, figures_match, group_label, groups_delete_empty, quotes_match
from claims.models import Claim, ClaimGroup
from sources.models import Article

pytestmark = pytest.mark.django_db
_numbers = itertools.count()


def make_article():
    n = next(_numbers)
    return Article.objects.create(text=f"Artikel {n}", content_hash=f"hash-{n}", published_on=dt.date(2024, 10, 25))


def make_claim(kind="troop_count", value=None, value_max=None, subject="Korea Utara", quote="", day=(2024, 10, 25),
               currency="", article=None):
    claim = Claim.objects.create(
        article=article or make_article(), kind=kind, value=value, value_max=value_max, subject=subject, quote=quote,
        currency=currency, evidence=quote or f"{value} tentara", start=0, end=5, timeline_date=dt.date(*day),
    )
    claim_group_assign(claim=claim)
    return claim


def test_same_figure_from_three_outlets_joins_one_group():
    a = make_claim(value=10_000, day=(2024, 10, 18))
    b = make_claim(value=10_000, subject="Korut", day=(2024, 10, 29))  # alias of the same subject
    c = make_claim(value=11_000, subject="", day=(2024, 11, 1))  # within the tolerance, no subject named
    assert a.group == b.group == c.group
    group = ClaimGroup.objects.get()
    assert group.first_date == dt.date(2024, 10, 18) and group.last_date == dt.date(2024, 11, 1)


@pytest.mark.parametrize(
    "other",
    [
        {"value": 1_500},  # a different figure
        {"value": 10_000, "kind": "casualty"},  # another kind
        {"value": 10_000, "subject": "Rusia"},  # another subject
        {"value": 10_000, "day": (2025, 3, 1)},  # months later
        {"value": 10_000, "value_max": 99_999},  # a vague range is not the exact figure
    ],
)
def test_different_claims_get_their_own_group(other):
    first = make_claim(value=10_000)
    second = make_claim(**other)
    assert first.group != second.group


def test_money_needs_the_same_currency():
    euro = make_claim(kind="aid_amount", value=35e9, currency="EUR", subject="Uni Eropa")
    dollar = make_claim(kind="aid_amount", value=35e9, currency="USD", subject="Uni Eropa")
    assert euro.group != dollar.group
    assert not figures_match(euro, dollar)


def test_statements_with_the_same_words_group_across_outlets():
    words = "Kami akan terus mengirim bantuan kemanusiaan ke wilayah yang terdampak konflik"
    a = make_claim(kind="statement", quote=words, subject="")
    b = make_claim(kind="statement", quote=words.replace("Kami", "kami") + ".", subject="")
    c = make_claim(kind="statement", quote="Situasi di perbatasan tetap tenang dan terkendali sejak pagi", subject="")
    assert a.group == b.group != c.group


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Pemerintah akan membangun kembali jembatan yang rusak", "pemerintah akan membangun kembali jembatan yang rusak parah", True),
        ("Kami menolak", "Kami menolak", False),  # too short to tell
        ("Pemerintah akan membangun kembali jembatan yang rusak", "Warga diminta menjauhi bantaran sungai malam ini", False),
    ],
)
def test_quotes_match(a, b, expected):
    assert quotes_match(a, b) is expected


def test_label_and_empty_group_cleanup():
    claim = make_claim(value=3_000, subject="Korea Utara")
    assert group_label(claim) == "Korea Utara 3,000 troop count"
    group_id = claim.group_id
    claim.delete()
    assert groups_delete_empty(group_ids={group_id}) == 1
