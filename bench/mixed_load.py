"""The mixed-load benchmark: a mixed load of job seekers, and what it leaves behind.

    .venv/bin/python bench/mixed_load.py [--listings 20000] [--users 16] [--seconds 60] [--post-rate 20/h]

Starts its own throwaway PostgreSQL and Redis (tests/services.py), a local SMTP sink (aiosmtpd in this
process), migrates, generates published scored listings (bench/site_load.py's generate), then runs
gunicorn (DEBUG off, production settings over plain HTTP on 127.0.0.1) and a Celery worker with 2
processes on the same Redis. Locust (bench/mixed_locustfile.py) runs headless in a second process:
16 users browsing 80% of the time (filters, sorts, pages, searches, listing and employer pages),
checking an offer and submitting it for review 10%, reporting a listing 5%, subscribing to the digest
5%, each form filled and posted as a browser does, no faster than PUBLIC_FORM_MIN_SECONDS.

Checks: 0 failures apart from intended 429s (the per-IP PUBLIC_POST_RATE; every user shares
127.0.0.1, so at the production rate POSTs past the first 20 per form and hour are refused);
the Celery queue in Redis drains within 60 s; each successful POST left its effect in PostgreSQL
(reports open in the moderators' queue, submitted offers pending review, subscribers pending with
their confirmation e-mail received by the sink). Prints per request: count, failures, intended 429s,
p50/p95/p99 ms and req/s, the totals and the load average, next to an in-run reference (/healthz
probed twice a second during the load) and the CPU time gunicorn spent per request. Traffic stays on
127.0.0.1; everything started here is stopped in `finally`. Locust comes from the `bench` extra
(pinned in requirements.lock, so the project's install step installs it).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from email import message_from_bytes
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))

from django_setup import SERVE_ENV, migrated_database  # noqa: E402

from bench import site_load  # noqa: E402
from tests import services  # noqa: E402

LOCUSTFILE = Path(__file__).with_name("mixed_locustfile.py")
# The request types of the mixed scenario, by the prefix of the locust request names.
TYPES = [("browse", "browse"), ("check/submit", ("check", "submit")), ("report", "report"), ("subscribe", "subscribe")]
SITE = "https://offers.example"


class Sink:
    """SMTP sink: keeps each message's recipients and the confirmation link it carries."""

    def __init__(self):
        self.recipients: Counter[str] = Counter()
        self.with_confirm_link = 0
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        text = message_from_bytes(envelope.content).as_string()
        with self.lock:
            self.recipients.update(envelope.rcpt_tos)
            self.with_confirm_link += f"{SITE}/subscribe/confirm/" in text
        return "250 OK"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))] if ordered else 0.0


def load_average() -> str:
    return ", ".join(f"{x:.2f}" for x in os.getloadavg()) + f" (1, 5, 15 min) on {os.cpu_count()} cores"


def queue_length(redis_url: str) -> tuple[int, int]:
    """Messages waiting in Celery's default queue, and messages taken by a worker but not yet acknowledged."""
    import redis

    client = redis.Redis.from_url(redis_url)
    return client.llen("celery"), client.hlen("unacked")


class Probe(threading.Thread):
    """In-run reference: the minimal view (/healthz), twice a second, while the mixed load runs."""

    def __init__(self, url: str):
        super().__init__(daemon=True)
        self.url, self.times, self.errors, self.done = url, [], 0, threading.Event()

    def run(self):
        import urllib.request

        while not self.done.wait(0.5):
            started = time.perf_counter()
            try:
                with urllib.request.urlopen(self.url, timeout=10) as response:
                    response.read()
                self.times.append((time.perf_counter() - started) * 1000)
            except OSError:
                self.errors += 1


def cpu_seconds(pid: int) -> float:
    """User + system CPU of a process and its children (gunicorn's and Celery's workers)."""
    import psutil

    process = psutil.Process(pid)
    total = 0.0
    for p in [process, *process.children(recursive=True)]:
        try:
            times = p.cpu_times()
            total += times.user + times.system
        except psutil.NoSuchProcess:
            pass
    return total


def run_locust(*, host: str, users: int, seconds: int, results: Path, env: dict) -> None:
    command = [
        str(PROJECT_DIR / ".venv/bin/locust"),
        "-f",
        str(LOCUSTFILE),
        "--headless",
        "--host",
        host,
        "-u",
        str(users),
        "-r",
        str(max(1, users // 2)),
        "-t",
        f"{seconds}s",
        # Users finish the form they are filling before stopping: a cut flow would leave no trace to check.
        "--stop-timeout",
        "60",
        "--only-summary",
        "--exit-code-on-error",
        "0",
        "--loglevel",
        "WARNING",
    ]
    subprocess.run(
        command,
        cwd=PROJECT_DIR,
        env={**os.environ, **env, "MIXED_RESULTS": str(results)},
        check=True,
        timeout=seconds + 180,
    )


def summarize(data: dict) -> tuple[list[tuple], tuple]:
    """Rows (label, requests, failures, intended 429s, p50, p95, p99, req/s) per request name and per type."""
    duration = data["clock"]["stop"] - data["clock"]["start"]

    def row(label, outcomes):
        times = [t for t, _, _ in outcomes]
        kinds = Counter(o for _, o, _ in outcomes)
        return (
            label,
            len(outcomes),
            kinds["failure"],
            kinds["429"],
            percentile(times, 50),
            percentile(times, 95),
            percentile(times, 99),
            len(outcomes) / duration,
        )

    requests = data["requests"]
    by_name = [row(name, outcomes) for name, outcomes in sorted(requests.items())]
    by_type = [
        row(label, [o for name, outcomes in requests.items() if name.startswith(prefix) for o in outcomes])
        for label, prefix in TYPES
    ]
    total = row("total", [o for outcomes in requests.values() for o in outcomes])
    return by_name + [None] + by_type, total


def ok_count(data: dict, name: str) -> int:
    return sum(1 for _, outcome, _ in data["requests"].get(name, []) if outcome == "ok")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--listings", type=int, default=20_000)
    parser.add_argument("--users", type=int, default=16)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--workers", type=int, default=3, help="gunicorn sync workers")
    parser.add_argument("--post-rate", default="", help="PUBLIC_POST_RATE for the site (default: the settings')")
    parser.add_argument("--drain-seconds", type=int, default=60)
    args = parser.parse_args()

    print("Starting PostgreSQL, Redis and the SMTP sink …", flush=True)
    postgres = services.start_postgres()
    redis = services.start_redis()
    from aiosmtpd.controller import Controller

    sink = Sink()
    controller = Controller(sink, hostname="127.0.0.1", port=services.free_port())
    controller.start()
    gunicorn = worker = None
    workdir = Path(tempfile.mkdtemp(prefix="mixed-load-"))
    try:
        extra = {"PUBLIC_POST_RATE": args.post_rate} if args.post_rate else {}
        env = migrated_database(
            postgres,
            "vetting_mixed",
            **SERVE_ENV,
            REDIS_URL=redis.url,
            EMAIL_URL=f"smtp://127.0.0.1:{controller.port}",
            SITE_URL=SITE,
            # 429s and 400s are expected here; errors (a 500 and its traceback) still reach the console.
            DJANGO_LOG_LEVEL="ERROR",
            # No collectstatic here: WhiteNoise would warn about the missing STATIC_ROOT in every worker.
            PYTHONWARNINGS="ignore:No directory at",
            **extra,
        )
        from django.conf import settings
        from django.db import connections

        print(f"Generating {args.listings:,} published, scored listings …", flush=True)
        started = time.perf_counter()
        site_load.generate(args.listings)
        print(f"  done in {time.perf_counter() - started:.0f} s", flush=True)

        from listings.models import Listing, Report
        from listings.subscriptions.models import Subscriber

        ids = Listing.objects.published().order_by("pk").values_list("pk", flat=True)
        first, last = ids.first(), ids.last()
        assert last - first + 1 == args.listings, "listing ids are expected to be contiguous"
        connections.close_all()

        print(f"Starting gunicorn ({args.workers} workers) and a Celery worker (2 processes) …", flush=True)
        port = services.free_port()
        gunicorn = site_load.start_gunicorn(port, args.workers, env)
        host = f"http://127.0.0.1:{port}"
        site_load.wait_for(host + "/healthz")
        worker = services.start_celery_worker(env=env, concurrency=2)

        print(
            f"Locust: {args.users} users for {args.seconds} s (PUBLIC_POST_RATE={settings.PUBLIC_POST_RATE}, "
            f"PUBLIC_FORM_MIN_SECONDS={settings.PUBLIC_FORM_MIN_SECONDS}); load average before: {load_average()}",
            flush=True,
        )
        results = workdir / "results.json"
        cpu_before = os.times()
        server_cpu_before = cpu_seconds(gunicorn.pid), cpu_seconds(worker.process.pid)
        probe = Probe(host + "/healthz")
        probe.start()
        run_locust(
            host=host,
            users=args.users,
            seconds=args.seconds,
            results=results,
            env={
                "MIXED_FORM_MIN_SECONDS": str(settings.PUBLIC_FORM_MIN_SECONDS),
                "MIXED_LISTING_IDS": f"{first}-{last}",
            },
        )
        cpu_after = os.times()
        probe.done.set()
        server_cpu = (
            cpu_seconds(gunicorn.pid) - server_cpu_before[0],
            cpu_seconds(worker.process.pid) - server_cpu_before[1],
        )
        load_after_run = load_average()
        data = json.loads(results.read_text())

        print(f"Waiting up to {args.drain_seconds} s for the Celery queue to drain …", flush=True)
        subscribed = data["effects"]["subscribed_emails"]
        deadline = time.monotonic() + args.drain_seconds
        while True:
            waiting, unacked = queue_length(redis.url)
            mailed = sum(1 for email in subscribed if sink.recipients[email])
            if (waiting, unacked) == (0, 0) and mailed == len(subscribed) or time.monotonic() > deadline:
                break
            time.sleep(0.5)
        drain_seconds = args.drain_seconds - max(0.0, deadline - time.monotonic())
        drained = (waiting, unacked) == (0, 0)

        reports = Report.objects.filter(status=Report.Status.OPEN).count()
        pending = Listing.objects.filter(status=Listing.Status.PENDING).count()
        subscribers = Subscriber.objects.filter(status=Subscriber.Status.PENDING).count()
        subscriber_emails = set(Subscriber.objects.values_list("email", flat=True))
        worker_log = worker.log()

        rows, total = summarize(data)
        print()
        print(
            f"{args.listings:,} published listings · gunicorn {args.workers} sync workers, DEBUG off, page cache "
            f"{settings.PAGE_CACHE_SECONDS} s · Celery 2 processes · locust {args.users} users, {args.seconds} s "
            f"(+ finishing flows) from a second process on 127.0.0.1"
        )
        header = f"{'request':36} {'requests':>8} {'failures':>8} {'429s':>6} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7}"
        print(header + f" {'req/s':>7}")
        for r in rows:
            if r is None:
                print("-" * len(header + " " * 8))
                continue
            print(f"{r[0]:36} {r[1]:8d} {r[2]:8d} {r[3]:6d} {r[4]:7.0f} {r[5]:7.0f} {r[6]:7.0f} {r[7]:7.1f}")
        t = total
        print(f"{t[0]:36} {t[1]:8d} {t[2]:8d} {t[3]:6d} {t[4]:7.0f} {t[5]:7.0f} {t[6]:7.0f} {t[7]:7.1f}")

        failures = Counter(
            f"{name}: {detail}"
            for name, outcomes in data["requests"].items()
            for _, outcome, detail in outcomes
            if outcome == "failure"
        )
        for text, n in failures.most_common(10):
            print(f"  failure ×{n}: {text}")

        submitted = ok_count(data, "submit: POST for review")
        reported = ok_count(data, "report: POST")
        confirmations = sum(1 for email in subscribed if sink.recipients[email] == 1)
        effects = [
            ("reports open in the moderators' queue", reports, reported),
            ("offers pending review", pending, submitted),
            ("subscribers pending confirmation", subscribers, len(subscribed)),
            ("of them in the database", len(subscriber_emails & set(subscribed)), len(subscribed)),
            ("confirmation e-mails received (one per address)", confirmations, len(subscribed)),
        ]
        print("\nEffects in PostgreSQL and the SMTP sink (found / successful POSTs):")
        for label, found, expected in effects:
            print(f"  {label:50} {found:5d} / {expected:<5d} {'ok' if found == expected else 'MISMATCH'}")
        print(f"  e-mails with a {SITE} confirm link: {sink.with_confirm_link}; all: {sink.recipients.total()}")
        succeeded, raised = worker_log.count("succeeded in"), worker_log.count("raised unexpected")
        print(f"  Celery tasks succeeded: {succeeded}, raised: {raised}")

        print(f"\nCelery queue after {drain_seconds:.0f} s: {waiting} waiting, {unacked} unacknowledged")
        clean = total[2] == 0 and all(found == expected for _, found, expected in effects) and raised == 0
        print(f"0 failures apart from intended 429s: {'yes' if clean else 'NO'} ({total[3]} intended 429s)")
        print(f"queue drained: {'yes' if drained else 'NO'}")
        cpu = (cpu_after.children_user - cpu_before.children_user) + (
            cpu_after.children_system - cpu_before.children_system
        )
        print(
            f"in-run reference, /healthz twice a second during the load: p50 {percentile(probe.times, 50):.0f} ms, "
            f"p95 {percentile(probe.times, 95):.0f} ms, {probe.errors} errors ({len(probe.times)} probes)"
        )
        print(
            f"CPU over the run: gunicorn workers {server_cpu[0]:.1f} s ({server_cpu[0] / total[1] * 1000:.0f} ms per "
            f"request), Celery {server_cpu[1]:.1f} s, locust {cpu:.1f} s"
        )
        print(f"load average at the end of the load: {load_after_run}; now: {load_average()}")
    finally:
        if gunicorn is not None:
            gunicorn.terminate()
            gunicorn.wait(timeout=30)
        if worker is not None:
            worker.stop()
            worker.log_path.unlink(missing_ok=True)
        controller.stop()
        redis.stop()
        postgres.stop()
        for path in workdir.iterdir():
            path.unlink()
        workdir.rmdir()


if __name__ == "__main__":
    main()
