"""The secret key is required to serve or run workers with DEBUG off, but not to inspect the project.

Settings leave SECRET_KEY empty when DJANGO_SECRET_KEY is missing and DEBUG is off, so commands that sign
nothing (makemigrations, migrate, collectstatic) still run. Everything that would sign cookies, tokens or
links refuses to start, naming the variable: the web app (vetting/wsgi.py, vetting/asgi.py), Celery
workers and beat (vetting/celery.py) and `check --deploy`. Anything else that reaches for the key gets
Django's own "The SECRET_KEY setting must not be empty".
"""

from __future__ import annotations

from django.conf import settings
from django.core import checks
from django.core.exceptions import ImproperlyConfigured

MISSING = (
    "DJANGO_SECRET_KEY is not set. Set it to a long random value (DEBUG is off), "
    "or set DJANGO_DEBUG=true for local work."
)


def require_secret_key() -> None:
    """Stop start-up when there is no key (DEBUG off)."""
    try:
        settings.SECRET_KEY  # noqa: B018 - Django raises here when it is empty
    except ImproperlyConfigured:
        raise ImproperlyConfigured(MISSING) from None


@checks.register(checks.Tags.security, deploy=True)
def secret_key_is_set(app_configs, **kwargs) -> list[checks.Error]:
    try:
        require_secret_key()
    except ImproperlyConfigured as exc:
        return [checks.Error(str(exc), id="vetting.E001")]
    return []
