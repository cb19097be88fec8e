# Klaim: `make run` serves the app with its worker on the embedded default (SQLite, no services);
# `make test` runs the whole suite. Both set up .venv first. See README.md.

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=

.PHONY: help install install-dev run test bench lint lock clean

help:
	@echo "make run      set up .venv, migrate, serve on http://$(HOST):$(PORT)/ with a background worker"
	@echo "make test     the whole test suite (DATABASE_URL / REDIS_URL select PostgreSQL / Redis)"
	@echo "make bench    extraction throughput and memory benchmarks"
	@echo "make lint     ruff, and mypy --strict on claims/extraction"
	@echo "make lock     re-pin requirements/*.txt from pyproject.toml"

$(PY):
	$(PYTHON) -m venv $(VENV)

$(VENV)/.base-installed: requirements/base.txt | $(PY)
	$(PIP) install -q -r requirements/base.txt
	@touch $@

$(VENV)/.dev-installed: requirements/base.txt requirements/dev.txt | $(PY)
	$(PIP) install -q -r requirements/dev.txt
	@touch $(VENV)/.base-installed $@

# Front-end libraries come from npm (package.json + package-lock.json) and are copied into the
# git-ignored static/vendor/ by `npm run vendor` (package.json; the Dockerfile runs the same);
# nothing third-party is committed.
VENDOR := static/vendor
$(VENDOR)/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	npm run --silent vendor
	@touch $@

install: $(VENV)/.base-installed $(VENDOR)/.installed
install-dev: $(VENV)/.dev-installed $(VENDOR)/.installed

run: install
	$(PY) manage.py migrate --no-input
	$(PY) manage.py ensure_admin --url http://$(HOST):$(PORT)/
	$(PY) manage.py runstack --host $(HOST) --port $(PORT)

test: install-dev
	$(PY) -m pytest $(PYTEST_ARGS)

bench: install-dev
	$(PY) -m bench

lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

lock: | $(PY)
	$(PIP) install -q pip-tools
	$(VENV)/bin/pip-compile -q --strip-extras --no-emit-index-url --no-emit-find-links \
		-o requirements/base.txt pyproject.toml
	$(VENV)/bin/pip-compile -q --strip-extras --no-emit-index-url --no-emit-find-links --extra dev \
		-c requirements/base.txt -o requirements/dev.txt pyproject.toml

clean:
	rm -rf $(VENV) var test-output node_modules $(VENDOR)
