"""Shared fixtures: the suite runs against real PostgreSQL, Redis, Celery, SMTP and Chromium."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from django.conf import settings as django_settings

from tests import services

CHROMIUM = "/usr/bin/chromium"


# --- PostgreSQL: every database test runs on a throwaway PostgreSQL 15 cluster -----------------
@pytest.fixture(scope="session")
def postgres_server():
    try:
        server = services.start_postgres()
    except services.MissingService as exc:
        pytest.fail(str(exc), pytrace=False)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def django_db_modify_db_settings(postgres_server, django_db_modify_db_settings_parallel_suffix):
    django_settings.DATABASES["default"].update(
        ENGINE="django.db.backends.postgresql",
        HOST="127.0.0.1",
        PORT=postgres_server.port,
        USER="postgres",
        PASSWORD="",
        NAME="vetting",
        CONN_MAX_AGE=0,
    )
    # A wrapper made before this point is still a SQLite one (its class was chosen from the old ENGINE):
    # drop it so the next use builds a PostgreSQL wrapper from the updated settings.
    from django.db import connections

    connections["default"].close()
    del connections["default"]


@pytest.fixture(autouse=True)
def _fresh_caches():
    """Each test starts with empty caches: pages, fragments, rate-limit counters and spent form tokens."""
    from django.core.cache import caches

    for alias in django_settings.CACHES:
        caches[alias].clear()


@pytest.fixture(autouse=True)
def _browse_matches_read_live(settings):
    """Browse keeps each filter set's matches in the shared cache, keyed on the public pages' generation, which the
    services move on; tests change listings through the ORM as well, so they read matches live unless they test the
    cache itself (tests/test_browse_matches_cache.py)."""
    settings.BROWSE_MATCHES_SECONDS = 0


@pytest.fixture(autouse=True)
def _default_language_between_tests():
    """A page activates its language in the thread and Django leaves it there; code that runs outside a request
    (a form's errors, a worker's task) speaks the default language, so each test starts from it again."""
    from django.utils import translation

    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _reference_data_after_flush(request):
    """Transactional tests (workers, browsers) empty every table when they end. Put back what the migrations
    seed (regions, work types, rule set v1, local pay figures, exchange rates) and the Moderators group before the
    next one."""
    marker = request.node.get_closest_marker("django_db")
    transactional = (marker and marker.kwargs.get("transaction")) or "live_server" in request.fixturenames
    if not transactional:
        return  # and tests without the database never touch it
    request.getfixturevalue("_django_db_helper")
    from scoring.models import RuleSet

    if RuleSet.objects.exists():
        return
    import importlib

    from django.apps import apps
    from django.core.management.sql import emit_post_migrate_signal

    for module in (
        "listings.migrations.0002_seed_regions_and_work_types",
        "scoring.migrations.0002_first_rule_set",
        "scoring.migrations.0005_local_pay_figures",  # every place of the code's table, later releases' too
        "scoring.migrations.0008_exchange_rates",
    ):
        importlib.import_module(module).seed(apps, None)
    # Content types, permissions and the Moderators group, as after `migrate`.
    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")


@pytest.fixture(scope="session")
def test_database_url(postgres_server, django_db_setup):
    """The URL of the test database, for other processes (Celery workers, gunicorn)."""
    from django.db import connection

    return postgres_server.url(connection.settings_dict["NAME"])


# --- Redis and a real Celery worker --------------------------------------------------------------
@pytest.fixture(scope="session")
def redis_server():
    try:
        server = services.start_redis()
    except services.MissingService as exc:
        pytest.fail(str(exc), pytrace=False)
    yield server
    server.stop()


@pytest.fixture
def celery_broker(redis_server):
    """Send tasks from this test process to Redis instead of running them inline."""
    import redis

    from vetting.celery import app

    redis.Redis.from_url(redis_server.url).flushall()
    saved = {key: app.conf[key] for key in ("broker_url", "task_always_eager")}
    app.conf.update(broker_url=redis_server.url, task_always_eager=False)
    _reset_celery_connections(app)
    yield redis_server
    app.conf.update(saved)
    _reset_celery_connections(app)


def _reset_celery_connections(app) -> None:
    """Drop every cached broker connection, so the next task is sent with the current broker URL."""
    from kombu import pools

    if app._pool is not None:
        app._pool.force_close_all()
        app._pool = None
    app.amqp._producer_pool = None
    pools.reset()  # kombu keeps producer pools per broker URL, process-wide


@pytest.fixture
def worker_env(celery_broker, test_database_url):
    return {
        "DATABASE_URL": test_database_url,
        "REDIS_URL": celery_broker.url,
        "DJANGO_CONN_MAX_AGE": "0",
    }


@pytest.fixture
def start_worker(worker_env):
    """Start real Celery workers (`start_worker(concurrency=2, env={...})`); all are stopped afterwards."""
    started = []

    def start(*, env: dict | None = None, **kwargs):
        try:
            worker = services.start_celery_worker(env={**worker_env, **(env or {})}, **kwargs)
        except services.MissingService as exc:
            pytest.fail(str(exc), pytrace=False)
        started.append(worker)
        return worker

    yield start
    for worker in started:
        worker.stop()


@pytest.fixture
def celery_worker(start_worker):
    return start_worker()


# --- SMTP: a real server on 127.0.0.1 ------------------------------------------------------------
class _Collector:
    def __init__(self):
        self.messages = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.messages.append(envelope)
        return "250 OK"


@pytest.fixture
def smtp_server():
    """An aiosmtpd server; `.messages` holds the received envelopes, `.port` its port."""
    from aiosmtpd.controller import Controller

    handler = _Collector()
    controller = Controller(handler, hostname="127.0.0.1", port=services.free_port())
    controller.start()
    controller.messages = handler.messages
    yield controller
    controller.stop()


# --- Browser: Debian's Chromium through Playwright -----------------------------------------------
@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing. Run `make test` (it installs Chromium with apt).", pytrace=False)
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
        ],
    }


os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


# --- People ---------------------------------------------------------------------------------------
@pytest.fixture
def moderator(db):
    from tests.factories import ModeratorFactory

    return ModeratorFactory()


@pytest.fixture
def moderator_client(client, moderator):
    client.force_login(moderator)
    return client
