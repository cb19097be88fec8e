"""Writes for articles, outlets and upload batches."""
from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from .archives import MAX_TOTAL_BYTES, is_zip, zip_members
from .models import Article, Outlet, UploadBatch
from .text import UnreadableInput, article_text_from_bytes, content_hash, too_large_message

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


def upload_batch_create(*, user=None, label: str = "") -> UploadBatch:
    return UploadBatch.objects.create(created_by=user, label=label[:200])


def upload_batch_reject(*, batch: UploadBatch, name: str, error: str) -> None:
    """Remember a file refused at upload, so the batch page can say what happened to it."""
    batch.rejected = [*batch.rejected, {"name": name[:300], "error": error}]
    batch.save(update_fields=["rejected"])


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
                url=(url or parsed.url or "")[:1000],
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


@dataclass
class UploadReport:
    batch: UploadBatch
    created: list[Article] = field(default_factory=list)
    duplicates: list[tuple[str, Article]] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)


def articles_upload(
    *,
    files=(),
    text: str = "",
    title: str = "",
    outlet_name: str = "",
    url: str = "",
    published_on: dt.date | None = None,
    user=None,
) -> UploadReport:
    """Store uploaded files (a .zip counts as the article files inside it) and pasted text as one
    batch; a bad file is refused with its reason and never stops the others."""
    names = [f.name for f in files] + (["pasted text"] if text.strip() else [])
    batch = upload_batch_create(user=user, label=", ".join(names)[:200])
    report = UploadReport(batch=batch)
    limit = settings.KLAIM_MAX_ARTICLE_BYTES

    def refuse(name, error):
        report.rejected.append((name, error))
        upload_batch_reject(batch=batch, name=name, error=error)

    def store(name, content, *, pasted=False):
        try:
            result = article_create(
                content=content, source_name=name, outlet_name=outlet_name or None, url=url or None,
                published_on=published_on, title=(title or None) if pasted else None, uploaded_by=user, batch=batch,
            )
        except UnreadableInput as exc:
            refuse(name, str(exc))
            return
        if result.created:
            report.created.append(result.article)
        else:
            report.duplicates.append((name, result.article))

    for upload in files:
        if is_zip(upload.name):
            if upload.size > MAX_TOTAL_BYTES:
                refuse(upload.name, "The archive is larger than 200 MB; upload it in parts.")
                continue
            try:
                members = zip_members(upload, max_member_bytes=limit)
            except UnreadableInput as exc:
                refuse(upload.name, str(exc))
                continue
            for member in members:
                name = f"{upload.name}/{member.name}"
                if member.error:
                    refuse(name, member.error)
                else:
                    store(name, member.content)
        elif upload.size > limit:
            refuse(upload.name, too_large_message(upload.size, limit))
        else:
            store(upload.name, upload.read())
    if text.strip():
        store("pasted text", text, pasted=True)
    return report


def articles_reextract_start() -> None:
    """Re-extract every article in the background (after a pipeline upgrade)."""
    from claims.tasks import articles_reextract

    articles_reextract.delay_on_commit()


def article_enqueue(*, article: Article) -> None:
    """Queue extraction after the current transaction commits (never for uncommitted rows)."""
    from claims.tasks import article_extract

    article_extract.delay_on_commit(article.pk)


def article_requeue(*, article: Article) -> Article:
    """Put a failed or finished article back in the queue (retry, or a pipeline upgrade)."""
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


__all__ = (
    "ArticleCreated",
    "UnreadableInput",
    "article_create",
    "article_enqueue",
    "article_mark_failed",
    "article_mark_processing",
    "article_requeue",
    "articles_reextract_start",
    "articles_upload",
    "outlet_get_or_create",
    "upload_batch_create",
    "upload_batch_reject",
)
