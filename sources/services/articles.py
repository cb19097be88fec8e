"""Writes for articles and outlets: storing one article, queueing it, and its status."""
from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from tracker import queue

from ..links import web_url
from ..models import Article, Outlet, UploadBatch
from ..text import article_text_from_bytes, content_hash

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ArticleCreated:
    article: Article
    created: bool  # False: the same text was already stored, and that article is returned


def outlet_get_or_create(*, name: str) -> Outlet | None:
    """The outlet with this name or alias (any letter case), created when new."""
    name = " ".join((name or "").split())[:200]
    if not name:
        return None
    outlet = Outlet.objects.filter(name__iexact=name).first()
    if outlet:
        return outlet
    lowered = name.lower()
    for candidate in Outlet.objects.exclude(aliases=[]).only("id", "aliases"):
        if lowered in (alias.lower() for alias in candidate.aliases):
            return Outlet.objects.get(pk=candidate.pk)
    domain = name.lower() if "." in name and " " not in name else ""
    outlet, _ = Outlet.objects.get_or_create(name=name, defaults={"domain": domain})
    return outlet


def article_create(
    *,
    content: bytes | str,
    source_name: str = "",
    outlet_name: str | None = None,
    url: str | None = None,
    published_on: dt.date | None = None,
    title: str | None = None,
    uploaded_by=None,
    batch: UploadBatch | None = None,
    enqueue: bool = True,
) -> ArticleCreated:
    """Store one article and queue its extraction once the transaction commits.

    Raises UnreadableInput (with a message for the uploader) for empty, binary, undecodable or
    oversized input. An article whose text is already stored is not stored again: the existing
    one is returned with ``created=False``.
    """
    raw = content.encode("utf-8") if isinstance(content, str) else content
    parsed = article_text_from_bytes(raw, filename=source_name or None, max_bytes=settings.KLAIM_MAX_ARTICLE_BYTES)
    digest = content_hash(parsed.text)
    existing = Article.objects.filter(content_hash=digest).first()
    if existing:
        if enqueue and existing.status == Article.Status.PENDING:
            article_enqueue(article=existing)  # uploaded again while it waits: try the queue now
        return ArticleCreated(existing, created=False)

    if published_on:
        published_source = Article.DateSource.GIVEN
    elif parsed.published:
        published_on, published_source = parsed.published, Article.DateSource.HTML
    else:
        published_source = Article.DateSource.NONE
    outlet_given = bool(outlet_name)
    outlet = outlet_get_or_create(name=outlet_name or parsed.site_name or "")

    try:
        with transaction.atomic():
            article = Article.objects.create(
                outlet=outlet,
                outlet_given=outlet_given,
                title=(title or parsed.title or "")[:500],
                url=web_url(url) or web_url(parsed.url) or "",
                published_on=published_on,
                published_source=published_source,
                text=parsed.text,
                content_hash=digest,
                source_name=source_name[:300],
                uploaded_by=uploaded_by,
                batch=batch,
            )
            if enqueue:
                article_enqueue(article=article)
    except IntegrityError:
        # Two uploads of the same text raced; the first one won.
        existing = Article.objects.filter(content_hash=digest).first()
        if existing is None:
            raise
        return ArticleCreated(existing, created=False)
    return ArticleCreated(article, created=True)


def articles_reextract_start() -> bool:
    """Re-extract every article in the background (after a pipeline upgrade); False when the
    task queue is unavailable (nothing was changed then)."""
    from claims.tasks import articles_reextract

    return queue.send(articles_reextract)


def article_enqueue(*, article: Article) -> None:
    """Queue extraction after the current transaction commits (never for uncommitted rows). When
    the queue is unreachable the article waits as "pending" and the sweeper queues it later."""
    from claims.tasks import article_extract

    article_id = article.pk
    queue.send_on_commit(article_extract, article_id,
                         on_failure=lambda: article_mark_pending(article_id=article_id))


def article_mark_pending(*, article_id: int) -> None:
    Article.objects.filter(pk=article_id, status=Article.Status.QUEUED).update(
        status=Article.Status.PENDING, updated_at=timezone.now())


def article_requeue(*, article: Article) -> Article:
    """Put an article back in the queue: retry a failed one, redo a finished one, or push one that
    waits or seems stuck. Safe at any time: extraction is idempotent and locks the article."""
    with transaction.atomic():
        Article.objects.filter(pk=article.pk).update(status=Article.Status.QUEUED, error="", updated_at=timezone.now())
        article_enqueue(article=article)
    article.refresh_from_db()
    return article


def article_mark_processing(*, article_id: int) -> bool:
    """Mark the article as being processed; False when it no longer exists."""
    updated = Article.objects.filter(pk=article_id).update(
        status=Article.Status.PROCESSING, attempts=F("attempts") + 1, error="", updated_at=timezone.now()
    )
    return bool(updated)


def article_mark_failed(*, article_id: int, error: str) -> None:
    logger.warning("article %s failed: %s", article_id, error)
    Article.objects.filter(pk=article_id).update(
        status=Article.Status.FAILED, error=error[:2000], updated_at=timezone.now()
    )
