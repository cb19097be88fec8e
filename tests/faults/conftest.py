"""Private PostgreSQL and Redis servers for the fault tests, and the child processes around them.

The fault tests break their servers on purpose (stop Redis, restart PostgreSQL, SIGKILL a worker),
so they never touch the machine's shared services on 5432 / 6379: each session starts its own
PostgreSQL (initdb into a temporary directory) and Redis on free ports of 127.0.0.1. The app's
processes (gunicorn, Celery worker and beat, manage.py) run with DATABASE_URL / REDIS_URL pointing
there; the tests read the results with plain SQL through psycopg, not through pytest-django's
test database.
"""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.waiting import wait_until as wait

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "tests" / "fixtures" / "heldout" / "corpus"  # our own articles, never ../shared
MANAGE = [sys.executable, "manage.py"]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def port_open(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


def unavailable(reason: str):
    """Skip where a server binary is missing, but fail in CI (KLAIM_REQUIRE_SERVICES=1): there the
    fault tests are part of the bar and must run."""
    if os.environ.get("KLAIM_REQUIRE_SERVICES") == "1":
        pytest.fail(f"fault tests cannot run: {reason}")
    pytest.skip(reason)


# --- PostgreSQL ---------------------------------------------------------------------------------

def postgres_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    return Path(found[-1]).parent if found else None


@dataclass
class PrivatePostgres:
    bin_dir: Path
    base: Path
    port: int

    @property
    def data(self) -> Path:
        return self.base / "data"

    def _pg_ctl(self, *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
        options = f"-p {self.port} -k {self.base} -c listen_addresses=127.0.0.1 -c fsync=off"
        command = ["runuser", "-u", "postgres", "--", str(self.bin_dir / "pg_ctl"), "-D", str(self.data),
                   "-l", str(self.base / "server.log"), "-o", options, "-w", "-t", "30", *args]
        return subprocess.run(command, capture_output=True, text=True, timeout=timeout)

    def start(self) -> None:
        result = self._pg_ctl("start")
        assert result.returncode == 0, f"pg_ctl start failed: {result.stdout}{result.stderr}{self.log_tail()}"

    def restart(self) -> None:
        result = self._pg_ctl("-m", "fast", "restart")
        assert result.returncode == 0, f"pg_ctl restart failed: {result.stdout}{result.stderr}{self.log_tail()}"

    def stop(self, mode: str = "fast") -> None:
        self._pg_ctl("-m", mode, "stop")

    def running(self) -> bool:
        return self._pg_ctl("status", timeout=10).returncode == 0

    def log_tail(self, chars: int = 3000) -> str:
        try:
            return (self.base / "server.log").read_text()[-chars:]
        except OSError:
            return ""

    def url(self, dbname: str) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{dbname}"

    def connect(self, dbname: str = "postgres"):
        import psycopg

        return psycopg.connect(host="127.0.0.1", port=self.port, user="postgres", dbname=dbname,
                               autocommit=True, connect_timeout=5)


@pytest.fixture(scope="session")
def private_postgres():
    bin_dir = postgres_bin()
    if bin_dir is None or not (bin_dir / "pg_ctl").exists():
        unavailable("PostgreSQL server binaries (/usr/lib/postgresql/*/bin/initdb) are not installed")
    if shutil.which("runuser") is None or os.geteuid() != 0:
        unavailable("the private PostgreSQL needs root and runuser (to run initdb as the postgres user)")
    try:
        postgres_user = pwd.getpwnam("postgres")
    except KeyError:
        unavailable("no 'postgres' system user to run the private PostgreSQL")
    base = Path(tempfile.mkdtemp(prefix="klaim-faults-pg-"))
    base.chmod(0o755)
    os.chown(base, postgres_user.pw_uid, postgres_user.pw_gid)
    server = PrivatePostgres(bin_dir=bin_dir, base=base, port=free_port())
    result = subprocess.run(["runuser", "-u", "postgres", "--", str(bin_dir / "initdb"), "-D", str(server.data),
                             "-A", "trust", "-U", "postgres", "--no-sync"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, f"initdb failed: {result.stdout}{result.stderr}"
    try:
        server.start()
        yield server
    finally:
        server.stop("immediate")
        shutil.rmtree(base, ignore_errors=True)


# --- Redis --------------------------------------------------------------------------------------

@dataclass
class PrivateRedis:
    port: int
    log_path: Path
    proc: subprocess.Popen | None = None

    def start(self) -> None:
        assert self.proc is None or self.proc.poll() is not None, "the private Redis is already running"
        log = open(self.log_path, "a")
        self.proc = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
             "--daemonize", "no"],
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        log.close()
        wait(lambda: self.proc.poll() is not None or port_open(self.port), timeout=15, interval=0.05,
             message="the private Redis to listen")
        assert self.proc.poll() is None, f"redis-server exited:\n{self.log_path.read_text()[-2000:]}"

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)
        wait(lambda: not port_open(self.port), timeout=10, interval=0.05, message="the private Redis to close")

    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"


@pytest.fixture(scope="session")
def private_redis():
    if shutil.which("redis-server") is None:
        unavailable("redis-server is not installed")
    base = Path(tempfile.mkdtemp(prefix="klaim-faults-redis-"))
    server = PrivateRedis(port=free_port(), log_path=base / "redis.log")
    try:
        server.start()
        yield server
    finally:
        server.stop()
        shutil.rmtree(base, ignore_errors=True)


# --- The app's database -------------------------------------------------------------------------

TEMPLATE_DB = "klaim_faults_template"


def base_env(var_dir: Path) -> dict:
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "KLAIM_VAR_DIR": str(var_dir),
           "SECRET_KEY": "fault-tests-only-" + "x" * 40, "DEBUG": "0"}
    for name in ("CELERY_TASK_ALWAYS_EAGER", "SECURE_COOKIES", "DATABASE_CONN_MAX_AGE"):
        env.pop(name, None)
    return env


def manage(args: list[str], env: dict, *, timeout: float = 120) -> subprocess.CompletedProcess:
    result = subprocess.run([*MANAGE, *args], env=env, cwd=REPO, capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr[-4000:]}"
    return result


@pytest.fixture(scope="session")
def migrated_template(private_postgres, private_redis):
    """A database migrated once; each test gets a copy (CREATE DATABASE … TEMPLATE)."""
    with private_postgres.connect() as conn:
        conn.execute(f"CREATE DATABASE {TEMPLATE_DB}")
    var_dir = Path(tempfile.mkdtemp(prefix="klaim-faults-var-"))
    env = {**base_env(var_dir), "DATABASE_URL": private_postgres.url(TEMPLATE_DB), "REDIS_URL": private_redis.url}
    try:
        manage(["migrate", "--no-input"], env, timeout=180)
    finally:
        shutil.rmtree(var_dir, ignore_errors=True)
    return TEMPLATE_DB


def create_database(server: PrivatePostgres, template: str) -> str:
    name = f"klaim_faults_{uuid.uuid4().hex[:10]}"
    with server.connect() as conn:
        conn.execute(f"CREATE DATABASE {name} TEMPLATE {template}")
    return name


# --- Articles and what extraction makes of them ---------------------------------------------------

def corpus_files(count: int) -> list[Path]:
    files = sorted(CORPUS.glob("*.txt"))
    if len(files) < count:
        unavailable(f"the held-out corpus has {len(files)} articles, fewer than {count}")
    return files[:count]


# A claim as extraction makes it: duplicates of these within one article mean a task ran twice and
# both runs stored their claims.
CLAIM_KEY_SQL = """SELECT a.content_hash, c.kind, c.value, c.value_max, c.start, c."end", c.origin
                   FROM claims_claim c JOIN sources_article a ON a.id = c.article_id"""


def claim_signatures(conn) -> dict[str, list[tuple]]:
    """content hash → the sorted list of the article's claims (kind, value, value_max, start, end, origin)."""
    signatures: dict[str, list[tuple]] = {}
    for content_hash, *claim in conn.execute(CLAIM_KEY_SQL).fetchall():
        signatures.setdefault(content_hash, []).append(tuple(claim))
    return {key: sorted(value, key=repr) for key, value in signatures.items()}


@pytest.fixture(scope="session")
def control_claims(private_postgres, private_redis, migrated_template):
    """What an undisturbed extraction stores for every corpus article (`ingest --now`, no worker)."""
    name = create_database(private_postgres, migrated_template)
    var_dir = Path(tempfile.mkdtemp(prefix="klaim-faults-var-"))
    env = {**base_env(var_dir), "DATABASE_URL": private_postgres.url(name), "REDIS_URL": private_redis.url,
           "KLAIM_QUEUE": f"faults-control-{uuid.uuid4().hex[:8]}"}
    try:
        manage(["ingest", "--now", "--outlet", "Kabar Uji", "--published", "2024-11-20",
                *map(str, sorted(CORPUS.glob("*.txt")))], env, timeout=180)
        with private_postgres.connect(name) as conn:
            return claim_signatures(conn)
    finally:
        shutil.rmtree(var_dir, ignore_errors=True)


# --- Child processes ------------------------------------------------------------------------------

@dataclass
class Stack:
    """One test's world: its own database, queue name, var dir, and the processes it started."""

    postgres: PrivatePostgres
    redis: PrivateRedis
    dbname: str
    queue: str
    tmp: Path
    env: dict
    procs: list = field(default_factory=list)

    def start(self, command: list[str], name: str) -> subprocess.Popen:
        """Start in a process group of its own, so the whole group (a prefork worker's children
        too) can be killed at once."""
        log_path = self.tmp / f"{name}-{len(self.procs)}.log"
        log = open(log_path, "w")
        proc = subprocess.Popen(command, env=self.env, stdout=log, stderr=subprocess.STDOUT, cwd=REPO,
                                start_new_session=True)
        log.close()
        proc.log_path = log_path
        proc.name = name
        self.procs.append(proc)
        return proc

    def log(self, proc) -> str:
        return proc.log_path.read_text(errors="replace")

    def wait_ready(self, proc, marker: str, *, timeout: float = 60) -> None:
        def ready():
            assert proc.poll() is None, f"{proc.name} exited:\n{self.log(proc)[-4000:]}"
            return marker in self.log(proc)

        wait(ready, timeout=timeout, interval=0.1, message=f"{proc.name} to be ready ({marker!r})")

    def kill_group(self, proc, sig=signal.SIGKILL) -> None:
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            pass

    def stop_all(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                self.kill_group(proc, signal.SIGTERM)
        for proc in self.procs:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                pass
            self.kill_group(proc, signal.SIGKILL)  # leftovers of the group (orphaned pool children)
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                pass

    def manage(self, args: list[str], *, timeout: float = 120) -> subprocess.CompletedProcess:
        return manage(args, self.env, timeout=timeout)

    def connect(self):
        return self.postgres.connect(self.dbname)

    def query(self, sql: str, params=()) -> list[tuple]:
        """One query on a fresh connection (the server may have been restarted since the last)."""
        with self.connect() as conn:
            return conn.execute(sql, params).fetchall()

    def statuses(self) -> dict[int, str]:
        return dict(self.query("SELECT id, status FROM sources_article"))

    def duplicated_claims(self) -> list[tuple]:
        return self.query("""SELECT article_id, origin, count(*) FROM claims_claim
                             GROUP BY article_id, origin HAVING count(*) > 1""") + self.query(
            """SELECT article_id, kind, value, start, "end", count(*) FROM claims_claim
               GROUP BY article_id, kind, value, value_max, start, "end", quote, unit HAVING count(*) > 1""")

    def outputs(self, chars: int = 2500) -> str:
        return "\n".join(f"--- {proc.log_path.name} ---\n{self.log(proc)[-chars:]}" for proc in self.procs)


@pytest.fixture
def stack(private_postgres, private_redis, migrated_template, request):
    if not private_postgres.running():  # a failed test may have left it stopped
        private_postgres.start()
    if not private_redis.running():
        private_redis.start()
    tmp = Path(tempfile.mkdtemp(prefix="klaim-faults-"))
    dbname = create_database(private_postgres, migrated_template)
    queue = f"faults-{request.node.name[:30]}-{uuid.uuid4().hex[:8]}"
    env = {**base_env(tmp / "var"), "DATABASE_URL": private_postgres.url(dbname), "REDIS_URL": private_redis.url,
           "KLAIM_QUEUE": queue, "KLAIM_SWEEP_SECONDS": "2", "KLAIM_STUCK_AFTER_SECONDS": "8",
           # gunicorn's control socket defaults to ~/.gunicorn/gunicorn.ctl, shared by every gunicorn
           # on the machine: keep ours private (the command itself stays tracker.processes').
           "GUNICORN_CMD_ARGS": f"--control-socket {tmp / 'gunicorn.ctl'}"}
    world = Stack(postgres=private_postgres, redis=private_redis, dbname=dbname, queue=queue, tmp=tmp, env=env)
    try:
        yield world
    finally:
        world.stop_all()
        print(world.outputs())
        keep = os.environ.get("KLAIM_FAULTS_LOG_DIR")  # to read the full logs of a run afterwards
        if keep:
            target = Path(keep) / request.node.name
            target.mkdir(parents=True, exist_ok=True)
            for proc in world.procs:
                shutil.copy(proc.log_path, target / proc.log_path.name)
        if not private_postgres.running():
            private_postgres.start()
        if not private_redis.running():
            private_redis.start()
        try:
            with private_postgres.connect() as conn:
                conn.execute(f"DROP DATABASE IF EXISTS {dbname} WITH (FORCE)")
        except Exception as exc:  # noqa: BLE001 - cleanup only; the server goes at the session's end
            print(f"could not drop {dbname}: {exc}")
        shutil.rmtree(tmp, ignore_errors=True)
