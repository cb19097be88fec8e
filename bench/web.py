"""Web latency benchmark: the timeline page and a filtered API window, served by gunicorn from
PostgreSQL holding N synthetic claims, for N = 1,000 and 100,000.

Targets (issue 4): p95 ≤ 150 ms over 200 requests each, and p95 at 100,000 claims less than 2×
the p95 at 1,000. Uses its own database (BENCH_DATABASE_URL, default klaim_bench on the local
PostgreSQL), dropped and recreated for each size.
"""
from __future__ import annotations

import http.cookiejar
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/klaim_bench"
SIZES = (1_000, 100_000)
REQUESTS = 200
WARMUP = 20
P95_TARGET_MS = 150.0
GROWTH_TARGET = 2.0
PASSWORD = "bench-password-123"
# Windows wide enough that every page is full (50 claims) at both sizes: the comparison measures
# how the queries scale with the table, not how much smaller a half-empty page is to render.
ENDPOINTS = {
    "timeline page": "/",
    "timeline page, filtered": "/?kind=troop_count&from=2024-01-01&to=2024-06-30",
    "API window, filtered": "/api/claims/?kind=troop_count&from=2024-01-01&to=2024-06-30",
    "timeline items window": "/api/timeline/?kind=casualty&from=2024-01-01&to=2024-06-30",
}
# The bar is on the page and the API window. The items endpoint answers with one item per
# claim group in the window (up to 500), so its response grows with the data by design: only its
# p95 is held to the target, its growth is shown for information.
GROWTH_GATED = {"timeline page", "timeline page, filtered", "API window, filtered"}


def _manage(env, *args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=REPO, env=env, check=True,
                   stdout=subprocess.DEVNULL)


def _recreate_database(url: str):
    parsed = urllib.parse.urlparse(url)
    name = parsed.path.lstrip("/")
    admin_url = parsed._replace(path="/postgres").geturl()
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def web_command_unlogged(port: int, workers: int | None = None) -> list[str]:
    """The production gunicorn command (tracker.processes) on `port`, without its access log: the
    benchmarks measure the app, not the log pipe."""
    from tracker.processes import web_command

    command = web_command(bind=f"127.0.0.1:{port}", **({"workers": workers} if workers else {}))
    i = command.index("--access-logfile")
    return command[:i] + command[i + 2:]


def wait_healthy(base: str, process: subprocess.Popen) -> None:
    """Until gunicorn answers /healthz (about 30 s at most)."""
    for _ in range(150):
        if process.poll() is not None:
            raise RuntimeError("gunicorn exited at start")
        try:
            urllib.request.urlopen(f"{base}/healthz", timeout=2).read()
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("gunicorn did not answer /healthz")


def _login(base: str) -> urllib.request.OpenerDirector:
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(f"{base}/accounts/login/").read().decode()
    token = page.split('name="csrfmiddlewaretoken" value="', 1)[1].split('"', 1)[0]
    data = urllib.parse.urlencode({"csrfmiddlewaretoken": token, "username": "bench", "password": PASSWORD}).encode()
    opener.open(urllib.request.Request(f"{base}/accounts/login/", data=data, headers={"Referer": base}))
    return opener


def _measure(opener, url: str) -> list[float]:
    for _ in range(WARMUP):
        opener.open(url).read()
    times = []
    for _ in range(REQUESTS):
        started = time.perf_counter()
        with opener.open(url) as response:
            response.read()
            assert response.status == 200
        times.append((time.perf_counter() - started) * 1000)
    return times


def p95(times: list[float]) -> float:
    return statistics.quantiles(times, n=20)[18]


def run_size(size: int, url: str) -> dict[str, list[float]]:
    env = {**os.environ, "DATABASE_URL": url, "KLAIM_VAR_DIR": "var/bench", "DEBUG": "0"}
    env.pop("REDIS_URL", None)
    _recreate_database(url)
    _manage(env, "migrate", "--no-input")
    _manage(env, "make_synthetic_claims", "--count", str(size))
    # Fresh planner statistics after the bulk insert, as autovacuum would gather in production.
    _manage(env, "shell", "-c", "from django.db import connection; connection.cursor().execute('VACUUM ANALYZE')")
    _manage(env, "shell", "-c", "from tracker.services import user_create;"
                                f"user_create(username='bench', password='{PASSWORD}', role='analyst')")
    port = _free_port()
    server = subprocess.Popen(web_command_unlogged(port, workers=2), cwd=REPO, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(base, server)
        opener = _login(base)
        return {name: _measure(opener, base + path) for name, path in ENDPOINTS.items()}
    finally:
        server.terminate()
        server.wait(timeout=20)


def main() -> bool:
    url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL)
    try:
        import psycopg

        psycopg.connect(urllib.parse.urlparse(url)._replace(path="/postgres").geturl()).close()
    except Exception as exc:  # noqa: BLE001 - any failure means no PostgreSQL to measure on
        print(f"web bench: PostgreSQL unreachable at {url} ({exc}); skipped")
        return False
    results = {size: run_size(size, url) for size in SIZES}
    ok = True
    print(f"\nWeb latency, gunicorn (2 workers) + PostgreSQL, {REQUESTS} requests each after {WARMUP} warm-up:")
    print(f"{'endpoint':28s} " + " ".join(f"{f'p50/p95 @{s:,}':>22s}" for s in SIZES) + f" {'growth':>8s}")
    for name in ENDPOINTS:
        cells, p95s = [], []
        for size in SIZES:
            times = results[size][name]
            p95s.append(p95(times))
            cells.append(f"{statistics.median(times):7.1f} / {p95(times):6.1f} ms")
        growth = p95s[-1] / p95s[0]
        passed = p95s[-1] <= P95_TARGET_MS and (growth < GROWTH_TARGET or name not in GROWTH_GATED)
        ok &= passed
        note = "" if name in GROWTH_GATED else " (growth: info)"
        print(f"{name:28s} " + " ".join(f"{c:>22s}" for c in cells) + f" {growth:7.2f}x {'ok' if passed else 'MISSED'}{note}")
    print(f"targets: p95 ≤ {P95_TARGET_MS:.0f} ms at {SIZES[-1]:,} claims, growth < {GROWTH_TARGET:.0f}x")
    return ok


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
