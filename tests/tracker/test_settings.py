"""The configuration really took effect (cookiecutter-django's habit)."""
from django.conf import settings

from tracker import celery_app


def test_celery_reads_django_settings():
    conf = celery_app.conf
    assert conf.task_serializer == "json" and conf.accept_content == ["json"]
    assert conf.task_acks_late is True and conf.worker_prefetch_multiplier == 1
    assert conf.task_time_limit == settings.CELERY_TASK_TIME_LIMIT
    assert conf.broker_url == settings.CELERY_BROKER_URL
    assert conf.task_default_queue == settings.CELERY_TASK_DEFAULT_QUEUE == "klaim-test"


def test_redis_visibility_timeout_outlasts_the_task_time_limit():
    if settings.CELERY_BROKER_URL.startswith("redis"):
        assert settings.CELERY_BROKER_TRANSPORT_OPTIONS["visibility_timeout"] > settings.CELERY_TASK_TIME_LIMIT


def test_tasks_are_registered():
    celery_app.loader.import_default_modules()  # what a worker does at start: autodiscovery
    assert "claims.article_extract" in celery_app.tasks


def test_secret_key_is_never_the_placeholder():
    assert len(settings.SECRET_KEY) >= 40 and "insecure" not in settings.SECRET_KEY


def test_login_is_required_everywhere():
    assert "tracker.middleware.LoginRequiredMiddleware" in settings.MIDDLEWARE
