"""What the task queue lost, queued again: run by Celery beat (sources.tasks.articles_sweep_task)."""
from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone

from tracker import queue

from ..models import Article
from .uploads import upload_batches_sweep

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class SweepReport:
    pending: int = 0  # queued now after waiting for the queue
    stale_queued: int = 0  # queued again: their message was lost (a Redis restart without persistence)
    stuck_processing: int = 0  # queued again: their worker died mid-way
    batches: int = 0  # upload batches whose files are read again
    queue_down: bool = False


def articles_sweep(*, limit: int = 1000) -> SweepReport:
    """Queue what the task queue lost (run by Celery beat every KLAIM_SWEEP_SECONDS).

    "Stuck" means untouched for KLAIM_STUCK_AFTER_SECONDS, well past a task's hard time limit, so an
    article still being worked on is never taken for a lost one; a message sent twice is harmless.
    Each article is sent at most once per sweep and at most `limit` per sweep, oldest first.
    """
    from claims.tasks import article_extract

    now = timezone.now()
    cutoff = now - dt.timedelta(seconds=settings.KLAIM_STUCK_AFTER_SECONDS)
    counts = {"pending": 0, "stale_queued": 0, "stuck_processing": 0}
    selections = (
        ("pending", Article.objects.filter(status=Article.Status.PENDING)),
        ("stale_queued", Article.objects.filter(status=Article.Status.QUEUED, updated_at__lt=cutoff)),
        ("stuck_processing", Article.objects.filter(status=Article.Status.PROCESSING, updated_at__lt=cutoff)),
    )
    sent = 0
    for name, selection in selections:
        for article_id, status in selection.order_by("updated_at", "id").values_list("pk", "status")[:limit - sent]:
            if not queue.send(article_extract, article_id):
                return SweepReport(**counts, queue_down=True)
            # only if nobody moved it meanwhile (a worker may already be at it)
            Article.objects.filter(pk=article_id, status=status).update(status=Article.Status.QUEUED, updated_at=now)
            counts[name] += 1
            sent += 1
    batches = upload_batches_sweep(cutoff=cutoff)
    if counts["stale_queued"] or counts["stuck_processing"] or counts["pending"]:
        logger.info("sweep queued %s", counts)
    return SweepReport(**counts, batches=batches, queue_down=batches < 0)
