"""Polling with a deadline, for tests that wait on other processes (a worker, gunicorn, a server)."""
import time

import pytest


def wait_until(predicate, *, timeout, interval=0.25, message="condition"):
    """`predicate()`'s first true value, polled every `interval` s; the test fails after `timeout` s."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    pytest.fail(f"timed out after {timeout}s waiting for {message}")
