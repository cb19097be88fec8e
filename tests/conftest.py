"""Shared fixtures. The suite runs on whatever DATABASE_URL / REDIS_URL select (SQLite and the
filesystem queue by default); with KLAIM_REQUIRE_SERVICES=1 (CI) it refuses to run on less than
PostgreSQL and Redis, so a green CI run is a run against the real services."""
import os
from pathlib import Path

import pytest
from django.contrib.auth.models import Group

from tests.waiting import wait_until
from tracker import celery_app
from tracker.roles import ROLES

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
REQUIRE_SERVICES = os.environ.get("KLAIM_REQUIRE_SERVICES") == "1"


@pytest.fixture(scope="session", autouse=True)
def real_services_when_required():
    if not REQUIRE_SERVICES:
        return
    from django.conf import settings

    engine = settings.DATABASES["default"]["ENGINE"]
    assert engine.endswith("postgresql"), f"CI must run on PostgreSQL, not {engine}"
    assert settings.CELERY_BROKER_URL.startswith("redis://"), "CI must run with REDIS_URL set"


@pytest.fixture(autouse=True)
def fresh_cache():
    """Each test starts with an empty cache (cached timeline windows, the list of claim kinds)."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def eager_celery():
    """Tasks queued on commit run inline; the end-to-end test turns this off for a real worker."""
    celery_app.conf.task_always_eager = True
    yield
    celery_app.conf.task_always_eager = False


@pytest.fixture
def make_user(db, django_user_model):
    def make(role=None, username=None, password="pw-for-tests-only"):
        user = django_user_model.objects.create_user(username=username or f"{role or 'nobody'}-user", password=password)
        if role:
            user.groups.add(Group.objects.get_or_create(name=role)[0])  # transactional tests flush migration data
        return user

    return make


@pytest.fixture
def client_as(client, make_user):
    """A test client logged in with the given role ('analyst', 'editor', 'admin' or None)."""

    def login(role):
        assert role is None or role in ROLES
        client.force_login(make_user(role))
        return client

    return login


@pytest.fixture
def shared_dir():
    if not (SHARED / "corpus" / "seeds").is_dir():
        pytest.skip(f"the shared seed corpus is not beside the project ({SHARED} missing)")
    return SHARED


# Articles we wrote ourselves in the style of Indonesian news; never text from real articles.
ARTICLES = REPO / "tests" / "fixtures" / "articles"


@pytest.fixture
def flood_article_text():
    return (ARTICLES / "01-banjir.txt").read_text()


@pytest.fixture
def deployment_article_text():
    return (ARTICLES / "02-pemilu.txt").read_text()


@pytest.fixture
def subprocess_env(transactional_db):
    """Environment for a child process (worker, gunicorn) that must see the test database."""
    from django.db import connection

    db = connection.settings_dict
    if connection.vendor == "postgresql":
        auth = db["USER"] + (f":{db['PASSWORD']}" if db.get("PASSWORD") else "")
        url = f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
    elif connection.vendor == "sqlite":
        url = f"sqlite:///{Path(db['NAME']).resolve()}"
    else:  # pragma: no cover - only the two engines are supported
        pytest.fail(f"no subprocess URL for {connection.vendor}")
    return {**os.environ, "DATABASE_URL": url, "PYTHONUNBUFFERED": "1"}


@pytest.fixture
def start_process(tmp_path):
    """Start a child process with its output in a log file; stopped (and its log shown) afterwards."""
    import subprocess

    started = []

    def start(command, env, name):
        log_path = tmp_path / f"{name}.log"
        log = open(log_path, "w")
        proc = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT, cwd=REPO)
        started.append((proc, log, log_path))
        proc.log_path = log_path
        return proc

    yield start
    for proc, log, log_path in started:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
        log.close()
        print(f"--- {log_path.name} ---\n{log_path.read_text()[-4000:]}")


@pytest.fixture
def wait_for():
    return wait_until
