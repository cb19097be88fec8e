"""The production commands (the ones docker-compose.yml runs) start and serve."""
import os
import socket
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import yaml

from tracker.processes import web_command

REPO = Path(__file__).resolve().parents[2]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - a local test server
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, ""
    except OSError:
        return None, ""


@pytest.mark.django_db(transaction=True)
def test_gunicorn_serves_the_app(subprocess_env, start_process, wait_for):
    port = free_port()
    server = start_process(web_command(bind=f"127.0.0.1:{port}", workers=1), subprocess_env, "gunicorn")
    base = f"http://127.0.0.1:{port}"

    def healthy():
        assert server.poll() is None, server.log_path.read_text()
        return fetch(f"{base}/healthz")[0] == 200

    wait_for(healthy, timeout=60, message="gunicorn to answer /healthz")
    status, html = fetch(f"{base}/accounts/login/")
    assert status == 200 and "Log in to Klaim" in html
    status, html = fetch(f"{base}/static/css/klaim.css")
    assert status == 200 and "--accent" in html  # static files are served under gunicorn too
    status, _ = fetch(f"{base}/api/claims/")
    assert status == 401


def test_docker_compose_runs_the_same_commands():
    compose = yaml.safe_load((REPO / "docker-compose.yml").read_text())
    services = compose["services"]
    assert {"postgres", "redis", "web", "worker"} <= set(services)
    web = " ".join(services["web"]["command"])
    worker = " ".join(services["worker"]["command"])
    assert "gunicorn tracker.wsgi" in web
    assert "celery -A tracker worker" in worker
    assert "celery -A tracker beat" in " ".join(services["beat"]["command"])
    for name in ("postgres", "redis", "web", "worker"):
        assert "healthcheck" in services[name], f"{name} has no health check"
    for name in ("web", "worker"):
        env = services[name]["environment"]
        assert env["DATABASE_URL"].startswith("postgres://") and env["REDIS_URL"].startswith("redis://")


@pytest.mark.django_db(transaction=True)
def test_runstack_serves_and_stops_both_processes(subprocess_env, start_process, wait_for):
    """`make run`'s last step: gunicorn and a worker together; SIGTERM stops both."""
    import signal
    import sys

    port = free_port()
    stack = start_process([sys.executable, "manage.py", "runstack", "--port", str(port), "--web-workers", "1"],
                          subprocess_env, "runstack")
    wait_for(lambda: fetch(f"http://127.0.0.1:{port}/healthz")[0] == 200, timeout=60, message="runstack to serve")
    wait_for(lambda: "ready" in stack.log_path.read_text(), timeout=60, message="the worker to be ready")
    wait_for(lambda: "beat: Starting" in stack.log_path.read_text(), timeout=60, message="beat to start")
    stack.send_signal(signal.SIGTERM)
    assert stack.wait(timeout=30) == 0
    assert fetch(f"http://127.0.0.1:{port}/healthz")[0] is None


def test_the_worker_lowers_its_own_priority_for_the_web_app(tmp_path):
    """KLAIM_WORKER_NICE: each worker process gives way to gunicorn on a shared machine (run in a
    child process: a priority once lowered can't be raised again)."""
    import subprocess
    import sys

    probe = "import os, django; django.setup(); from tracker.celery import lower_worker_priority; " \
            "lower_worker_priority(); print(os.nice(0))"
    for wanted, expected in (("7", 7), ("0", 0)):
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": "tracker.settings", "KLAIM_WORKER_NICE": wanted,
               "KLAIM_VAR_DIR": str(tmp_path)}
        result = subprocess.run([sys.executable, "-c", probe], cwd=REPO, env=env, capture_output=True, text=True,
                                timeout=60, check=True)
        assert int(result.stdout.split()[-1]) == max(os.nice(0), expected)


def test_compose_gives_the_worker_a_smaller_cpu_share():
    compose = yaml.safe_load((REPO / "docker-compose.yml").read_text())
    assert compose["services"]["worker"]["cpu_shares"] < 1024  # Docker's default share
