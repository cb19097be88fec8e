"""Claim identity across re-extraction (claims.identity, services.extraction.claims_store_extracted).

The audit: verify one of two claims of one sentence ("12 tewas dan 5 hilang"), extract again, and
the other was gone for good; re-extract-all gave every kept claim a new id."""
import dataclasses

import pytest

from claims import identity
from claims.extraction import PIPELINE_VERSION
from claims.models import Claim, ClaimEdit, ClaimGroup
from claims.services import article_extract_claims, articles_reextract_all
from claims.services.editing import claim_set_status, claim_tag_add, claim_update
from sources.models import Article
from sources.services import article_create

from .conftest import fixed_extraction

pytestmark = pytest.mark.django_db


def basis(kind="casualty", start=0, end=50, value=12.0, **more):
    return identity.claim_basis(kind=kind, start=start, end=end, value=value, **more)


def test_two_figures_of_one_sentence_are_two_identities():
    dead, missing = identity.origins([basis(value=12, unit="orang"), basis(value=5, unit="orang")])
    assert dead != missing
    assert identity.slot_of(dead) == identity.slot_of(missing) == "casualty:0:50"


def test_the_same_claim_twice_gets_an_ordinal():
    first, second, third = identity.origins([basis(), basis(), basis()])
    assert second == f"{first}#2" and third == f"{first}#3"


def test_identity_ignores_what_extraction_and_storage_write_differently():
    assert identity.origins([basis(unit=None, currency=None, quote=None)]) == \
        identity.origins([basis(unit="", currency="", quote="")])
    assert identity.origins([basis(kind="statement", value=None, quote="Kami  siap\nmembantu")]) == \
        identity.origins([basis(kind="statement", value=None, quote="Kami siap membantu")])


def test_match_pairs_the_same_identity_then_a_lone_claim_read_differently():
    old_dead, old_missing = identity.origins([basis(value=12), basis(value=5)])
    new_dead, new_missing = identity.origins([basis(value=12), basis(value=6)])  # the new pipeline reads 6
    assert identity.match({1: old_dead, 2: old_missing}, [new_dead, new_missing]) == {0: 1, 1: 2}


def test_match_leaves_uncertain_claims_unpaired():
    a, b = identity.origins([basis(value=12), basis(value=5)])
    c, d = identity.origins([basis(value=13), basis(value=6)])  # two changed in one sentence: no guess
    assert identity.match({1: a, 2: b}, [c, d]) == {}
    assert identity.match({1: "casualty:0:50"}, identity.origins([basis(start=60, end=90)])) == {}



@pytest.fixture
def extracted_flood(flood_article_text):
    article = article_create(content=flood_article_text, source_name="banjir.txt", enqueue=False).article
    article_extract_claims(article_id=article.pk)
    return article


def test_verifying_one_of_two_figures_of_a_sentence_keeps_the_other(extracted_flood, make_user):
    sentence = Claim.objects.filter(article=extracted_flood, kind="casualty")
    dead, missing = sentence.get(value=12), sentence.get(value=5)
    assert (dead.start, dead.end) == (missing.start, missing.end)
    claim_set_status(claim_id=dead.pk, user=make_user("editor"), status="verified", expected_version=dead.version)

    article_extract_claims(article_id=extracted_flood.pk, force=True)

    assert set(sentence.values_list("pk", "value")) == {(dead.pk, 12), (missing.pk, 5)}
    assert Claim.objects.get(pk=dead.pk).status == "verified"


def test_extracting_again_keeps_every_id_and_changes_nothing(extracted_flood):
    before = list(Claim.objects.order_by("id").values())
    groups = set(ClaimGroup.objects.values_list("pk", flat=True))
    article_extract_claims(article_id=extracted_flood.pk, force=True)
    assert list(Claim.objects.order_by("id").values()) == before
    assert set(ClaimGroup.objects.values_list("pk", flat=True)) == groups


def test_reextract_all_keeps_the_ids_of_the_claims_it_keeps(extracted_flood, deployment_article_text,
                                                            django_capture_on_commit_callbacks):
    other = article_create(content=deployment_article_text, source_name="pemilu.txt", enqueue=False).article
    article_extract_claims(article_id=other.pk)
    ids = set(Claim.objects.values_list("pk", flat=True))
    Article.objects.update(pipeline_version="0.9")  # as after a pipeline upgrade
    with django_capture_on_commit_callbacks(execute=True) as queued:
        articles_reextract_all()  # eager Celery in tests: each extraction runs as it is queued
    assert len(queued) == 2
    assert set(Article.objects.values_list("status", "pipeline_version")) == {("done", PIPELINE_VERSION)}
    assert set(Claim.objects.values_list("pk", flat=True)) == ids


def test_a_figure_the_pipeline_reads_differently_is_updated_in_place(monkeypatch, flood_article_text):
    article = article_create(content=flood_article_text, source_name="banjir.txt", enqueue=False).article
    monkeypatch.setattr("claims.services.extraction.extract", fixed_extraction)
    article_extract_claims(article_id=article.pk)
    casualty = Claim.objects.get(kind="casualty")

    def reads_thirteen(text, **given):
        extraction = fixed_extraction(text, **given)
        return dataclasses.replace(extraction, claims=(dataclasses.replace(extraction.claims[0], value=13),
                                                       *extraction.claims[1:]))

    monkeypatch.setattr("claims.services.extraction.extract", reads_thirteen)
    article_extract_claims(article_id=article.pk, force=True)
    assert Claim.objects.get(pk=casualty.pk).value == 13
    assert Claim.objects.count() == 2


def test_an_edited_claim_stays_as_the_editor_left_it_and_is_not_added_twice(extracted_flood, make_user):
    editor = make_user("editor")
    dead = Claim.objects.get(article=extracted_flood, kind="casualty", value=12)
    claim_update(claim_id=dead.pk, user=editor, values={"value": 14.0}, expected_version=dead.version)
    claim_tag_add(claim_id=dead.pk, user=editor, name="angka dikoreksi")
    count = Claim.objects.count()
    article_extract_claims(article_id=extracted_flood.pk, force=True)
    assert Claim.objects.count() == count
    assert Claim.objects.get(pk=dead.pk).value == 14
    assert not Claim.objects.filter(article=extracted_flood, value=12).exists()


def test_a_claim_the_pipeline_no_longer_finds_is_removed_unless_edited(monkeypatch, flood_article_text, make_user):
    article = article_create(content=flood_article_text, source_name="banjir.txt", enqueue=False).article
    monkeypatch.setattr("claims.services.extraction.extract", fixed_extraction)
    article_extract_claims(article_id=article.pk)
    statement = Claim.objects.get(kind="statement")
    claim_tag_add(claim_id=statement.pk, user=make_user("editor"), name="kutipan")

    def finds_nothing(text, **given):
        return dataclasses.replace(fixed_extraction(text, **given), claims=())

    monkeypatch.setattr("claims.services.extraction.extract", finds_nothing)
    article_extract_claims(article_id=article.pk, force=True)
    assert list(Claim.objects.values_list("pk", flat=True)) == [statement.pk]
    assert not ClaimGroup.objects.filter(claims__isnull=True).exists()


def test_the_database_refuses_two_claims_with_one_identity(extracted_flood):
    from django.db import IntegrityError, transaction

    claim = Claim.objects.filter(article=extracted_flood).first()
    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.create(article=extracted_flood, kind=claim.kind, evidence="x", start=0, end=1,
                             origin=claim.origin)


def test_figures_out_of_bounds_are_never_stored(monkeypatch, flood_article_text):
    article = article_create(content=flood_article_text, source_name="banjir.txt", enqueue=False).article

    def infinite(text, **given):
        extraction = fixed_extraction(text, **given)
        return dataclasses.replace(extraction, claims=(dataclasses.replace(extraction.claims[0], value=float("inf")),
                                                       *extraction.claims[1:]))

    monkeypatch.setattr("claims.services.extraction.extract", infinite)
    outcome = article_extract_claims(article_id=article.pk)
    assert outcome.claims == 1 and list(Claim.objects.values_list("kind", flat=True)) == ["statement"]
    assert ClaimEdit.objects.count() == 0


@pytest.mark.parametrize("value", [float("inf"), float("nan"), 1e19])
def test_the_database_refuses_a_figure_out_of_bounds(extracted_flood, value):
    import math

    from django.db import IntegrityError, connection, transaction

    if math.isnan(value) and connection.vendor == "sqlite":
        pytest.skip("SQLite stores NaN as NULL, which is no figure at all")
    claim = Claim.objects.filter(article=extracted_flood, kind="casualty").first()
    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.filter(pk=claim.pk).update(value=value)


def test_the_largest_figure_renders_everywhere(extracted_flood, client_as):
    from django.urls import reverse

    claim = Claim.objects.filter(article=extracted_flood, kind="casualty").first()
    Claim.objects.filter(pk=claim.pk).update(value=1e18, kind="aid_amount", currency="IDR")
    client = client_as("analyst")
    assert client.get(reverse("timeline"), {"kind": "aid_amount"}).status_code == 200
    assert client.get(reverse("claim-detail", args=[claim.pk])).status_code == 200
    assert client.get(reverse("article-detail", args=[extracted_flood.pk])).status_code == 200
    response = client.get(reverse("api-claims"), {"kind": "aid_amount"})
    assert b"Infinity" not in response.content and response.json()["results"][0]["value"] == 1e18
