"""Fault tests: the real processes (gunicorn, Celery worker and beat, with the production commands
of tracker.processes) against private PostgreSQL and Redis servers that the tests break on purpose.

Each test checks what the design promises (tracker/queue.py, sources/services/sweep.py,
claims/tasks.py): nothing stored is lost, everything ends "done", and a task that runs twice
leaves no duplicated claims. Every article's claims are compared with an undisturbed extraction
of the same text (`control_claims`).
"""
from __future__ import annotations

import os
import re
import signal
import time

import pytest
import requests

from tracker.processes import beat_command, web_command, worker_command

from .conftest import claim_signatures, corpus_files, free_port, port_open, wait

pytestmark = [pytest.mark.fault]

OUTLET, PUBLISHED = "Kabar Uji", "2024-11-20"  # the same as control_claims, so the claims compare
FINISH_TIMEOUT = 90


def start_worker(stack):
    worker = stack.start(worker_command(queue=stack.queue, concurrency=1), "worker")
    stack.wait_ready(worker, "ready.", timeout=60)
    return worker


def start_beat(stack):
    beat = stack.start(beat_command(schedule=str(stack.tmp / "celerybeat-schedule")), "beat")
    stack.wait_ready(beat, "beat: Starting", timeout=60)
    return beat


def ingest(stack, files) -> None:
    stack.manage(["ingest", "--outlet", OUTLET, "--published", PUBLISHED, *map(str, files)])
    assert len(stack.statuses()) == len(files)


def wait_all_done(stack, count: int, *, alive=(), timeout: float = FINISH_TIMEOUT) -> dict[int, str]:
    def finished():
        for proc in alive:
            assert proc.poll() is None, f"{proc.name} exited:\n{stack.log(proc)[-4000:]}"
        try:
            statuses = stack.statuses()
        except Exception:  # noqa: BLE001 - the database may be restarting
            return None
        if len(statuses) == count and all(s in ("done", "failed") for s in statuses.values()):
            return statuses
        return None

    return wait(finished, timeout=timeout, interval=0.25, message=f"all {count} articles to finish")


def assert_complete_and_unique(stack, count: int, control: dict) -> None:
    rows = stack.query("SELECT id, status, error, content_hash FROM sources_article ORDER BY id")
    assert len(rows) == count, f"{count} articles expected, {len(rows)} stored"
    failed = [(pk, error) for pk, status, error, _ in rows if status != "done"]
    assert not failed, f"articles not done: {failed}"
    claims_per_article = dict(stack.query("SELECT article_id, count(*) FROM claims_claim GROUP BY article_id"))
    without = [pk for pk, *_ in rows if not claims_per_article.get(pk)]
    assert not without, f"articles without claims: {without}"
    assert stack.duplicated_claims() == [], "a task that ran twice stored its claims twice"
    ungrouped = stack.query("SELECT id FROM claims_claim WHERE group_id IS NULL")
    assert not ungrouped, f"claims left without a group: {ungrouped[:10]}"
    empty_groups = stack.query("""SELECT g.id FROM claims_claimgroup g
                                  WHERE NOT EXISTS (SELECT 1 FROM claims_claim c WHERE c.group_id = g.id)""")
    assert not empty_groups, f"groups left without claims: {empty_groups[:10]}"
    with stack.connect() as conn:
        signatures = claim_signatures(conn)
    differing = [content_hash for _, _, _, content_hash in rows if signatures.get(content_hash) != control[content_hash]]
    assert not differing, f"claims differ from an undisturbed extraction for {len(differing)} article(s)"


def test_worker_sigkilled_mid_batch(stack, control_claims):
    files = corpus_files(12)
    ingest(stack, files)
    beat = start_beat(stack)

    # Kill the whole worker (main process and its pool child) while an article is being extracted
    # and at least one is done. The kill races the task, so when the task won (nothing left
    # "processing" once the worker is dead), start a worker and try again.
    killed_processing: list[int] = []
    with stack.connect() as conn:
        for _attempt in range(5):
            worker = start_worker(stack)
            while True:
                assert worker.poll() is None, f"the worker exited by itself:\n{stack.log(worker)[-4000:]}"
                done, processing, unfinished = conn.execute(
                    "SELECT count(*) FILTER (WHERE status = 'done'), count(*) FILTER (WHERE status = 'processing'),"
                    " count(*) FILTER (WHERE status <> 'done') FROM sources_article").fetchone()
                if done and processing:
                    stack.kill_group(worker, signal.SIGKILL)
                    break
                assert unfinished, "the batch finished before the worker could be killed mid-way"
                time.sleep(0.003)
            worker.wait(timeout=10)
            wait(lambda pid=worker.pid: not _group_alive(pid), timeout=10, message="the killed worker's children to die")
            killed_processing = [pk for (pk,) in conn.execute(
                "SELECT id FROM sources_article WHERE status = 'processing'").fetchall()]
            if killed_processing:
                break
        assert killed_processing, "could not kill the worker while it processed an article"
        assert conn.execute("SELECT count(*) FROM sources_article WHERE status = 'done'").fetchone()[0] >= 1

    worker = start_worker(stack)
    wait_all_done(stack, len(files), alive=[worker, beat])
    assert_complete_and_unique(stack, len(files), control_claims)
    attempts = dict(stack.query("SELECT id, attempts FROM sources_article"))
    assert all(attempts[pk] >= 2 for pk in killed_processing), "the killed article was not extracted again"
    # …and it was the sweeper that sent it again (Redis keeps the dead worker's message unacked for
    # the visibility timeout, an hour).
    rescued = re.compile(r"sweep queued \{[^}]*'stuck_processing': [1-9]")
    assert any(rescued.search(stack.log(proc)) for proc in stack.procs if proc.name == "worker"), \
        "the sweeper never queued the article the killed worker left processing"


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def login(session, base: str, username: str, password: str) -> None:
    page = session.get(f"{base}/accounts/login/", timeout=10)
    assert page.status_code == 200, page.status_code
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
    response = session.post(f"{base}/accounts/login/", data={
        "username": username, "password": password, "csrfmiddlewaretoken": token,
    }, headers={"Referer": f"{base}/accounts/login/"}, allow_redirects=False, timeout=10)
    assert response.status_code == 302, f"login failed ({response.status_code}):\n{response.text[:2000]}"


def test_redis_stopped_during_upload(stack, control_claims):
    username, password = "fault-admin", "Fault-tests-0nly-pw!"
    stack.manage(["shell", "-c", "from tracker.services import user_create; "
                                 f"user_create(username={username!r}, password={password!r}, role='admin')"])
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    web = stack.start(web_command(bind=f"127.0.0.1:{port}", workers=2), "web")
    worker = start_worker(stack)
    beat = start_beat(stack)

    def web_up():
        assert web.poll() is None, f"gunicorn exited:\n{stack.log(web)[-4000:]}"
        if not port_open(port):
            return False
        try:
            return requests.get(f"{base}/healthz", timeout=5).status_code == 200
        except requests.RequestException:
            return False

    wait(web_up, timeout=60, message="gunicorn to answer /healthz")
    session = requests.Session()
    login(session, base, username, password)
    form = session.get(f"{base}/upload/", timeout=10)
    assert form.status_code == 200, form.status_code
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text).group(1)

    stack.redis.stop()
    files = corpus_files(3)
    started = time.monotonic()
    response = session.post(
        f"{base}/upload/",
        data={"outlet": OUTLET, "published": PUBLISHED, "csrfmiddlewaretoken": token},
        files=[("files", (path.name, path.read_bytes(), "text/plain")) for path in files],
        headers={"Referer": f"{base}/upload/"}, allow_redirects=False, timeout=60,
    )
    assert response.status_code == 302, f"upload answered {response.status_code}:\n{response.text[:3000]}"
    assert time.monotonic() - started < 20, "the upload waited on the unreachable queue for every file"
    assert "/articles/?batch=" in response.headers["Location"]
    listing = session.get(f"{base}{response.headers['Location']}", timeout=10)
    assert listing.status_code == 200, listing.status_code
    assert "The task queue is unavailable right now" in listing.text  # the uploader is told, not left guessing
    statuses = stack.statuses()
    assert sorted(statuses.values()) == ["pending"] * 3, statuses
    assert web.poll() is None and worker.poll() is None and beat.poll() is None

    stack.redis.start()  # the same port, empty: the messages sent before the outage are gone
    wait_all_done(stack, 3, alive=[web, worker, beat])
    assert_complete_and_unique(stack, 3, control_claims)
    names = sorted(name for (name,) in stack.query("SELECT source_name FROM sources_article"))
    assert names == sorted(path.name for path in files)


def test_postgres_restarted_mid_batch(stack, control_claims):
    files = corpus_files(16)
    ingest(stack, files)
    worker = start_worker(stack)
    beat = start_beat(stack)

    with stack.connect() as conn:
        def first_done():
            assert worker.poll() is None, f"the worker exited:\n{stack.log(worker)[-4000:]}"
            return conn.execute("SELECT count(*) FROM sources_article WHERE status = 'done'").fetchone()[0] >= 1

        wait(first_done, timeout=60, interval=0.01, message="the first article to be done")
        unfinished = conn.execute("SELECT count(*) FROM sources_article WHERE status <> 'done'").fetchone()[0]
    assert unfinished, "the batch finished before PostgreSQL could be restarted mid-way"
    stack.postgres.restart()

    wait_all_done(stack, len(files), alive=[worker, beat])
    assert_complete_and_unique(stack, len(files), control_claims)
