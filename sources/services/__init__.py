"""Writes for articles, outlets and upload batches.

`articles`: one article stored and queued, its status; `uploads`: many files at once, archives and
files read by a worker; `sweep`: what the task queue lost, queued again.
"""
from ..text import UnreadableInput
from .articles import (
    ArticleCreated,
    article_create,
    article_enqueue,
    article_mark_failed,
    article_mark_pending,
    article_mark_processing,
    article_requeue,
    articles_reextract_start,
    outlet_get_or_create,
)
from .sweep import SweepReport, articles_sweep
from .uploads import (
    UploadReport,
    articles_upload,
    upload_batch_create,
    upload_batch_read,
    upload_batch_reject,
)

__all__ = (
    "ArticleCreated",
    "SweepReport",
    "UnreadableInput",
    "UploadReport",
    "article_create",
    "article_enqueue",
    "article_mark_failed",
    "article_mark_pending",
    "article_mark_processing",
    "article_requeue",
    "articles_reextract_start",
    "articles_sweep",
    "articles_upload",
    "outlet_get_or_create",
    "upload_batch_create",
    "upload_batch_read",
    "upload_batch_reject",
)
