"""The whole path with real parts: the upload view stores an article and queues it on commit; a
real Celery worker process (the production command; Redis when REDIS_URL is set, else the
filesystem queue) extracts it into the database; the timeline shows the claims with the outlet."""
import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from claims.models import Claim
from sources.models import Article
from tracker import celery_app
from tracker.processes import worker_command

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def test_upload_worker_timeline(client, make_user, subprocess_env, start_process, wait_for, flood_article_text):
    celery_app.conf.task_always_eager = False
    with celery_app.connection_for_write() as connection:
        connection.default_channel.queue_purge(settings.CELERY_TASK_DEFAULT_QUEUE)  # leftovers of an aborted run
    worker = start_process(worker_command(queue=settings.CELERY_TASK_DEFAULT_QUEUE, pool="solo"), subprocess_env,
                           "worker")

    client.force_login(make_user("admin"))
    response = client.post(reverse("upload"), {
        "files": [SimpleUploadedFile("banjir-contoh.txt", flood_article_text.encode())],
        "outlet": "Kabar Contoh", "published": "2024-03-05",
    })
    assert response.status_code == 302
    article = Article.objects.get()

    def finished():
        assert worker.poll() is None, f"the worker exited:\n{worker.log_path.read_text()[-3000:]}"
        article.refresh_from_db()
        return article.is_finished

    wait_for(finished, timeout=120, message="the worker to process the article")
    assert article.status == Article.Status.DONE, article.error
    assert "claims.article_extract" in worker.log_path.read_text()  # the worker ran it, not this process

    claims = list(Claim.objects.filter(article=article))
    assert claims, "the pipeline found no claim in the article"
    assert any(c.kind == "casualty" and c.value == 12 for c in claims)

    client.force_login(make_user("analyst"))
    html = client.get(reverse("timeline")).content.decode()
    assert "Kabar Contoh" in html
    assert "12" in html and "Budi Santoso" in html
