"""A broker outage loses nothing: stored articles wait as pending and the sweeper queues them, and
what a killed worker or a restarted Redis lost is queued again (tracker.queue, services.sweep)."""
import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from kombu.exceptions import OperationalError

from sources.models import Article
from sources.services import article_create, articles_sweep, articles_upload
from tracker import queue

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_breaker():
    queue.reset()
    yield
    queue.reset()


@pytest.fixture
def broker(monkeypatch):
    """The extraction task's queue, with a switch to make it unreachable."""

    class Broker:
        down = False
        sent: list = []
        attempts = 0

        def apply_async(self, args=(), kwargs=None):
            self.attempts += 1
            if self.down:
                raise OperationalError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")
            self.sent.append(args[0])

    fake = Broker()
    fake.sent = []
    monkeypatch.setattr("claims.tasks.article_extract.apply_async", fake.apply_async)
    return fake


def texts(n):
    return [f"Banjir melanda Desa Contoh {i}. Sebanyak {i + 10} warga mengungsi ke balai desa, kata kepala desa."
            for i in range(n)]


def test_an_upload_while_the_queue_is_down_stores_every_file_as_pending(broker, client_as,
                                                                        django_capture_on_commit_callbacks):
    broker.down = True
    files = [SimpleUploadedFile(f"berita-{i}.txt", text.encode()) for i, text in enumerate(texts(3))]
    client = client_as("admin")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("upload"), {"files": files})
    assert response.status_code == 302
    assert sorted(Article.objects.values_list("status", flat=True)) == ["pending"] * 3
    assert broker.attempts == 1  # the first failure stands for the rest: one timeout, not three
    html = client.get(response["Location"]).content.decode()
    assert "wait for the task queue" in html and "3 waiting for the queue" in html

    queue.reset()
    broker.down = False
    report = articles_sweep()
    assert report.pending == 3 and not report.queue_down
    assert sorted(broker.sent) == sorted(Article.objects.values_list("pk", flat=True))
    assert set(Article.objects.values_list("status", flat=True)) == {"queued"}


def test_uploading_a_pending_article_again_queues_it_instead_of_only_saying_known(broker,
                                                                                 django_capture_on_commit_callbacks):
    [text] = texts(1)
    broker.down = True
    with django_capture_on_commit_callbacks(execute=True):
        first = article_create(content=text).article
    assert Article.objects.get(pk=first.pk).status == "pending"
    queue.reset()
    broker.down = False
    with django_capture_on_commit_callbacks(execute=True):
        again = article_create(content=text)
    assert not again.created and broker.sent == [first.pk]


def test_the_sweeper_requeues_lost_and_stuck_articles_but_not_fresh_ones(broker, settings):
    settings.KLAIM_STUCK_AFTER_SECONDS = 600
    old = timezone.now() - dt.timedelta(seconds=601)
    articles = [article_create(content=text, enqueue=False).article for text in texts(5)]
    lost, stuck, fresh_queued, fresh_processing, done = articles
    Article.objects.filter(pk=lost.pk).update(status="queued", updated_at=old)
    Article.objects.filter(pk=stuck.pk).update(status="processing", updated_at=old)
    Article.objects.filter(pk=fresh_processing.pk).update(status="processing")
    Article.objects.filter(pk=done.pk).update(status="done", updated_at=old)

    report = articles_sweep()
    assert (report.stale_queued, report.stuck_processing, report.pending) == (1, 1, 0)
    assert sorted(broker.sent) == sorted([lost.pk, stuck.pk])
    assert Article.objects.get(pk=stuck.pk).status == "queued"
    assert Article.objects.get(pk=fresh_processing.pk).status == "processing"
    assert Article.objects.get(pk=fresh_queued.pk).status == "queued"
    # swept once: not sent again on the next sweep, they are fresh now
    broker.sent.clear()
    assert articles_sweep().stale_queued == 0 and broker.sent == []


def test_a_sweep_while_the_queue_is_still_down_changes_nothing(broker):
    [text] = texts(1)
    article = article_create(content=text, enqueue=False).article
    Article.objects.filter(pk=article.pk).update(status="pending")
    broker.down = True
    report = articles_sweep()
    assert report.queue_down and Article.objects.get(pk=article.pk).status == "pending"


def test_reextract_all_while_the_queue_is_down_says_so_and_changes_nothing(client_as, monkeypatch):
    monkeypatch.setattr("claims.tasks.articles_reextract.apply_async",
                        lambda **kw: (_ for _ in ()).throw(OperationalError("down")))
    [text] = texts(1)
    article = article_create(content=text, enqueue=False).article
    Article.objects.filter(pk=article.pk).update(status="done")
    response = client_as("admin").post(reverse("articles-reextract"), follow=True)
    assert "task queue is unavailable" in response.content.decode()
    assert Article.objects.get(pk=article.pk).status == "done"


@pytest.mark.parametrize("status", ["pending", "queued", "processing", "failed", "done"])
def test_extract_again_is_offered_for_any_article(client_as, status, broker, django_capture_on_commit_callbacks):
    [text] = texts(1)
    article = article_create(content=text, enqueue=False).article
    Article.objects.filter(pk=article.pk).update(status=status)
    client = client_as("admin")
    html = client.get(reverse("article-detail", args=[article.pk])).content.decode()
    assert "Extract again" in html
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("article-retry", args=[article.pk]))
    assert broker.sent == [article.pk]


def test_the_upload_service_reports_the_outage(broker, django_capture_on_commit_callbacks):
    broker.down = True
    with django_capture_on_commit_callbacks(execute=True):
        report = articles_upload(files=[SimpleUploadedFile("a.txt", texts(1)[0].encode())])
    assert len(report.created) == 1 and Article.objects.get().status == "pending"
