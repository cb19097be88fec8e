"""The Celery app, configured from Django settings (the CELERY_* names)."""
import os

from celery import Celery
from celery.signals import worker_init, worker_process_init

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")

app = Celery("tracker")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@worker_init.connect
@worker_process_init.connect
def lower_worker_priority(**_):
    """Extraction yields the CPU to the web app: analysts' pages stay quick while a batch is read on
    the same machine (KLAIM_WORKER_NICE, default 10; 0 keeps the normal priority). Each pool child
    lowers its own priority, as does the main process, which runs the tasks of a solo pool."""
    from django.conf import settings

    target = settings.KLAIM_WORKER_NICE
    current = os.nice(0)
    if target > current:
        os.nice(target - current)
