"""Serve the web app (gunicorn), a Celery worker and Celery beat together, for `make run`.

The same commands docker-compose runs in production, as child processes: if one stops, the others
are stopped too, and Ctrl-C stops them all. Beat sends the sweep that queues what the queue lost.
"""
import os
import signal
import subprocess
import time

from django.conf import settings
from django.core.management.base import BaseCommand

from tracker.processes import beat_command, web_command, worker_command


class Command(BaseCommand):
    help = "Run gunicorn, a Celery worker and Celery beat together until interrupted."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--web-workers", type=int, default=2)
        parser.add_argument("--concurrency", type=int, default=1,
                            help="extraction processes (one per core at most; SQLite prefers 1)")

    def handle(self, *args, **options):
        env = os.environ.copy()
        broker = "Redis" if settings.CELERY_BROKER_URL.startswith("redis") else "the filesystem queue in var/celery"
        database = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
        self.stdout.write(f"Klaim on http://{options['host']}:{options['port']}/  (database: {database}, broker: {broker})")
        children = [
            subprocess.Popen(web_command(bind=f"{options['host']}:{options['port']}", workers=options["web_workers"]), env=env),
            subprocess.Popen(worker_command(queue=settings.CELERY_TASK_DEFAULT_QUEUE, concurrency=options["concurrency"]),
                             env=env),
            subprocess.Popen(beat_command(schedule=settings.CELERY_BEAT_SCHEDULE_FILENAME), env=env),
        ]
        stopping = False

        def stop(*_):
            nonlocal stopping
            stopping = True

        signal.signal(signal.SIGINT, stop)
        signal.signal(signal.SIGTERM, stop)
        try:
            while not stopping and all(child.poll() is None for child in children):
                time.sleep(0.5)
        finally:
            for child in children:
                if child.poll() is None:
                    child.send_signal(signal.SIGTERM)
            for child in children:
                try:
                    child.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    child.kill()
        failed = [child.args[2] for child in children if child.returncode not in (0, -signal.SIGTERM, None)]
        if failed and not stopping:
            raise SystemExit(f"stopped because {', '.join(failed)} exited")
