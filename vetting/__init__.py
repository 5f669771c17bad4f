from vetting import secret_key  # noqa: F401 - registers the deploy check for DJANGO_SECRET_KEY
from vetting.celery import app as celery_app

__all__ = ("celery_app",)
