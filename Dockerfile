# Production image: the web app (gunicorn), the worker and beat (celery) run from this one image.

# Front-end libraries: installed from the lockfile and copied into static/vendor/ by the same
# `npm run vendor` that `make` runs; only that folder reaches the Python stage.
FROM node:20-slim AS assets
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --loglevel=error && npm run --silent vendor

FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_DISABLE_PIP_VERSION_CHECK=1 \
    KLAIM_VAR_DIR=/var/lib/klaim

WORKDIR /app
COPY requirements/base.txt requirements/base.txt
RUN pip install --no-cache-dir -r requirements/base.txt

COPY . .
COPY --from=assets /app/static/vendor/ static/vendor/
RUN useradd --system --home /app klaim \
    && mkdir -p /var/lib/klaim && chown klaim /var/lib/klaim \
    && SECRET_KEY=collectstatic-only python manage.py collectstatic --no-input \
    && test -f /var/lib/klaim/staticfiles/vendor/vis-timeline-graph2d.min.js \
    && chown -R klaim /var/lib/klaim
USER klaim
EXPOSE 8000
CMD ["gunicorn", "tracker.wsgi", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-", "--timeout", "60"]
