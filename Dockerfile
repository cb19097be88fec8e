# Production image: the web app (gunicorn) and the worker (celery) run from this one image.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_DISABLE_PIP_VERSION_CHECK=1 \
    KLAIM_VAR_DIR=/var/lib/klaim

WORKDIR /app
COPY requirements/base.txt requirements/base.txt
RUN pip install --no-cache-dir -r requirements/base.txt

COPY . .
RUN useradd --system --home /app klaim \
    && mkdir -p /var/lib/klaim && chown klaim /var/lib/klaim \
    && SECRET_KEY=collectstatic-only python manage.py collectstatic --no-input \
    && chown -R klaim /var/lib/klaim
USER klaim
EXPOSE 8000
CMD ["gunicorn", "tracker.wsgi", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-", "--timeout", "60"]
