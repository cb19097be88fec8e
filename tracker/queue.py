"""Handing work to Celery without letting a broker outage fail the request that stored it.

Everything that queues a task goes through `send`: it catches the broker's errors and says whether
the task was sent, so the caller can leave its row "pending" for the sweeper (sources.tasks) to
send again later. After one failure the broker is taken for down for a few seconds, so an upload
of hundreds of files waits for one connection timeout, not for hundreds.
"""
from __future__ import annotations

import logging
import time

from django.db import transaction
from kombu.exceptions import KombuError

logger = logging.getLogger(__name__)

# What publishing raises when the broker can't be reached: kombu wraps Redis' errors in its own
# OperationalError; the filesystem transport of the embedded default raises OSError.
BROKER_ERRORS = (KombuError, OSError, ConnectionError, TimeoutError)
DOWN_FOR_SECONDS = 5.0

_down_until = 0.0


def broker_down() -> bool:
    return time.monotonic() < _down_until


def send(task, *args, **kwargs) -> bool:
    """Queue `task(*args, **kwargs)` now; False (and nothing raised) when the broker is unavailable."""
    global _down_until
    if broker_down():
        return False
    try:
        task.apply_async(args=args, kwargs=kwargs)
    except BROKER_ERRORS as exc:
        _down_until = time.monotonic() + DOWN_FOR_SECONDS
        logger.warning("the task queue is unavailable (%s); %s%r left for the sweeper", exc, task.name, args)
        return False
    return True


def send_on_commit(task, *args, on_failure=None, **kwargs) -> None:
    """`send` once the current transaction commits (never for uncommitted rows); `on_failure()` if it
    could not be sent."""

    def deliver():
        if not send(task, *args, **kwargs) and on_failure is not None:
            on_failure()

    transaction.on_commit(deliver)


def reset() -> None:
    """Forget a past failure (tests; a process that knows the broker is back)."""
    global _down_until
    _down_until = 0.0

