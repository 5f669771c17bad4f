"""Production settings: `check --deploy` is clean, and a missing secret key stops the web app and workers."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
PRODUCTION_ENV = {
    "DJANGO_SECRET_KEY": "x" * 20 + "a-long-random-production-secret-key-value-1234567890",
    "DJANGO_ALLOWED_HOSTS": "offers.example",
    "SITE_URL": "https://offers.example",
    "DATABASE_URL": "postgres://vetting@127.0.0.1:1/vetting",
    "REDIS_URL": "redis://127.0.0.1:1/0",
}


def manage(*args, env):
    return python_process(["manage.py", *args], env=env)


def python(code: str, *, env):
    return python_process(["-c", code], env={"DJANGO_SETTINGS_MODULE": "vetting.settings", **env})


def python_process(args: list[str], *, env):
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_", "REDIS_", "POSTGRES_"))}
    return subprocess.run(
        [sys.executable, *args],
        cwd=PROJECT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_check_deploy():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues (1 silenced)" in result.stdout  # django_ratelimit.W001, see settings


NO_KEY_ENV = {k: v for k, v in PRODUCTION_ENV.items() if k != "DJANGO_SECRET_KEY"}


def test_missing_secret_key_fails_the_deploy_check_naming_the_variable():
    result = manage("check", "--deploy", env=NO_KEY_ENV)

    assert result.returncode != 0
    assert "vetting.E001" in result.stderr and "DJANGO_SECRET_KEY is not set" in result.stderr


@pytest.mark.parametrize("entry", ["vetting.wsgi", "vetting.asgi"])
def test_the_web_app_refuses_to_start_without_a_secret_key(entry):
    result = python(f"import {entry}", env=NO_KEY_ENV)

    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in result.stderr


def test_a_celery_worker_refuses_to_start_without_a_secret_key():
    result = python("from vetting.celery import app; app.worker_main(['worker', '--pool', 'solo'])", env=NO_KEY_ENV)

    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in result.stderr


def test_makemigrations_needs_no_secret_key():
    result = manage("makemigrations", "--check", "--dry-run", env=NO_KEY_ENV)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "No changes detected" in result.stdout


def test_embedded_default_runs_with_debug_and_nothing_set():
    result = manage("check", env={"DJANGO_DEBUG": "true"})

    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("value", ["maybe", "2"])
def test_unknown_boolean_is_refused(value):
    result = manage("check", env={**PRODUCTION_ENV, "DJANGO_DEBUG": value})

    assert result.returncode != 0
    assert f"DJANGO_DEBUG={value!r} is not a boolean" in result.stderr


SHOW_REDIS = (
    "from django.conf import settings as s; "
    "print(s.CELERY_BROKER_URL, s.CACHES['default']['LOCATION'], s.CACHES['ratelimit']['LOCATION'], "
    "s.RATELIMIT_USE_CACHE)"
)


def test_the_broker_the_page_cache_and_the_rate_limit_counters_use_separate_redis_databases():
    result = python(SHOW_REDIS, env={**PRODUCTION_ENV, "REDIS_URL": "redis://:pw@redis.internal:6379/0"})

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "redis://:pw@redis.internal:6379/0",
        "redis://:pw@redis.internal:6379/1",
        "redis://:pw@redis.internal:6379/2",
        "ratelimit",
    ]


def test_a_tls_redis_url_keeps_its_options_for_each_database():
    result = python(
        SHOW_REDIS, env={**PRODUCTION_ENV, "REDIS_URL": "rediss://:pw@redis.internal:6380/0?ssl_cert_reqs=none"}
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[1:3] == [
        "rediss://:pw@redis.internal:6380/1?ssl_cert_reqs=none",
        "rediss://:pw@redis.internal:6380/2?ssl_cert_reqs=none",
    ]


def test_the_page_cache_can_live_on_its_own_redis_server():
    env = {**PRODUCTION_ENV, "REDIS_CACHE_URL": "redis://cache.internal:6380/0"}

    result = python(SHOW_REDIS, env=env)

    assert result.stdout.split()[1] == "redis://cache.internal:6380/0"


@pytest.mark.parametrize("entry", ["vetting.celery", "vetting.wsgi", "vetting.asgi"])
def test_every_entry_point_sets_its_own_settings_module(entry):
    """Started with only the documented environment (no DJANGO_SETTINGS_MODULE), the Celery app is a
    Django-aware one: its tasks have delay_on_commit, which services call."""
    code = (
        f"import {entry}; import django; django.setup(); "
        "from listings.subscriptions.tasks import send_notice_task; print(hasattr(send_notice_task, 'delay_on_commit'))"
    )
    result = python_process(["-c", code], env=PRODUCTION_ENV)

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True"
