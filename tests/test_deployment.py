"""The production setup, started exactly as README, Procfile and .env.example say.

Every Procfile process (release, web, worker, beat) runs as its own OS process, through bash as a
Procfile runner would, with an environment made only of the variables `.env.example` lists (pointed at
this test's PostgreSQL, Redis and SMTP server) plus PATH and HOME. Nothing is inherited from the test
process: no DJANGO_SETTINGS_MODULE, none of pytest's variables. Then, over HTTP against gunicorn, as
the documented TLS proxy would send it: subscribe and confirm by e-mail, a moderator flags an employer
and the worker re-scores its listings, a rule-set change is published and its job finishes, and beat
runs with the digest and expiry schedule.
"""

from __future__ import annotations

import email
import http.client
import os
import re
import secrets
import shelve
import signal
import subprocess
import sys
import threading
import time
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlencode

import psycopg
import pytest

from tests.services import PROJECT_DIR, free_port, wait_until

pytestmark = pytest.mark.deployment

HOST = "offers.example.org"
ORIGIN = f"https://{HOST}"
CLIENT_ADDRESS = "198.51.100.23"
VENV_BIN = Path(sys.executable).parent
BEAT_SCHEDULE = PROJECT_DIR / "celerybeat-schedule"


def documented_variables() -> set[str]:
    """Every variable `.env.example` names, set or commented out as optional."""
    names = set()
    for line in (PROJECT_DIR / ".env.example").read_text().splitlines():
        if m := re.match(r"^#?\s*([A-Z][A-Z0-9_]*)=", line):
            names.add(m.group(1))
    return names


def procfile() -> dict[str, str]:
    entries = {}
    for line in (PROJECT_DIR / "Procfile").read_text().splitlines():
        name, sep, command = line.partition(":")
        if sep and name.strip() and not name.startswith("#"):
            entries[name.strip()] = command.strip()
    return entries


# --- The services the processes are pointed at ----------------------------------------------------
class Inbox:
    def __init__(self):
        self.messages: list[email.message.Message] = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.messages.append(email.message_from_bytes(envelope.content))
        return "250 OK"

    def to(self, address: str) -> list[email.message.Message]:
        with self.lock:
            return [m for m in self.messages if address in m.get("To", "")]


@pytest.fixture(scope="module")
def inbox():
    from aiosmtpd.controller import Controller

    handler = Inbox()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    handler.port = controller.port
    yield handler
    controller.stop()


@pytest.fixture(scope="module")
def database(postgres_server):
    name = f"deploy_{secrets.token_hex(4)}"
    admin_url = postgres_server.url("postgres")
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield postgres_server.url(name)
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


@pytest.fixture(scope="module")
def documented_env(database, redis_server, inbox):
    base = redis_server.url.rsplit("/", 1)[0]
    values = {
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_DEBUG": "false",
        "DJANGO_ALLOWED_HOSTS": HOST,
        "DJANGO_CSRF_TRUSTED_ORIGINS": ORIGIN,
        "DJANGO_BEHIND_TLS_PROXY": "true",
        "DJANGO_TRUSTED_PROXY_HOPS": "1",
        "SITE_URL": ORIGIN,
        "DATABASE_URL": database,
        # Databases of the test's Redis no other test uses.
        "REDIS_URL": f"{base}/10",
        "REDIS_CACHE_URL": f"{base}/11",
        "REDIS_RATELIMIT_URL": f"{base}/12",
        "EMAIL_URL": f"smtp://127.0.0.1:{inbox.port}",
        "DEFAULT_FROM_EMAIL": f"Offer Check <digest@{HOST}>",
        "PUBLIC_FORM_MIN_SECONDS": "1",
        "PORT": str(free_port()),
        "WEB_CONCURRENCY": "2",
        "CELERY_CONCURRENCY": "1",
    }
    unknown = set(values) - documented_variables()
    assert not unknown, f"the test sets variables .env.example does not list: {unknown}"
    # What an operator's shell adds: where the programs are, and a home.
    return {**values, "PATH": f"{VENV_BIN}:/usr/bin:/bin", "HOME": str(PROJECT_DIR)}


class Processes:
    def __init__(self, env: dict, log_dir: Path):
        self.env, self.log_dir, self.running = env, log_dir, {}

    def run(self, name: str, command: str, *, timeout: float = 240) -> subprocess.CompletedProcess:
        result = subprocess.run(
            ["bash", "-c", command], cwd=PROJECT_DIR, env=self.env, capture_output=True, text=True, timeout=timeout
        )
        assert result.returncode == 0, f"{name} failed:\n{result.stdout}\n{result.stderr}"
        return result

    def start(self, name: str, command: str) -> subprocess.Popen:
        log = (self.log_dir / f"{name}.log").open("w")
        process = subprocess.Popen(
            ["bash", "-c", command], cwd=PROJECT_DIR, env=self.env, stdout=log, stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip
        self.running[name] = process
        return process

    def log(self, name: str) -> str:
        return (self.log_dir / f"{name}.log").read_text(errors="replace")

    def alive(self, name: str) -> bool:
        return self.running[name].poll() is None

    def stop_all(self) -> None:
        for process in self.running.values():
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in self.running.values():
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


def _remove_beat_schedule() -> None:
    for path in PROJECT_DIR.glob("celerybeat-schedule*"):
        path.unlink()


@pytest.fixture(scope="module")
def deployment(documented_env, tmp_path_factory):
    entries = procfile()
    assert set(entries) >= {"release", "web", "worker", "beat"}, entries
    processes = Processes(documented_env, tmp_path_factory.mktemp("procfile"))
    _remove_beat_schedule()
    processes.run("release", entries["release"])
    demo = processes.run("demo data", "python manage.py load_demo_data")
    for name in ("web", "worker", "beat"):
        processes.start(name, entries[name])
    processes.password = re.search(r"password: (\S+)", demo.stdout).group(1)
    processes.port = int(documented_env["PORT"])
    try:
        wait_until(lambda: _web_answers(processes.port) or not processes.alive("web"), timeout=60, message="gunicorn")
        wait_until(lambda: "ready." in processes.log("worker") or not processes.alive("worker"), timeout=60,
                   message="the worker")  # fmt: skip
        for name in ("web", "worker", "beat"):
            assert processes.alive(name), f"{name} exited:\n{processes.log(name)}"
        yield processes
    finally:
        processes.stop_all()
        _remove_beat_schedule()


def _web_answers(port: int) -> bool:
    try:
        return Browser(port).get("/healthz")[0] == 200
    except OSError:
        return False


# --- A browser behind the TLS proxy ---------------------------------------------------------------
class Browser:
    """Speaks to gunicorn as the TLS proxy forwards a browser: Host, X-Forwarded-Proto and -For set, cookies
    kept by hand (they are Secure, so an http:// client library would not send them back)."""

    def __init__(self, port: int):
        self.port, self.cookies = port, {}

    def request(self, method: str, path: str, form: dict | list | None = None, *, referer: str = ""):
        headers = {"Host": HOST, "X-Forwarded-Proto": "https", "X-Forwarded-For": CLIENT_ADDRESS}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if form is not None:
            body = urlencode([tuple(f) for f in form] if isinstance(form, list) else form, doseq=True)
            headers.update({
                "Content-Type": "application/x-www-form-urlencoded",
                "Origin": ORIGIN,
                "Referer": ORIGIN + (referer or path),
            })  # fmt: skip
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            text = response.read().decode("utf-8", "replace")
        finally:
            conn.close()
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                key, _, rest = value.partition("=")
                self.cookies[key.strip()] = rest.split(";", 1)[0]
        return response.status, {k.lower(): v for k, v in response.getheaders()}, text

    def get(self, path: str):
        return self.request("GET", path)

    def post(self, path: str, form, *, referer: str = ""):
        return self.request("POST", path, form, referer=referer)


class _Forms(HTMLParser):
    """The fields of every form on a page, as a browser would submit them (without the buttons)."""

    def __init__(self):
        super().__init__()
        self.forms: list[dict] = []
        self._select = self._textarea = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.forms.append({"action": a.get("action", ""), "fields": []})
        elif not self.forms:
            return
        elif tag == "input" and a.get("name") and a.get("type", "text") not in ("submit", "button", "image"):
            if a.get("type") in ("checkbox", "radio") and "checked" not in a:
                return
            self.forms[-1]["fields"].append([a["name"], a.get("value", "on" if a.get("type") == "checkbox" else "")])
        elif tag == "select" and a.get("name"):
            self._select = {"name": a["name"], "chosen": [], "first": None, "multiple": "multiple" in a}
        elif tag == "option" and self._select is not None:
            value = a.get("value", "")
            if self._select["first"] is None:
                self._select["first"] = value
            if "selected" in a:
                self._select["chosen"].append(value)
        elif tag == "textarea" and a.get("name"):
            self._textarea = [a["name"], ""]

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "select" and self._select is not None:
            chosen = self._select["chosen"] or ([] if self._select["multiple"] else [self._select["first"] or ""])
            self.forms[-1]["fields"].extend([self._select["name"], v] for v in chosen)
            self._select = None
        elif tag == "textarea" and self._textarea is not None:
            self.forms[-1]["fields"].append([self._textarea[0], self._textarea[1].lstrip("\n")])
            self._textarea = None


def form_fields(html: str, *, having: str) -> list[list[str]]:
    parser = _Forms()
    parser.feed(html)
    for form in parser.forms:
        if any(name == having for name, _ in form["fields"]):
            return form["fields"]
    raise AssertionError(f"no form with a {having!r} field on the page")


def query(database_url: str, sql: str, *params):
    with psycopg.connect(database_url) as conn:
        return conn.execute(sql, params).fetchall()


def log_in(browser: Browser, password: str) -> None:
    status, _, page = browser.get("/admin/login/")
    assert status == 200, page
    fields = dict(form_fields(page, having="csrfmiddlewaretoken"))
    fields.update(username="moderator", password=password)
    status, headers, page = browser.post("/admin/login/", fields)
    assert status == 302, page


# --- The journeys ---------------------------------------------------------------------------------
def test_subscribe_and_confirm_through_the_production_processes(deployment, inbox, database):
    browser = Browser(deployment.port)
    status, headers, page = browser.get("/subscribe/")
    assert status == 200, page
    fields = [f for f in form_fields(page, having="email") if f[0] != "email"] + [["email", "ada@example.org"]]
    time.sleep(1.2)  # PUBLIC_FORM_MIN_SECONDS

    status, _, page = browser.post("/subscribe/", fields)

    assert status == 200, page
    mail = wait_until(lambda: inbox.to("ada@example.org"), timeout=60, message="the confirmation e-mail")[0]
    body = "".join(
        part.get_payload(decode=True).decode() for part in mail.walk() if part.get_content_type() == "text/plain"
    )
    confirm = re.search(rf"{re.escape(ORIGIN)}(/subscribe/confirm/[^\s]+/)", body).group(1)
    status, _, page = browser.get(confirm)
    assert status == 200
    assert query(database, "SELECT status FROM subscriptions_subscriber WHERE email = %s", "ada@example.org") == [
        ("pending",)
    ]  # opening the link changes nothing
    status, _, page = browser.post(confirm, form_fields(page, having="csrfmiddlewaretoken"))
    assert status == 200, page
    assert query(database, "SELECT status FROM subscriptions_subscriber WHERE email = %s", "ada@example.org") == [
        ("confirmed",)
    ]


def test_a_moderator_flags_an_employer_and_the_worker_rescores_its_listings(deployment, database):
    employer_id, slug = query(
        database,
        "SELECT e.id, e.slug FROM listings_employer e WHERE e.status = 'verified' AND EXISTS (SELECT 1 FROM "
        "listings_listing l WHERE l.employer_id = e.id AND l.status = 'published') ORDER BY e.id LIMIT 1",
    )[0]
    browser = Browser(deployment.port)
    log_in(browser, deployment.password)
    status, _, page = browser.get("/admin/listings/employer/")
    token = dict(form_fields(page, having="csrfmiddlewaretoken"))["csrfmiddlewaretoken"]

    status, _, page = browser.post(
        "/admin/listings/employer/",
        {
            "csrfmiddlewaretoken": token,
            "action": "mark_flagged",
            "confirm": "yes",
            "note": "Checked by a moderator.",
            "_selected_action": str(employer_id),
            "index": "0",
        },
    )

    assert status == 302, page

    def rescored() -> bool:
        rows = query(database, "SELECT findings FROM listings_listing WHERE employer_id = %s", employer_id)
        return rows and all(any(f["rule"] == "employer_flagged" for f in findings) for (findings,) in rows)

    wait_until(rescored, timeout=90, message=f"the worker re-scoring {slug}'s listings\n{deployment.log('worker')}")
    assert query(
        database, "SELECT status FROM scoring_rescorejob WHERE reason = 'employer_status' ORDER BY id DESC LIMIT 1"
    ) == [("done",)]


def test_a_published_rule_set_change_rescores_everything_in_the_background(deployment, database):
    browser = Browser(deployment.port)
    log_in(browser, deployment.password)
    (active_id, version) = query(database, "SELECT id, version FROM scoring_ruleset WHERE is_active")[0]
    path = f"/admin/scoring/ruleset/{active_id}/change/"
    status, _, page = browser.get(path)
    assert status == 200, page
    fields = form_fields(page, having="note")
    points = next(f for f in fields if f[0].startswith("points__") and f[1].isdigit() and int(f[1]) < 100)
    points[1] = str(int(points[1]) + 1)
    fields = [f for f in fields if f[0] != "note"] + [["note", "Deployment smoke test"]]

    status, _, page = browser.post(path, fields)

    assert status == 302, page
    wait_until(
        lambda: (
            query(database, "SELECT status FROM scoring_rescorejob WHERE rules_version = %s", version + 1)
            == [("done",)]
        ),
        timeout=120,
        message=f"the re-score job of version {version + 1}\n{deployment.log('worker')}",
    )
    unscored = query(database, "SELECT count(*) FROM listings_listing WHERE rules_version <> %s", version + 1)
    assert unscored == [(0,)]


def test_beat_runs_with_the_digest_and_expiry_schedule(deployment):
    def schedule() -> set[str]:
        try:
            with shelve.open(str(BEAT_SCHEDULE), flag="r") as db:
                return set(db.get("entries", {}))
        except Exception:  # not written yet (or being written)
            return set()

    entries = wait_until(schedule, timeout=60, message=f"beat's schedule\n{deployment.log('beat')}")
    assert {"weekly-digest", "expire-listings"} <= entries
    assert deployment.alive("beat"), deployment.log("beat")
    assert "ImproperlyConfigured" not in deployment.log("beat") + deployment.log("worker") + deployment.log("web")


def test_readiness_and_liveness_answer_on_the_production_processes(deployment):
    browser = Browser(deployment.port)

    assert browser.get("/healthz")[0] == 200
    status, _, body = browser.get("/readyz")

    assert (status, body) == (200, "ok")
