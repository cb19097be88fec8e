"""Load benchmark: 50 analysts at once on 100,000 claims while a worker ingests real articles.

Each analyst sends a request every 2 s (open loop: at its schedule, whether or not its earlier
requests have been answered), so 50 of them offer 25 requests/s, for 60 s. Their requests mix the
timeline page, the timeline's window (its items), the claim list the window drives (htmx), the
API, and search on the page and in the API. Meanwhile a real Celery worker (worker_command)
extracts real Indonesian articles queued with `manage.py ingest`. Reports p50/p95/p99 per endpoint
and the errors; the bar is no error and p95 ≤ 300 ms on every endpoint.

Uses its own database (BENCH_DATABASE_URL, default klaim_load on the local PostgreSQL), recreated
for each run from a seeded template database (<name>_seed_<hash>, built once per schema/seed
change), its own Redis database (BENCH_REDIS_URL, default redis://127.0.0.1:6379/11) and a queue
name of its own. Knobs (environment): BENCH_LOAD_SECONDS (60), BENCH_LOAD_USERS (50),
BENCH_LOAD_INTERVAL (2.0 s), BENCH_LOAD_CLAIMS (100000), BENCH_LOAD_ARTICLES (articles queued,
default enough to keep the worker busy), BENCH_LOAD_WORKER_NICE (nice level of the worker, 0), BENCH_LOAD_WEB_WORKERS (gunicorn workers,
default web_command's),
BENCH_LOAD_FRESH=1 (rebuild the seeded template), BENCH_LOAD_SEED, BENCH_LOAD_CORPUS (folder of
real .txt articles, default ../shared/corpus/real, else tests/fixtures/heldout/corpus).
"""
from __future__ import annotations

import concurrent.futures
import dataclasses
import datetime as dt
import hashlib
import math
import os
import random
import shutil
import signal
import string
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

from .web import PASSWORD, REPO, _free_port, _login, _manage, wait_healthy, web_command_unlogged

DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/klaim_load"
DEFAULT_REDIS = "redis://127.0.0.1:6379/11"
P95_TARGET_MS = 300.0
LATE_MS = 100.0  # a send this much after its scheduled time counts as late (the client fell behind)
TIMEOUT_S = 30.0
# Enough threads that a slow server delays no send (8 per analyst: 16 s of answers outstanding).
THREADS_PER_USER = 8
WARMUP_S = 5.0
# Synthetic claims span 2023-01-01 .. 2024-12-31 (claims.synthetic).
SPAN_START, SPAN_DAYS = dt.date(2023, 1, 1), 730
# Words the synthetic claims contain (claims.synthetic.SENTENCE, SPEAKERS, SUBJECTS).
SEARCH_WORDS = ("tentara", "perbatasan", "bantuan", "tewas", "bencana", "memantau", "rupiah", "Budi Santoso",
                "Rusia", "situasi lapangan")
KINDS = ("troop_count", "casualty", "aid_amount", "statement")


@dataclasses.dataclass(frozen=True)
class Endpoint:
    name: str
    weight: int
    make: object  # (rng) -> (path, headers)


def _window(rng: random.Random, min_days=14, max_days=120) -> dict:
    """A panned or zoomed timeline's dates: 2 weeks to 4 months somewhere in the claims' span."""
    days = rng.randint(min_days, max_days)
    start = SPAN_START + dt.timedelta(days=rng.randrange(SPAN_DAYS - days))
    return {"from": start.isoformat(), "to": (start + dt.timedelta(days=days)).isoformat()}


def _q(**params) -> str:
    return urllib.parse.urlencode({k: v for k, v in params.items() if v})


HX = {"HX-Request": "true", "HX-Target": "claim-list", "HX-Current-URL": "http://bench/"}
JSON = {"Accept": "application/json"}
# The weights follow what the page does: opening it loads the page, then the timeline's items for
# the whole extent (first - 2 days .. last + 2 days, static/js/timeline.js); every pan or zoom
# loads the items for the new window and the claim list for it (htmx, target #claim-list).
ENDPOINTS = (
    Endpoint("timeline page", 2, lambda rng: ("/", {})),
    Endpoint("timeline page, filtered", 1, lambda rng: (
        "/?" + _q(kind=rng.choice(KINDS), **_window(rng)), {})),
    Endpoint("timeline window, whole extent", 2, lambda rng: (
        "/api/timeline/?" + _q(kind=rng.choice(("",) * 3 + KINDS), **{"from": "2022-12-30", "to": "2025-01-02"}),
        JSON)),
    Endpoint("timeline window, panned", 3, lambda rng: (
        "/api/timeline/?" + _q(kind=rng.choice(("",) * 3 + KINDS), **_window(rng)),
        JSON)),
    Endpoint("claim list (htmx)", 3, lambda rng: (
        "/?" + _q(kind=rng.choice(("",) * 3 + KINDS), **_window(rng)), HX)),
    Endpoint("API claims", 2, lambda rng: (
        "/api/claims/?" + _q(kind=rng.choice(("",) + KINDS), page=rng.choice((1, 1, 1, 2, 3)),
                             **_window(rng)), JSON)),
    Endpoint("search, page", 1, lambda rng: ("/?" + _q(q=rng.choice(SEARCH_WORDS)), {})),
    Endpoint("search, API", 1, lambda rng: ("/api/claims/?" + _q(q=rng.choice(SEARCH_WORDS)), JSON)),
)


@dataclasses.dataclass
class Shot:
    at: float  # scheduled send, seconds from the start
    analyst: int
    endpoint: str
    path: str
    headers: dict
    sent: float = 0.0
    ms: float = 0.0
    error: str = ""


def schedule(*, users: int, seconds: float, interval: float, seed: int) -> list[Shot]:
    """Every analyst's requests: a first one at a random offset in [0, interval), then one every
    `interval`; the endpoint of each drawn by weight from ENDPOINTS (seeded, so runs compare)."""
    rng = random.Random(seed)
    names = [e for e in ENDPOINTS for _ in range(e.weight)]
    shots = []
    for analyst in range(users):
        at = rng.uniform(0, interval)
        while at < seconds:
            endpoint = rng.choice(names)
            path, headers = endpoint.make(rng)
            shots.append(Shot(at, analyst, endpoint.name, path, headers))
            at += interval
    return sorted(shots, key=lambda s: s.at)


def _fire(opener, base: str, shot: Shot, started: float):
    shot.sent = time.monotonic() - started
    request = urllib.request.Request(base + shot.path, headers=shot.headers)
    t0 = time.perf_counter()
    try:
        with opener.open(request, timeout=TIMEOUT_S) as response:
            response.read()
            if response.status != 200:
                shot.error = f"HTTP {response.status}"
            elif "/accounts/login/" in response.geturl():
                shot.error = "logged out"
    except urllib.error.HTTPError as exc:
        shot.error = f"HTTP {exc.code}"
    except Exception as exc:  # noqa: BLE001 - timeouts, resets: all are errors of the run
        shot.error = type(exc).__name__
    shot.ms = (time.perf_counter() - t0) * 1000


def run_load(base: str, openers: list, shots: list[Shot], *, threads: int) -> float:
    """Send every shot at its time from a pool big enough that no send waits for an answer."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=threads) as pool:
        started = time.monotonic()
        for shot in shots:
            delay = shot.at - (time.monotonic() - started)
            if delay > 0:
                time.sleep(delay)
            pool.submit(_fire, openers[shot.analyst], base, shot, started)
    return time.monotonic() - started


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(pct / 100 * len(ordered)) - 1)] if ordered else float("nan")


# --- the stack --------------------------------------------------------------------------------

def _seed_key(claims: int, seed_files: list[Path]) -> str:
    digest = hashlib.sha256(str(claims).encode())
    for path in seed_files:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def _pg(url: str):
    import psycopg

    return psycopg.connect(urllib.parse.urlparse(url)._replace(path="/postgres").geturl(), autocommit=True)


def prepare_database(url: str, env: dict, *, claims: int, fresh: bool) -> None:
    """`url`'s database as a copy of a template holding `claims` synthetic claims, migrated, analysed
    and with the bench user; the template is built when missing (or stale: its name hashes the
    migrations and the generator)."""
    name = urllib.parse.urlparse(url).path.lstrip("/")
    files = sorted(REPO.glob("*/migrations/0*.py")) + [REPO / "claims" / "synthetic.py"]
    template = f"{name}_seed_{_seed_key(claims, files)}"
    with _pg(url) as conn:
        have = {r[0] for r in conn.execute("SELECT datname FROM pg_database WHERE datname LIKE %s",
                                           (f"{name}_seed_%",))}
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        for old in have - ({template} if not fresh else set()):
            conn.execute(f'DROP DATABASE IF EXISTS "{old}" WITH (FORCE)')
        if template not in have or fresh:
            print(f"load bench: building {template} ({claims:,} synthetic claims)…", flush=True)
            conn.execute(f'CREATE DATABASE "{template}"')
            template_url = urllib.parse.urlparse(url)._replace(path=f"/{template}").geturl()
            tenv = {**env, "DATABASE_URL": template_url}
            _manage(tenv, "migrate", "--no-input")
            _manage(tenv, "make_synthetic_claims", "--count", str(claims))
            _manage(tenv, "shell", "-c", "from tracker.services import user_create;"
                                         f"user_create(username='bench', password='{PASSWORD}', role='analyst')")
            # Fresh planner statistics after the bulk insert, as autovacuum would gather in production.
            _manage(tenv, "shell", "-c",
                    "from django.db import connection; connection.cursor().execute('VACUUM ANALYZE')")
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')


def corpus_copies(target: Path, count: int, tag: str) -> int:
    """`count` copies of the real corpus texts in `target`, each with a line of its own appended so
    that duplicate detection stores every one (letters only, so it adds no figure to extract)."""
    source = Path(os.environ.get("BENCH_LOAD_CORPUS") or REPO.parent / "shared" / "corpus" / "real")
    texts = sorted(source.glob("*.txt")) if source.is_dir() else []
    if not texts:
        texts = sorted((REPO / "tests" / "fixtures" / "heldout" / "corpus").glob("*.txt"))
    letters = string.ascii_lowercase
    for n in range(count):
        path = texts[n % len(texts)]
        word = "".join(letters[int(c, 16) % 26] for c in hashlib.sha256(f"{tag}-{n}".encode()).hexdigest()[:12])
        body = path.read_text(encoding="utf-8").rstrip("\n")
        (target / f"{n:05d}_{path.name}").write_text(f"{body}\n\nCatatan uji beban {word}.\n", encoding="utf-8")
    return len(texts)


def _count(url: str, sql: str) -> int:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        return conn.execute(sql).fetchone()[0]


DONE_SQL = "SELECT count(*) FROM sources_article WHERE status IN ('done', 'failed') AND source_name <> ''"
WAITING_SQL = "SELECT count(*) FROM sources_article WHERE status IN ('queued', 'pending', 'processing')"


def _machine_busy() -> float:
    """CPU seconds the whole machine has been busy (all cores, /proc/stat)."""
    fields = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    return (sum(fields[:8]) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")


def wait_for_quiet(limit_s: float = 120, busy_cores: float = 0.25):
    """Wait (up to `limit_s`) until the machine is nearly idle, so that other work (a test run)
    does not share the cores with the run; the report says whether other work ran anyway."""
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        before = _machine_busy()
        time.sleep(3)
        if (_machine_busy() - before) / 3 < busy_cores:
            return
    print(f"load bench: the machine stayed busy for {limit_s:.0f} s; measuring anyway", flush=True)


def _cpu_of(groups: dict[str, int]) -> dict[str, float]:
    """CPU seconds used so far by each named process group, by PostgreSQL's processes, and by this
    process (the client); with what their children that have ended used (PostgreSQL's backends)."""
    tick = os.sysconf("SC_CLK_TCK")
    out = dict.fromkeys([*groups, "postgres", "client"], 0.0)
    by_group = {pgid: name for name, pgid in groups.items()}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        comm_end = text.rindex(")")
        rest = text[comm_end + 2:].split()
        pid, pgrp, cpu = int(stat.parent.name), int(rest[2]), sum(int(v) for v in rest[11:15]) / tick
        if pgrp in by_group:
            out[by_group[pgrp]] += cpu
        elif text[text.index("(") + 1:comm_end].startswith("postgres"):
            out["postgres"] += cpu
        elif pid == os.getpid():
            out["client"] += cpu
    return out


def _stop(process: subprocess.Popen, timeout: float = 30):
    """Stop a process we started in a process group of its own, and its children (that group).

    The servers are started in a group of their own but not in a session of their own: with the
    kernel's autogroup scheduling a new session is a new scheduling group, which would get its own
    share of the CPU whatever its nice level, so BENCH_LOAD_WORKER_NICE would change nothing."""
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
    except ProcessLookupError:
        pass


def _web_command(port: int) -> list[str]:
    workers = os.environ.get("BENCH_LOAD_WEB_WORKERS")  # to try a count; default: web_command's
    return web_command_unlogged(port, workers=int(workers) if workers else None)


def main() -> bool:
    url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL)
    redis_url = os.environ.get("BENCH_REDIS_URL", DEFAULT_REDIS)
    seconds = float(os.environ.get("BENCH_LOAD_SECONDS", "60"))
    users = int(os.environ.get("BENCH_LOAD_USERS", "50"))
    interval = float(os.environ.get("BENCH_LOAD_INTERVAL", "2.0"))
    claims = int(os.environ.get("BENCH_LOAD_CLAIMS", "100000"))
    seed = int(os.environ.get("BENCH_LOAD_SEED", "20241106"))
    nice = int(os.environ.get("BENCH_LOAD_WORKER_NICE", "0"))
    try:
        _pg(url).close()
        import redis

        redis.Redis.from_url(redis_url, socket_connect_timeout=2).ping()
    except Exception as exc:  # noqa: BLE001 - no PostgreSQL or Redis to measure on
        print(f"load bench: PostgreSQL ({url}) or Redis ({redis_url}) unreachable ({exc}); skipped")
        return False

    queue = f"klaim-load-{uuid.uuid4().hex[:8]}"
    env = {**os.environ, "DATABASE_URL": url, "REDIS_URL": redis_url, "KLAIM_QUEUE": queue,
           "KLAIM_VAR_DIR": "var/bench-load", "DEBUG": "0", "SECURE_COOKIES": "0"}
    prepare_database(url, env, claims=claims, fresh=os.environ.get("BENCH_LOAD_FRESH") == "1")

    workdir = Path(tempfile.mkdtemp(prefix="klaim-load-"))
    processes: list[subprocess.Popen] = []
    logs = []
    r = redis.Redis.from_url(redis_url)
    try:
        # The articles to extract, queued before the run so that queueing costs nothing during it.
        articles = int(os.environ.get("BENCH_LOAD_ARTICLES", str(int(seconds * 10) + 100)))
        corpus_copies(workdir, articles, queue)
        _manage(env, "ingest", str(workdir), "--outlet", "Uji Beban")
        port = _free_port()
        base = f"http://127.0.0.1:{port}"
        logs.append(open(workdir / "gunicorn.log", "w"))  # noqa: SIM115 - closed with the run
        processes.append(subprocess.Popen(_web_command(port), cwd=REPO, env=env, stdout=logs[-1], stderr=logs[-1],
                                          process_group=0))
        wait_healthy(base, processes[-1])
        with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
            openers = list(pool.map(lambda _: _login(base), range(users)))

        from tracker.processes import worker_command

        worker = worker_command(queue=queue)
        if nice:
            worker = ["nice", "-n", str(nice), *worker]
        logs.append(open(workdir / "worker.log", "w"))  # noqa: SIM115
        processes.append(subprocess.Popen(worker, cwd=REPO, env=env, stdout=logs[-1], stderr=logs[-1],
                                          process_group=0))
        # Warm-up: every gunicorn worker's first requests, and the worker's start (models loaded).
        warm = schedule(users=users, seconds=WARMUP_S, interval=interval, seed=seed + 1)
        run_load(base, openers, warm, threads=THREADS_PER_USER * users)
        for _ in range(120):
            if _count(url, DONE_SQL) > 0:
                break
            time.sleep(0.5)

        shots = schedule(users=users, seconds=seconds, interval=interval, seed=seed)
        os.killpg(processes[1].pid, signal.SIGSTOP)  # the worker paused while checking the machine is idle
        try:
            wait_for_quiet()
        finally:
            os.killpg(processes[1].pid, signal.SIGCONT)
        groups = {"gunicorn": processes[0].pid, "worker": processes[1].pid}
        done_before, cpu_before, busy_before = _count(url, DONE_SQL), _cpu_of(groups), _machine_busy()
        elapsed = run_load(base, openers, shots, threads=THREADS_PER_USER * users)
        cpu = {k: v - cpu_before[k] for k, v in _cpu_of(groups).items()}
        cpu["machine"] = _machine_busy() - busy_before
        done_after, waiting = _count(url, DONE_SQL), _count(url, WAITING_SQL)
    finally:
        for process in reversed(processes):
            _stop(process)
        leftovers = [queue, *r.scan_iter(match=f"*{queue}*")]  # the queue, kombu's bindings of it
        r.delete(*leftovers)
        for log in logs:
            log.close()
        shutil.rmtree(workdir, ignore_errors=True)

    return report(shots, elapsed=elapsed, seconds=seconds, users=users, interval=interval, claims=claims,
                  extracted=done_after - done_before, waiting=waiting, nice=nice, cpu=cpu)


def report(shots, *, elapsed, seconds, users, interval, claims, extracted, waiting, nice, cpu) -> bool:
    command = _web_command(0)
    gunicorn = " ".join(a for a in command[command.index("--workers"):] if a != "--bind" and ":0" not in a)
    print(f"\nLoad: {users} analysts × 1 request / {interval:g} s (open loop, {users / interval:g}/s offered) "
          f"for {seconds:g} s, {claims:,} claims, gunicorn {gunicorn}, worker ingesting"
          f"{f' (nice {nice})' if nice else ''}:")
    print(f"{'endpoint':32s} {'requests':>8s} {'errors':>6s} {'p50 ms':>8s} {'p95 ms':>8s} {'p99 ms':>8s}")
    ok = True
    for endpoint in ENDPOINTS:
        mine = [s for s in shots if s.endpoint == endpoint.name]
        times = [s.ms for s in mine if not s.error]
        errors = sum(1 for s in mine if s.error)
        p95 = percentile(times, 95)
        passed = errors == 0 and p95 <= P95_TARGET_MS
        ok &= passed
        print(f"{endpoint.name:32s} {len(mine):8d} {errors:6d} {percentile(times, 50):8.1f} {p95:8.1f} "
              f"{percentile(times, 99):8.1f} {'ok' if passed else 'MISSED'}")
    times = [s.ms for s in shots if not s.error]
    errors = [s for s in shots if s.error]
    print(f"{'all':32s} {len(shots):8d} {len(errors):6d} {percentile(times, 50):8.1f} {percentile(times, 95):8.1f} "
          f"{percentile(times, 99):8.1f}")
    if errors:
        kinds = {}
        for s in errors:
            kinds[s.error] = kinds.get(s.error, 0) + 1
        print("errors: " + ", ".join(f"{k} ×{n}" for k, n in sorted(kinds.items())))
    late = sum(1 for s in shots if (s.sent - s.at) * 1000 > LATE_MS)
    print(f"sent {len(shots) / seconds:.1f} requests/s for {seconds:g} s, the last answered at {elapsed:.1f} s; "
          f"{late} sent > {LATE_MS:.0f} ms late; "
          f"worker extracted {extracted} articles during the run ({extracted / elapsed:.2f}/s), "
          f"{waiting} still queued at the end{'' if waiting else ' (the worker ran dry: queue more articles)'}")
    other = cpu["machine"] - sum(v for k, v in cpu.items() if k != "machine")
    print(f"CPU during the run, in cores (of {os.cpu_count()}): " + ", ".join(
        f"{k} {v / elapsed:.2f}" for k, v in cpu.items() if k != "machine") + f", anything else {other / elapsed:.2f}"
        + ("  ← other load on the machine: figures not comparable" if other / elapsed > 0.15 else ""))
    print(f"target: 0 errors and p95 ≤ {P95_TARGET_MS:.0f} ms on every endpoint")
    return ok and waiting > 0


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
