"""Production settings: `check --deploy` is clean, and a missing SECRET_KEY stops start-up."""

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
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_", "REDIS_", "POSTGRES_"))}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
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


def test_missing_secret_key_stops_startup_naming_the_variable():
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "DJANGO_SECRET_KEY"}

    result = manage("check", env=env)

    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in result.stderr


def test_embedded_default_runs_with_debug_and_nothing_set():
    result = manage("check", env={"DJANGO_DEBUG": "true"})

    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("value", ["maybe", "2"])
def test_unknown_boolean_is_refused(value):
    result = manage("check", env={**PRODUCTION_ENV, "DJANGO_DEBUG": value})

    assert result.returncode != 0
