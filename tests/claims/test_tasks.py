import pytest
from django.db import OperationalError

from claims.models import Claim
from claims.tasks import article_extract
from sources.models import Article
from tracker import celery_app

pytestmark = pytest.mark.django_db


def test_task_extracts_and_is_idempotent(fake_pipeline, flood_article):
    article_extract.apply(args=[flood_article.pk]).get()
    rows = list(Claim.objects.order_by("id").values_list("id", "kind", "value", "start", "end"))
    article_extract.apply(args=[flood_article.pk]).get()
    assert list(Claim.objects.order_by("id").values_list("id", "kind", "value", "start", "end")) == rows
    assert Article.objects.get(pk=flood_article.pk).status == Article.Status.DONE


def test_task_marks_the_article_failed_with_the_reason(monkeypatch, flood_article):
    def broken(*args, **kwargs):
        raise ValueError("kalimat tidak bisa diurai")

    monkeypatch.setattr("claims.services.extraction.extract", broken)
    article_extract.apply(args=[flood_article.pk])
    article = Article.objects.get(pk=flood_article.pk)
    assert article.status == Article.Status.FAILED
    assert "kalimat tidak bisa diurai" in article.error


def test_task_retries_on_database_errors(monkeypatch, flood_article):
    calls = []

    def flaky(*, article_id, force=False):
        calls.append(article_id)
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr("claims.tasks.article_extract_claims", flaky)
    celery_app.conf.task_eager_propagates = False  # eager retries re-raise otherwise
    try:
        result = article_extract.apply(args=[flood_article.pk], throw=False)
    finally:
        celery_app.conf.task_eager_propagates = True
    assert len(calls) == article_extract.max_retries + 1
    assert isinstance(result.result, OperationalError)
    # A long outage is no fault of the article: it is not failed but left for the sweeper, which
    # queues unfinished articles again (tests/sources/test_sweep.py).
    assert Article.objects.get(pk=flood_article.pk).status in Article.UNFINISHED


def test_task_options_are_set_for_redelivery():
    assert article_extract.acks_late is True
    assert article_extract.name == "claims.article_extract"
