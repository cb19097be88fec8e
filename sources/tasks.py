"""Celery tasks of sources: thin wrappers that take ids and call a service."""
from celery import shared_task

from .services import articles_sweep, upload_batch_read


@shared_task(acks_late=True, name="sources.upload_batch_read")
def upload_batch_read_task(batch_id: int) -> bool:
    """Read the files an upload left for a worker (archives, files past the request's budget)."""
    return upload_batch_read(batch_id=batch_id)


@shared_task(name="sources.articles_sweep")
def articles_sweep_task() -> dict:
    """Queue what the task queue lost (Celery beat runs this every KLAIM_SWEEP_SECONDS)."""
    report = articles_sweep()
    return {"pending": report.pending, "stale_queued": report.stale_queued,
            "stuck_processing": report.stuck_processing, "batches": report.batches, "queue_down": report.queue_down}
