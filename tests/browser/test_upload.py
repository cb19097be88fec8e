"""An admin uploads five files in the browser and watches a real worker finish them."""
from pathlib import Path

from django.conf import settings

from sources.models import Article
from tracker import celery_app
from tracker.processes import worker_command

ARTICLES = sorted((Path(__file__).resolve().parents[1] / "fixtures" / "articles").glob("*.txt"))


def test_admin_uploads_five_files_and_watches_them_finish(page, live_server, login, shot, subprocess_env,
                                                          start_process):
    assert len(ARTICLES) == 5
    celery_app.conf.task_always_eager = False
    with celery_app.connection_for_write() as connection:
        connection.default_channel.queue_purge(settings.CELERY_TASK_DEFAULT_QUEUE)
    start_process(worker_command(queue=settings.CELERY_TASK_DEFAULT_QUEUE, pool="solo"), subprocess_env, "worker")

    login("admin")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Upload").click()
    shot("upload-form")
    page.get_by_label("Article files").set_input_files([str(p) for p in ARTICLES])
    page.get_by_label("Publication date").fill("2024-05-12")
    page.get_by_role("button", name="Upload").click()
    page.wait_for_url("**/articles/?batch=*")
    shot("queued")
    progress = page.get_by_test_id("progress")
    progress.filter(has_text="5 done").wait_for(timeout=120_000)  # the list updates itself
    shot("done")
    assert Article.objects.filter(status="done").count() == 5
    assert page.locator("[data-status=done]").count() == 5

    page.get_by_role("navigation", name="Main").get_by_role("link", name="Timeline").click()
    shot("timeline-after-upload")
    assert page.get_by_test_id("claim-count").inner_text() != "0 claims"
