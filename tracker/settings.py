"""Klaim settings.

Every setting that differs between a laptop and production comes from the environment, read here
and nowhere else. Without any environment the app runs on the embedded default: SQLite and
Celery's filesystem transport under ``var/``, so `make run` needs no services.
"""
import datetime as dt
import os
import secrets
from pathlib import Path

import csp.constants
import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent
# Local state of the embedded default (SQLite file, secret key, filesystem queue); relative to the
# checkout unless absolute. The test suite uses its own (see [tool.pytest.ini_options] env).
VAR_DIR = BASE_DIR / os.environ.get("KLAIM_VAR_DIR", "var")
VAR_DIR.mkdir(parents=True, exist_ok=True)


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def local_secret_key():
    """A key generated once per checkout and kept in an ignored file, so sessions survive restarts."""
    path = VAR_DIR / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


SECRET_KEY = os.environ.get("SECRET_KEY") or local_secret_key()
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_htmx",
    "axes",
    "csp",
    "tracker",
    "sources",
    "claims",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Login is required everywhere; the few public views opt out with @login_not_required.
    "tracker.middleware.LoginRequiredMiddleware",
    "tracker.middleware.BadQueryMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "csp.middleware.CSPMiddleware",
    # Last, as django-axes asks: it turns a lockout into the lockout page.
    "axes.middleware.AxesMiddleware",
]

# django-axes first: it refuses a locked-out login before the password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "tracker.urls"
WSGI_APPLICATION = "tracker.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "tracker.context_processors.roles_context",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------------------------
SQLITE_PATH = VAR_DIR / "klaim.sqlite3"
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{SQLITE_PATH}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The web process and the worker write to one file: WAL lets readers run beside a writer,
    # IMMEDIATE transactions take the write lock up front instead of failing half-way.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 30,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    # A file, not memory, so a worker process started by a test sees the test database.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test-klaim.sqlite3")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Auth -----------------------------------------------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "timeline"
LOGOUT_REDIRECT_URL = "login"

# --- I18N -----------------------------------------------------------------------------------
LANGUAGE_CODE = "en"
TIME_ZONE = os.environ.get("TIME_ZONE", "Asia/Jakarta")
USE_I18N = True
USE_TZ = True

# --- Static files (served by WhiteNoise under gunicorn too) ---------------------------------
STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "staticfiles"
STATIC_ROOT.mkdir(exist_ok=True)  # WhiteNoise warns on every request when it is missing
STATICFILES_DIRS = [BASE_DIR / "static"]
WHITENOISE_USE_FINDERS = True

# --- Uploads --------------------------------------------------------------------------------
# One article larger than this is refused with a message; a news article is rarely over 200 KB.
# Timeline boxes (one per claim group in a window) are kept this long in each web process's cache:
# every page opens with the whole-extent window, which groups every claim. The boxes may lag this
# long behind new or edited claims; the claim list below them never does. 0 turns it off.
KLAIM_TIMELINE_CACHE_SECONDS = float(os.environ.get("KLAIM_TIMELINE_CACHE_SECONDS", "5"))
KLAIM_MAX_ARTICLE_BYTES = int(os.environ.get("KLAIM_MAX_ARTICLE_BYTES", str(5 * 1024 * 1024)))
DATA_UPLOAD_MAX_MEMORY_SIZE = KLAIM_MAX_ARTICLE_BYTES * 2
FILE_UPLOAD_MAX_MEMORY_SIZE = KLAIM_MAX_ARTICLE_BYTES
DATA_UPLOAD_MAX_NUMBER_FILES = int(os.environ.get("KLAIM_MAX_UPLOAD_FILES", "500"))
# An upload reads files in the request only this long; archives and the rest are stored in the
# spool and read by a worker, so no upload runs into gunicorn's 60 s timeout.
KLAIM_UPLOAD_INLINE_SECONDS = float(os.environ.get("KLAIM_UPLOAD_INLINE_SECONDS", "10"))
KLAIM_UPLOAD_DIR = VAR_DIR / "uploads"
# A worker reads an upload's files this long per task, then queues the rest (below the time limits).
KLAIM_BATCH_READ_SECONDS = float(os.environ.get("KLAIM_BATCH_READ_SECONDS", "120"))

# --- Celery ---------------------------------------------------------------------------------
REDIS_URL = os.environ.get("REDIS_URL", "")
CELERY_QUEUE_DIR = VAR_DIR / "celery"
if REDIS_URL:
    CELERY_BROKER_URL = REDIS_URL
    # Longer than any task may run (time limits below), or Redis hands a running task out twice. The
    # socket timeouts keep a request that queues work from hanging on an unreachable Redis.
    CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 3600, "socket_connect_timeout": 2, "socket_timeout": 5}
else:
    CELERY_BROKER_URL = "filesystem://"
    for sub in ("queue", "processed", "control"):
        (CELERY_QUEUE_DIR / sub).mkdir(parents=True, exist_ok=True)
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(CELERY_QUEUE_DIR / "queue"),
        "data_folder_out": str(CELERY_QUEUE_DIR / "queue"),
        "processed_folder": str(CELERY_QUEUE_DIR / "processed"),
        "control_folder": str(CELERY_QUEUE_DIR / "control"),
        "store_processed": False,
    }
CELERY_TASK_DEFAULT_QUEUE = os.environ.get("KLAIM_QUEUE", "klaim")
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = 240
CELERY_TASK_TIME_LIMIT = 300
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_TASK_ALWAYS_EAGER", False)
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
# Publishing gives up after about half a second: a request that stores an article must answer
# even when Redis is down (the article then waits as "pending"; see tracker/queue.py).
CELERY_TASK_PUBLISH_RETRY_POLICY = {"max_retries": 2, "interval_start": 0, "interval_step": 0.2, "interval_max": 0.3}
# The sweeper (Celery beat → sources.articles_sweep) queues what the queue lost: articles left
# pending during an outage, queued ones whose message vanished with a Redis restart, and ones a
# killed worker left processing. "Stuck" is well past the hard time limit, so a slow article is
# never taken for a lost one.
# The worker's CPU priority (nice): extraction gives way to the web app on a shared machine.
KLAIM_WORKER_NICE = int(os.environ.get("KLAIM_WORKER_NICE", "10"))
KLAIM_SWEEP_SECONDS = float(os.environ.get("KLAIM_SWEEP_SECONDS", "60"))
KLAIM_STUCK_AFTER_SECONDS = float(os.environ.get("KLAIM_STUCK_AFTER_SECONDS", str(2 * CELERY_TASK_TIME_LIMIT)))
CELERY_BEAT_SCHEDULE = {
    "sweep": {"task": "sources.articles_sweep", "schedule": KLAIM_SWEEP_SECONDS},
}
CELERY_BEAT_SCHEDULE_FILENAME = str(VAR_DIR / "celerybeat-schedule")

# --- Security for deployments behind TLS ----------------------------------------------------
# SECURE_COOKIES=1 (docker-compose's default) means: behind a proxy that terminates TLS and sets
# X-Forwarded-Proto / X-Forwarded-For. Then cookies are secure, plain HTTP is redirected, and
# browsers are told to use HTTPS only (HSTS). /healthz stays plain for the compose health check.
SECURE_COOKIES = env_bool("SECURE_COOKIES", False)
if SECURE_COOKIES:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = True
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
    SECURE_HSTS_SECONDS = int(os.environ.get("HSTS_SECONDS", str(365 * 24 * 3600)))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("HSTS_PRELOAD", True)
SESSION_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Content-Security-Policy (django-csp): our own scripts only, no inline script anywhere. Inline
# <style> elements are allowed because vis-timeline's bundle injects its stylesheet as one (the
# same CSS we also serve from static/vendor); no template uses a style attribute.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [csp.constants.SELF],
        "script-src": [csp.constants.SELF],
        "style-src": [csp.constants.SELF, csp.constants.UNSAFE_INLINE],
        "img-src": [csp.constants.SELF, "data:"],
        "font-src": [csp.constants.SELF],
        "connect-src": [csp.constants.SELF],
        "object-src": [csp.constants.NONE],
        "base-uri": [csp.constants.SELF],
        "form-action": [csp.constants.SELF],
        "frame-ancestors": [csp.constants.NONE],
    },
}

# --- Login throttling (django-axes) -------------------------------------------------------------
# Five wrong passwords for one username from one address lock that pair out for 15 minutes. Keyed
# on the pair, not the username alone, so an attacker can't lock a colleague out from everywhere,
# and not the address alone, so one office behind a NAT doesn't lock itself out.
AXES_FAILURE_LIMIT = int(os.environ.get("KLAIM_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = dt.timedelta(minutes=int(os.environ.get("KLAIM_LOGIN_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_CLIENT_IP_CALLABLE = "tracker.auth.client_ip"
AXES_VERBOSE = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}

# Covering indexes (INCLUDE) exist on PostgreSQL only; on the embedded SQLite the same indexes are
# built without the extra columns, which is what we want (claims.models.Claim.Meta.indexes).
SILENCED_SYSTEM_CHECKS = ["models.W040"]
