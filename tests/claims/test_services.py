import datetime as dt

import pytest

from claims.models import Actor, Claim, ClaimGroup
from claims.services import actor_get_or_create, article_extract_claims, articles_reextract_all
from sources.models import Article

pytestmark = pytest.mark.django_db


def test_extraction_stores_claims_and_article_metadata(fake_pipeline, flood_article):
    outcome = article_extract_claims(article_id=flood_article.pk)
    assert outcome.claims == 2 and not outcome.skipped
    article = Article.objects.get(pk=flood_article.pk)
    assert article.status == Article.Status.DONE and article.processed_at
    assert article.outlet.name == "Kabar Contoh"
    assert article.published_on == dt.date(2024, 3, 5) and article.published_source == Article.DateSource.DATELINE
    assert article.credits == ["Antara"]
    casualty = Claim.objects.get(kind="casualty")
    assert casualty.value == 12 and casualty.qualifier == "at_least"
    assert casualty.timeline_date == dt.date(2024, 3, 4)
    assert article.text[casualty.start:casualty.end] == casualty.evidence
    assert casualty.speaker_actor.name == "Budi Santoso"
    assert casualty.group is not None


def test_given_metadata_wins_over_what_the_pipeline_infers(fake_pipeline, db, flood_article_text):
    from sources.services import article_create

    article = article_create(content=flood_article_text, outlet_name="Pilihan Pengunggah",
                             published_on=dt.date(2024, 3, 6), enqueue=False).article
    article_extract_claims(article_id=article.pk)
    article.refresh_from_db()
    assert article.outlet.name == "Pilihan Pengunggah"
    assert article.published_on == dt.date(2024, 3, 6)
    assert article.published_source == Article.DateSource.GIVEN


def test_running_twice_leaves_the_same_rows(fake_pipeline, flood_article):
    article_extract_claims(article_id=flood_article.pk)
    before = list(Claim.objects.order_by("id").values())
    groups = list(ClaimGroup.objects.values_list("id", flat=True))
    second = article_extract_claims(article_id=flood_article.pk)
    assert second.skipped
    assert list(Claim.objects.order_by("id").values()) == before
    assert list(ClaimGroup.objects.values_list("id", flat=True)) == groups


def test_forced_rerun_replaces_machine_claims_but_keeps_edited_ones(fake_pipeline, flood_article):
    article_extract_claims(article_id=flood_article.pk)
    statement = Claim.objects.get(kind="statement")
    statement.quote, statement.edited = "Dikoreksi oleh editor", True
    statement.save()
    article_extract_claims(article_id=flood_article.pk, force=True)
    assert Claim.objects.filter(kind="statement").count() == 1  # the machine copy is not added again
    assert Claim.objects.get(kind="statement").quote == "Dikoreksi oleh editor"
    assert Claim.objects.filter(kind="casualty").count() == 1
    assert ClaimGroup.objects.filter(claims__isnull=True).count() == 0


def test_missing_article_is_a_quiet_no_op(fake_pipeline, db):
    assert article_extract_claims(article_id=999_999) is None


def test_actor_spelling_variants_share_one_actor(db):
    first = actor_get_or_create(name="Zelensky", kind="person")
    assert actor_get_or_create(name="Zelenskyy", kind="person") == first
    assert actor_get_or_create(name="Zelenskiy", kind="person") == first
    full = actor_get_or_create(name="Volodymyr Zelensky", kind="person")
    assert full == first
    full.refresh_from_db()
    assert full.name == "Volodymyr Zelensky" and set(full.aliases) >= {"Zelensky", "Zelenskyy", "Zelenskiy"}
    assert actor_get_or_create(name="") is None
    assert actor_get_or_create(name=None) is None
    assert Actor.objects.count() == 1


def test_a_shared_surname_is_not_guessed(db):
    min_jae = actor_get_or_create(name="Kim Min-jae", kind="person")
    ji_hoon = actor_get_or_create(name="Kim Ji-hoon", kind="person")
    bare = actor_get_or_create(name="Kim", kind="person")
    assert bare not in (min_jae, ji_hoon)
    assert actor_get_or_create(name="Korut", kind="country") == actor_get_or_create(name="Korea Utara", kind="country")


def test_reextract_all_queues_every_article(fake_pipeline, flood_article, monkeypatch):
    queued = []
    monkeypatch.setattr("claims.tasks.article_extract.apply_async", lambda args, kwargs: queued.append(args[0]))
    assert articles_reextract_all() == 1
    assert Article.objects.get(pk=flood_article.pk).status == Article.Status.QUEUED
