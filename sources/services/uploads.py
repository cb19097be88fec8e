"""Writes for uploads: many files at once, one batch. Files are read in the request while its time
budget lasts; archives and whatever is left go to a worker (`upload_batch_read`), so an upload of
any size answers in seconds and its progress shows on the batch page."""
from __future__ import annotations

import datetime as dt
import logging
import time
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from tracker import queue

from .. import spool
from ..archives import MAX_TOTAL_BYTES, is_zip, iter_members
from ..models import Article, UploadBatch
from ..text import UnreadableInput, too_large_message
from .articles import article_create

logger = logging.getLogger(__name__)
ARCHIVE_TOO_LARGE = "The archive is larger than 200 MB; upload it in parts."


@dataclass
class UploadReport:
    batch: UploadBatch
    created: list[Article] = field(default_factory=list)
    duplicates: list[tuple[str, Article]] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)
    waiting: list[str] = field(default_factory=list)  # names of files a worker reads
    queue_down: bool = False  # the worker could not be reached; the sweeper will retry


def upload_batch_create(*, user=None, label: str = "", given: dict | None = None) -> UploadBatch:
    return UploadBatch.objects.create(created_by=user, label=label[:200], given=given or {})


def upload_batch_reject(*, batch: UploadBatch, name: str, error: str) -> None:
    """Remember a file refused at upload, so the batch page can say what happened to it (once:
    a resumed reading may meet the same file again)."""
    entry = {"name": name[:300], "error": error}
    if entry not in batch.rejected:
        batch.rejected = [*batch.rejected, entry]
        batch.save(update_fields=["rejected"])


def _given(batch: UploadBatch) -> dict:
    given = batch.given or {}
    published = given.get("published")
    return {
        "outlet_name": given.get("outlet") or None,
        "url": given.get("url") or None,
        "published_on": dt.date.fromisoformat(published) if published else None,
    }


def _store(batch: UploadBatch, name: str, content, report: UploadReport | None = None, *, title=None) -> None:
    try:
        result = article_create(content=content, source_name=name, title=title, uploaded_by=batch.created_by,
                                batch=batch, **_given(batch))
    except UnreadableInput as exc:
        upload_batch_reject(batch=batch, name=name, error=str(exc))
        if report is not None:
            report.rejected.append((name, str(exc)))
        return
    if report is None:
        if not result.created and result.article.batch_id != batch.pk:
            upload_batch_reject(batch=batch, name=name, error=f"Already uploaded as “{result.article}”; not stored twice.")
        return
    if result.created:
        report.created.append(result.article)
    else:
        report.duplicates.append((name, result.article))


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
    """Store uploaded files and pasted text as one batch; a bad file is refused with its reason and
    never stops the others.

    Plain files are read here until KLAIM_UPLOAD_INLINE_SECONDS have passed; archives, and files
    left when the budget is spent, are spooled to disk and read by a worker.
    """
    names = [f.name for f in files] + (["pasted text"] if text.strip() else [])
    given = {"outlet": outlet_name or "", "url": url or "", "published": published_on.isoformat() if published_on else ""}
    batch = upload_batch_create(user=user, label=", ".join(names)[:200], given=given)
    report = UploadReport(batch=batch)
    limit = settings.KLAIM_MAX_ARTICLE_BYTES
    deadline = time.monotonic() + settings.KLAIM_UPLOAD_INLINE_SECONDS
    waiting = []

    def refuse(name, error):
        report.rejected.append((name, error))
        upload_batch_reject(batch=batch, name=name, error=error)

    for position, upload in enumerate(files):
        if is_zip(upload.name) and upload.size > MAX_TOTAL_BYTES:
            refuse(upload.name, ARCHIVE_TOO_LARGE)
        elif not is_zip(upload.name) and upload.size > limit:
            refuse(upload.name, too_large_message(upload.size, limit))
        elif is_zip(upload.name) or time.monotonic() > deadline:
            path = spool.spool_store(batch_id=batch.pk, position=position, upload=upload)
            waiting.append({"name": upload.name[:300], "path": path, "next": 0, "inflated": 0})
            report.waiting.append(upload.name)
        else:
            _store(batch, upload.name, upload.read(), report)
    if text.strip():  # one text within the request's size limit: always read here
        _store(batch, "pasted text", text, report, title=title or None)
    if waiting:
        UploadBatch.objects.filter(pk=batch.pk).update(waiting=waiting)
        batch.waiting = waiting
        upload_batch_send(batch_id=batch.pk)
    report.queue_down = queue.broker_down()
    return report


def upload_batch_send(*, batch_id: int) -> None:
    """Queue the reading of a batch's waiting files once the transaction commits."""
    from ..tasks import upload_batch_read_task

    def sent_or_not():
        UploadBatch.objects.filter(pk=batch_id).update(sent_at=None)

    UploadBatch.objects.filter(pk=batch_id).update(sent_at=timezone.now())
    queue.send_on_commit(upload_batch_read_task, batch_id, on_failure=sent_or_not)


def upload_batch_read(*, batch_id: int, budget_seconds: float | None = None) -> bool:
    """Read a batch's waiting files into articles (a worker's job); True when all are read.

    One reader at a time: the batch is claimed through `reading_since`, refreshed as it goes, so a
    second task for the same batch returns at once, and a reader that died is taken over once its
    claim is older than KLAIM_STUCK_AFTER_SECONDS. Progress is saved after every file of an archive,
    so a resumed reading starts where the last one stopped. When the budget is spent, the rest is
    queued as a new task (no task runs into its time limit).
    """
    budget = settings.KLAIM_BATCH_READ_SECONDS if budget_seconds is None else budget_seconds
    deadline = time.monotonic() + budget
    now = timezone.now()
    stale = now - dt.timedelta(seconds=settings.KLAIM_STUCK_AFTER_SECONDS)
    claimed = UploadBatch.objects.filter(pk=batch_id).exclude(waiting=[]).filter(
        Q(reading_since__isnull=True) | Q(reading_since__lt=stale)).update(reading_since=now)
    if not claimed:
        return not UploadBatch.objects.filter(pk=batch_id).exclude(waiting=[]).exists()
    batch = UploadBatch.objects.select_related("created_by").get(pk=batch_id)
    try:
        while batch.waiting:
            entry = dict(batch.waiting[0])
            finished = _read_entry(batch, entry, deadline)
            rest = batch.waiting[1:] if finished else [entry, *batch.waiting[1:]]
            _save_progress(batch, rest)
            if finished:
                spool.spool_delete(entry["path"])
            elif time.monotonic() > deadline:
                break
    finally:
        UploadBatch.objects.filter(pk=batch_id).update(reading_since=None)
    if batch.waiting:
        upload_batch_send(batch_id=batch_id)
        return False
    return True


def _save_progress(batch: UploadBatch, waiting: list) -> None:
    batch.waiting = waiting
    UploadBatch.objects.filter(pk=batch.pk).update(waiting=waiting, reading_since=timezone.now())


def _read_entry(batch: UploadBatch, entry: dict, deadline: float) -> bool:
    """Read one waiting file from where its reading stopped; True when it is done."""
    name = entry["name"]
    try:
        path = spool.spool_path(entry["path"])
        handle = open(path, "rb")
    except (OSError, ValueError):
        upload_batch_reject(batch=batch, name=name, error="The stored upload is missing; upload the file again.")
        return True
    with handle:
        if not is_zip(name):
            _store(batch, name, handle.read())
            return True
        try:
            members = iter_members(handle, max_member_bytes=settings.KLAIM_MAX_ARTICLE_BYTES,
                                   start=entry["next"], inflated=entry["inflated"])
            for member in members:
                member_name = f"{name}/{member.name}"
                with transaction.atomic():
                    if member.error:
                        upload_batch_reject(batch=batch, name=member_name, error=member.error)
                    else:
                        _store(batch, member_name, member.content)
                entry["next"], entry["inflated"] = member.index + 1, entry["inflated"] + member.size
                _save_progress(batch, [entry, *batch.waiting[1:]])
                if time.monotonic() > deadline:
                    return False
        except UnreadableInput as exc:
            upload_batch_reject(batch=batch, name=name, error=str(exc))
    return True


def upload_batches_sweep(*, cutoff) -> int:
    """Queue the reading of batches whose files wait with no task on the way; -1 if the queue is down."""
    count = 0
    for batch_id in (UploadBatch.objects.exclude(waiting=[])
                     .filter(Q(sent_at__isnull=True) | Q(sent_at__lt=cutoff))
                     .filter(Q(reading_since__isnull=True) | Q(reading_since__lt=cutoff))
                     .values_list("pk", flat=True)[:100]):
        from ..tasks import upload_batch_read_task

        if not queue.send(upload_batch_read_task, batch_id):
            return -1
        UploadBatch.objects.filter(pk=batch_id).update(sent_at=timezone.now())
        count += 1
    return count
