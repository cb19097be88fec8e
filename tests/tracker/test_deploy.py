"""Production settings: `manage.py check --deploy` under the environment docker-compose.yml gives
the app prints no issue, and every page carries a Content-Security-Policy that allows no inline
script (templates hold none: no <script> without src, no on* handler, no style attribute)."""
import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from django.urls import reverse

REPO = Path(__file__).resolve().parents[2]
INLINE_CODE = re.compile(r"<script(?![^>]*\bsrc=)|\son[a-z]+\s*=|\sstyle\s*=|javascript:", re.IGNORECASE)
COMPOSE_VARIABLE = re.compile(r"\$\{(?P<name>\w+)(?::(?P<op>[-?])(?P<word>[^}]*))?\}")


def compose_app_environment(**given) -> dict[str, str]:
    """The app's environment as docker compose would build it: `${X:-default}` takes the default
    unless X is given, `${X:?message}` needs X."""
    compose = yaml.safe_load((REPO / "docker-compose.yml").read_text())

    def resolve(match):
        name, op, word = match["name"], match["op"], match["word"]
        if name in given:
            return given[name]
        if op == "-":
            return word
        raise AssertionError(f"docker-compose.yml needs {name}: {word}")

    return {key: COMPOSE_VARIABLE.sub(resolve, str(value)) for key, value in compose["x-app-env"].items()}


def run_check_deploy(tmp_path, **given):
    env = {"PATH": os.environ["PATH"], "KLAIM_VAR_DIR": str(tmp_path), **compose_app_environment(**given)}
    return subprocess.run([sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=120)


def test_check_deploy_is_clean_under_the_compose_settings(tmp_path):
    result = run_check_deploy(tmp_path, SECRET_KEY=secrets.token_urlsafe(50))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout, result.stdout + result.stderr


def test_check_deploy_names_what_plain_http_gives_up(tmp_path):
    """The negative: SECURE_COOKIES=0 (a plain-HTTP trial) is what the warnings are about."""
    result = run_check_deploy(tmp_path, SECRET_KEY=secrets.token_urlsafe(50), SECURE_COOKIES="0")
    assert result.returncode != 0
    assert "SECURE_HSTS_SECONDS" in result.stderr + result.stdout


def test_compose_refuses_to_start_without_a_secret_key():
    with pytest.raises(AssertionError, match="SECRET_KEY"):
        compose_app_environment()


@pytest.mark.django_db
def test_pages_forbid_inline_script_and_framing(client_as):
    client = client_as("analyst")
    for name in ("timeline", "figures"):
        response = client.get(reverse(name))
        assert response.status_code == 200
        policy = dict(part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";"))
        assert policy["script-src"] == "'self'", policy
        assert "'unsafe-eval'" not in response["Content-Security-Policy"]
        assert policy["frame-ancestors"] == "'none'" and policy["object-src"] == "'none'"
        assert response["X-Frame-Options"] == "DENY"
        assert response["X-Content-Type-Options"] == "nosniff"


def test_templates_hold_no_inline_script_handler_or_style():
    offenders = [f"{path.relative_to(REPO)}: {match.group(0)!r}"
                 for path in (REPO / "templates").rglob("*.html")
                 for match in INLINE_CODE.finditer(path.read_text())]
    assert not offenders, offenders


def test_the_inline_pattern_catches_what_it_should():
    for bad in ('<script>alert(1)</script>', '<a onclick="x()">', '<div style="color:red">'):
        assert INLINE_CODE.search(bad), bad
    assert not INLINE_CODE.search('<script src="/static/js/timeline.js"></script>')


def dockerfile_stages() -> list[list[str]]:
    """The Dockerfile's instructions, one list per FROM stage (continuation lines joined)."""
    text = (REPO / "Dockerfile").read_text().replace("\\\n", " ")
    stages: list[list[str]] = []
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("FROM "):
            stages.append([line])
        elif line and not line.startswith("#") and stages:
            stages[-1].append(line)
    return stages


def test_the_image_builds_its_front_end_assets_in_a_node_stage():
    import json

    node, python = dockerfile_stages()
    assert node[0].startswith("FROM node:20") and node[0].endswith(" AS assets")
    assert any("npm ci" in line and "npm run --silent vendor" in line for line in node)
    assert "vendor" in json.loads((REPO / "package.json").read_text())["scripts"]
    assert "npm run --silent vendor" in (REPO / "Makefile").read_text(), "make and the image copy the same files"

    copied = next(i for i, line in enumerate(python) if line.startswith("COPY --from=assets"))
    collected = next(i for i, line in enumerate(python) if "collectstatic" in line)
    assert "static/vendor" in python[copied] and copied < collected
    assert "static/vendor" in (REPO / ".dockerignore").read_text().split(), "no local copy leaks into the image"
