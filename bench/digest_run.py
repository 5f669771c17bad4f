"""Benchmark: a full weekly digest run, 10,000 confirmed subscribers, 100,000 listings, 2 worker processes.

Starts its own throwaway PostgreSQL and Redis (tests/services.py), a Celery worker with 2 prefork
children, and a local SMTP sink (aiosmtpd in this process, counting messages). Prints the total time,
messages per second, and peak memory (VmHWM) of the worker processes and of this process, next to an
in-run reference: how fast this same sink takes bare messages from a plain smtplib loop.

    .venv/bin/python bench/digest_run.py [--listings 100000] [--subscribers 10000] [--week-share 0.1]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import smtplib
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))

from django_setup import migrated_database  # noqa: E402

from tests import services  # noqa: E402

SITE = "https://offers.example"


class Sink:
    def __init__(self):
        self.count = 0
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.count += 1
        return "250 OK"


def vm_kib(pid: int, field: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except FileNotFoundError:
        pass
    return 0


def reference_rate(port: int, n: int = 2000) -> float:
    """The sink's own ceiling: bare messages over one smtplib connection from this process."""
    body = "Subject: reference\r\n\r\n" + ("x" * 78 + "\r\n") * 50
    started = time.perf_counter()
    with smtplib.SMTP("127.0.0.1", port) as smtp:
        for i in range(n):
            smtp.sendmail("bench@localhost", [f"ref{i}@example.org"], body)
    return n / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--listings", type=int, default=100_000)
    parser.add_argument("--subscribers", type=int, default=10_000)
    parser.add_argument("--week-share", type=float, default=0.1, help="share of listings published/scored this week")
    parser.add_argument("--concurrency", type=int, default=2)
    parser.add_argument("--profile-chunk", action="store_true", help="profile one chunk in this process instead")
    args = parser.parse_args()

    print("Starting PostgreSQL, Redis and the SMTP sink …", flush=True)
    postgres = services.start_postgres()
    redis = services.start_redis()
    from aiosmtpd.controller import Controller

    sink = Sink()
    controller = Controller(sink, hostname="127.0.0.1", port=services.free_port())
    controller.start()
    worker = None
    try:
        env = migrated_database(
            postgres,
            "bench",
            REDIS_URL=redis.url,
            EMAIL_URL=f"smtp://127.0.0.1:{controller.port}",
            SITE_URL=SITE,
        )
        year, week = seed(args)
        if args.profile_chunk:
            return profile_chunk(year, week)

        print(f"Starting a Celery worker with {args.concurrency} processes …", flush=True)
        worker = services.start_celery_worker(env=env, concurrency=args.concurrency)
        children = worker.child_pids()
        rss_ready = {pid: vm_kib(pid, "VmRSS") for pid in children}

        from django.db.models import Count

        from listings.subscriptions.models import Delivery
        from listings.subscriptions.tasks import send_weekly_digest_task

        print(f"Running the weekly digest of {year}-W{week:02d} …", flush=True)
        started = time.perf_counter()
        send_weekly_digest_task.delay(year, week)
        while True:
            time.sleep(0.5)
            planned = Delivery.objects.filter(iso_year=year, iso_week=week).count()
            queued = Delivery.objects.filter(iso_year=year, iso_week=week, status=Delivery.Status.QUEUED).count()
            if planned >= args.subscribers and queued == 0:
                break
            if time.perf_counter() - started > 900:
                raise SystemExit("Gave up after 15 minutes")
        elapsed = time.perf_counter() - started
        peaks = {pid: vm_kib(pid, "VmHWM") for pid in children}
        main_peak = vm_kib(worker.process.pid, "VmHWM")
        statuses = dict(
            Delivery.objects.filter(iso_year=year, iso_week=week).values_list("status").annotate(n=Count("id"))
        )
        sent = sink.count
        reference = reference_rate(controller.port)

        print()
        print(f"listings: {args.listings:,} ({int(args.listings * args.week_share):,} in the week's window)")
        print(f"confirmed subscribers: {args.subscribers:,}; deliveries by status: {statuses}")
        print(f"messages received by the SMTP sink: {sent:,}")
        print(f"total: {elapsed:.1f} s  ·  {sent / elapsed:.0f} messages/s  (target: under 120 s)")
        print(f"reference, bare smtplib loop into the same sink: {reference:.0f} messages/s")
        load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
        print(f"machine load average (1, 5, 15 min) at the end: {load} on {os.cpu_count()} cores")
        for pid in children:
            print(
                f"worker child {pid}: RSS when ready {rss_ready[pid] / 1024:.0f} MiB, peak {peaks[pid] / 1024:.0f} MiB"
            )
        print(f"worker main process peak: {main_peak / 1024:.0f} MiB")
        bench_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(f"bench process peak (seeding + SMTP sink): {bench_peak / 1024:.0f} MiB")
    finally:
        if worker is not None:
            worker.stop()
        controller.stop()
        redis.stop()
        postgres.stop()


def profile_chunk(year: int, week: int) -> None:
    import cProfile
    import pstats

    from listings.subscriptions import digest

    chunk = digest.digest_plan(iso_year=year, iso_week=week)[0]
    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.runcall(digest.digest_send_chunk, delivery_ids=chunk, iso_year=year, iso_week=week)
    print(f"one chunk of {len(chunk)}: {time.perf_counter() - started:.2f} s")
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)


def seed(args) -> tuple[int, int]:
    """Bulk-insert employers, listings (a share inside the digest week), regions, work types, subscribers."""
    from django.db import transaction
    from django.utils import timezone

    from listings.models import Employer, Listing
    from listings.subscriptions.digest import iso_week_of, week_window
    from listings.subscriptions.models import Subscriber

    rng = random.Random(2026)
    now = timezone.now()
    year, week = iso_week_of(now + timedelta(days=7))
    start, end = week_window(year, week)
    regions = ["US", "US", "US", "US-NY", "US-TX", "US-CA", "US-FL", "CA", "CA-ON", "CA-QC", "PH", "IN", "ZA", "GB"]
    work = ["sales", "customer_service", "verification", "tech_support", "surveys", "quality_assurance", "reservations"]
    verdicts = ["looks_legitimate", "ask_more_questions", "red_flags", "likely_scam"]
    finding = {
        "rule": "fee_before_offer",
        "severity": "red_flag",
        "points": 25,
        "faq": "Q4",
        "explanation": "The offer asks for a starter-kit fee before any job offer. Employers pay workers.",
        "ask": "Is any fee due before a written offer?",
    }
    t0 = time.perf_counter()
    with transaction.atomic():
        employers = Employer.objects.bulk_create(
            [Employer(name=f"Employer {n}", slug=f"employer-{n}") for n in range(500)]
        )
    batch = 5000
    through_regions = Listing.hiring_regions.through
    through_work = Listing.work_types.through
    in_week = int(args.listings * args.week_share)
    for offset in range(0, args.listings, batch):
        rows = []
        for n in range(offset, min(offset + batch, args.listings)):
            when = (
                start + timedelta(seconds=rng.randint(0, 7 * 86400 - 1))
                if n < in_week
                else start - timedelta(days=rng.randint(8, 400))
            )
            score = rng.randint(0, 100)
            verdict = verdicts[0 if score >= 80 else 1 if score >= 60 else 2 if score >= 35 else 3]
            rows.append(
                Listing(
                    employer=employers[n % len(employers)],
                    title=f"Home call-center agent {n} <remote>",
                    status=Listing.Status.PUBLISHED,
                    published_at=when,
                    scored_at=when,
                    score=score,
                    verdict=verdict,
                    findings=[finding] * rng.randint(1, 6),
                    rules_version=1,
                )
            )
        with transaction.atomic():
            created = Listing.objects.bulk_create(rows)
            through_regions.objects.bulk_create(
                [
                    through_regions(listing_id=obj.pk, region_id=code)
                    for obj in created
                    for code in set(rng.sample(regions, rng.randint(1, 2)))
                ],
                ignore_conflicts=True,
            )
            through_work.objects.bulk_create(
                [
                    through_work(listing_id=obj.pk, worktype_id=code)
                    for obj in created
                    for code in rng.sample(work, rng.randint(1, 2))
                ]
            )
    subscribers = []
    for n in range(args.subscribers):
        region = rng.choice([None, None, None, *regions])
        subscribers.append(
            Subscriber(
                email=f"subscriber{n}@example.org",
                status=Subscriber.Status.CONFIRMED,
                confirmed_at=now,
                work_types=sorted(rng.sample(work, rng.choice([0, 0, 1, 2, 3]))),
                region_id=region,
                min_score=rng.choice([0, 0, 30, 50, 70, 85]),
                verdicts=sorted(rng.sample(verdicts, rng.randint(1, 3))),
            )
        )
    Subscriber.objects.bulk_create(subscribers, batch_size=5000)
    print(f"Seeded {args.listings:,} listings and {args.subscribers:,} subscribers in {time.perf_counter() - t0:.0f} s")
    return year, week


if __name__ == "__main__":
    main()
