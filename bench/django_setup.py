"""What every benchmark does before it measures: a database in its own throwaway PostgreSQL, Django set up
on it with production settings (DEBUG off), and the schema migrated."""

from __future__ import annotations

import os

SECRET_KEY = "bench-only-secret-key-not-for-production-0123456789"
# gunicorn on 127.0.0.1 over plain HTTP, with the static files served from the finders.
SERVE_ENV = {
    "DJANGO_SECURE_SSL_REDIRECT": "false",
    "DJANGO_SECURE_COOKIES": "false",
    "DJANGO_STATIC_MANIFEST": "false",
    "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
    "DJANGO_CONN_MAX_AGE": "600",
}


def migrated_database(postgres, name: str, **env: str) -> dict[str, str]:
    """Create database `name` in `postgres`, set up Django on it with `env`, migrate; return the environment
    (for worker and gunicorn processes started afterwards)."""
    import psycopg

    with psycopg.connect(postgres.url("postgres"), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    env = {
        "DATABASE_URL": postgres.url(name),
        "DJANGO_SECRET_KEY": SECRET_KEY,
        "DJANGO_DEBUG": "false",
        "DJANGO_LOG_LEVEL": "WARNING",
        **env,
    }
    os.environ.update(env)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vetting.settings")
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)
    return env
