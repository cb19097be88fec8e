"""Klaim project package: settings, URLs, the Celery app, roles and process commands."""
from .celery import app as celery_app

__all__ = ("celery_app",)
