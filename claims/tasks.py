"""Celery tasks: thin wrappers that take ids and call a service."""
import logging

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from django.db import InterfaceError, OperationalError

from sources.services import article_mark_failed

from .services import article_extract_claims, articles_reextract_all

logger = logging.getLogger(__name__)

# Database hiccups (a restart, a lock timeout on SQLite) are worth retrying; anything else is a
# property of the article and retrying would fail the same way.
RETRYABLE = (OperationalError, InterfaceError)


@shared_task(bind=True, acks_late=True, max_retries=5, name="claims.article_extract")
def article_extract(self, article_id: int, force: bool = False) -> None:
    """Extract the claims of one article. Safe to run twice: the second run changes nothing."""
    try:
        article_extract_claims(article_id=article_id, force=force)
    except RETRYABLE as exc:
        if self.request.retries >= self.max_retries:
            # An outage longer than the retries (about 30 s) is no fault of the article: leave it
            # queued or processing, and the sweeper (sources.services.sweep) sends it again once
            # it has been untouched for KLAIM_STUCK_AFTER_SECONDS.
            logger.warning("article %s: database unavailable after %s retries, left for the sweeper: %s",
                           article_id, self.max_retries, exc)
            raise
        raise self.retry(exc=exc, countdown=min(60, 2 ** self.request.retries)) from exc
    except SoftTimeLimitExceeded:
        article_mark_failed(article_id=article_id, error="Extraction took too long and was stopped.")
    except Exception as exc:  # a bug or an article the pipeline cannot handle: say so on the article
        logger.exception("extraction of article %s failed", article_id)
        article_mark_failed(article_id=article_id, error=f"{type(exc).__name__}: {exc}")


@shared_task(acks_late=True, name="claims.articles_reextract")
def articles_reextract() -> int:
    """Queue every article for extraction again; progress shows on the articles page."""
    return articles_reextract_all()
