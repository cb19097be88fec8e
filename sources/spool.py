"""Uploaded files kept on disk until a worker reads them (archives; files past the request's budget).

The spool lives in KLAIM_UPLOAD_DIR (under the var directory, a volume the web app and the
worker share in docker-compose). Paths stored on a batch are relative to it.
"""
from __future__ import annotations

import shutil
from pathlib import Path, PurePosixPath

from django.conf import settings


def root() -> Path:
    return Path(settings.KLAIM_UPLOAD_DIR)


def spool_store(*, batch_id: int, position: int, upload) -> str:
    """Copy an uploaded file into the spool, chunk by chunk; returns its spool path."""
    suffix = PurePosixPath(upload.name).suffix.lower()[:10]
    relative = f"batch-{batch_id}/{position:04d}{suffix}"
    target = root() / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    upload.seek(0)
    with open(target, "wb") as out:
        for chunk in upload.chunks():
            out.write(chunk)
    return relative


def spool_path(relative: str) -> Path:
    path = (root() / relative).resolve()
    if root().resolve() not in path.parents:
        raise ValueError(f"not a spool path: {relative}")
    return path


def spool_delete(relative: str) -> None:
    try:
        path = spool_path(relative)
    except ValueError:
        return
    path.unlink(missing_ok=True)
    try:
        path.parent.rmdir()  # the batch's folder, once empty
    except OSError:
        pass


def spool_clear(*, batch_id: int) -> None:
    shutil.rmtree(root() / f"batch-{batch_id}", ignore_errors=True)
