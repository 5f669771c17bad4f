# The Celery app module sets DJANGO_SETTINGS_MODULE before it builds the app, so importing the package
# first (as gunicorn, celery and manage.py all do) always yields a Django-aware app. It also imports
# vetting.secret_key, which registers the deploy check for DJANGO_SECRET_KEY.
from vetting.celery import app as celery_app

__all__ = ("celery_app",)
