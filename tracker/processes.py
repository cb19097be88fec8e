"""The production process commands, in one place: `make run`, the tests and docker-compose.yml
all start the web app, the worker and the scheduler (beat) with exactly these arguments."""
import sys

WEB_MODULE = "tracker.wsgi"
CELERY_APP = "tracker"


def web_command(*, bind: str, workers: int = 2) -> list[str]:
    return [sys.executable, "-m", "gunicorn", WEB_MODULE, "--bind", bind, "--workers", str(workers),
            "--access-logfile", "-", "--timeout", "60"]


def worker_command(*, queue: str, concurrency: int = 1, pool: str = "prefork") -> list[str]:
    return [sys.executable, "-m", "celery", "-A", CELERY_APP, "worker", "--loglevel", "INFO",
            "--concurrency", str(concurrency), "--pool", pool, "--queues", queue]


def beat_command(*, schedule: str) -> list[str]:
    """Celery beat: sends the periodic sweep (settings.CELERY_BEAT_SCHEDULE). Run exactly one."""
    return [sys.executable, "-m", "celery", "-A", CELERY_APP, "beat", "--loglevel", "INFO", "--schedule", schedule]
