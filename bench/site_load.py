"""Benchmark: job seekers' pages under load, next to a minimal Django view served the same way in the same run.

Starts its own throwaway PostgreSQL (tests/services.py), migrates, bulk-generates published, scored
listings (scores computed in memory with scoring.verdict.evaluate, written with bulk_create), then
runs gunicorn (DEBUG off, 3 workers) on 127.0.0.1 and drives wrk from a second process against:
the minimal view (/healthz), browse with three filters sorted by score, a listing's detail page, a text
search matching ~40% of listings and one matching five (a rare word, which once walked the whole sort index),
and, closer to real traffic, 500 different browse URLs (with the page cache and without) and 2,000 different
listing pages requested in turn. Prints p50/p95/p99 latency, requests/second and errors per URL, each next to
its target (issue 16).

The page and fragment caches live in a Redis the benchmark starts, as in production (settings:
REDIS_URL); `--cache locmem` measures the embedded default instead (one cache per gunicorn worker,
so each worker renders every page once for itself).

    .venv/bin/python bench/site_load.py [--listings 10000|100000|1000000] [--seconds 15] [--connections 16]
                                        [--cache redis|locmem] [--database-url URL]

`--database-url` measures an existing database made by this script's `generate` (no PostgreSQL is
started and nothing is generated): the 1,000,000-listing run generates once and is then re-measured.

Traffic goes to 127.0.0.1 only; every wrk run is bounded in time.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import urllib.request
from decimal import Decimal
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))

from django_setup import SECRET_KEY, SERVE_ENV, migrated_database  # noqa: E402

from tests import services  # noqa: E402

WRK_SCRIPT = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('{"requests":%d,"duration_us":%d,"p50":%d,"p95":%d,"p99":%d,"errors":%d}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95), latency:percentile(99),
    e.connect + e.read + e.write + e.status + e.timeout))
end
"""

TITLES = [
    "Customer service agent",
    "Inbound sales representative",
    "Technical support specialist",
    "Reservations agent",
    "Verification caller",
    "Survey interviewer",
    "Quality assurance listener",
    "Bilingual support agent",
    "Billing support representative",
    "Chat and phone support associate",
]
SENTENCES = [
    "Answer customer calls from home.",
    "Help travellers change hotel and flight reservations.",
    "Troubleshoot internet and router problems for our clients' customers.",
    "Call back customers to verify their orders.",
    "Conduct short telephone surveys from a list.",
    "Paid training over two weeks, from home.",
    "You need a quiet room, a computer and a headset.",
    "Weekend shifts available during the holiday season.",
    "Outbound calls with a script; leads provided.",
    "Bilingual English and Spanish speakers welcome.",
    "Benefits after ninety days.",
    "Apply online, take a skills test and a phone interview.",
]
WORK_TYPES = [
    "sales",
    "customer_service",
    "verification",
    "tech_support",
    "surveys",
    "quality_assurance",
    "reservations",
]
RARE_WORD = "xylophone"
RARE_SENTENCE = "Xylophone players welcome."
REGIONS = ["US", "US-TX", "US-FL", "US-NY", "US-GA", "CA", "CA-ON", "PH", "IN", "ZA"]


# Issue 16's targets: (label, at least req/s, at most p95 ms). Pages not listed are references.
TARGETS = {
    "browse: 500 different filter URLs": (100, 250),
    "browse, page cache off": (150, 150),
    "search, page cache off": (150, 150),
    "detail: 2,000 different listings": (300, 100),
}


def target_text(label: str, result: dict) -> str:
    if label not in TARGETS:
        return ""
    rps, p95 = TARGETS[label]
    met = result["rps"] >= rps and result["p95"] / 1000 <= p95 and result["errors"] == 0
    return f"≥{rps} req/s, p95 ≤{p95} ms: {'met' if met else 'NOT MET'}"


def wait_for(url: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer in {timeout}s")


def generate(n: int, seed: int = 7) -> None:
    """n published, scored listings for 500 employers, with regions and work types; fast (no save() per row)."""
    from django.utils import timezone

    from listings.models import Answer, Employer, Fee, Listing
    from scoring.models import RuleSet
    from scoring.offer import FeeSnapshot, Offer
    from scoring.services import score_values
    from scoring.verdict import evaluate

    rng = random.Random(seed)
    config = RuleSet.objects.active().to_config()
    statuses = ["verified"] * 3 + ["unreviewed"] * 6 + ["flagged"]
    employers = Employer.objects.bulk_create(
        [
            Employer(name=f"Bench Employer {i}", slug=f"bench-employer-{i}", status=rng.choice(statuses))
            for i in range(500)
        ]
    )
    answers = [Answer.YES, Answer.NO, Answer.UNKNOWN]
    now = timezone.now()
    cache: dict = {}
    batch, links = [], []
    regions_through = Listing.hiring_regions.through
    works_through = Listing.work_types.through

    def flush():
        created = Listing.objects.bulk_create(batch)
        regions_through.objects.bulk_create(
            [
                regions_through(listing_id=row.pk, region_id=code)
                for row, (codes, _, _) in zip(created, links, strict=True)
                for code in codes
            ]
        )
        works_through.objects.bulk_create(
            [
                works_through(listing_id=row.pk, worktype_id=code)
                for row, (_, works, _) in zip(created, links, strict=True)
                for code in works
            ]
        )
        Fee.objects.bulk_create(
            [
                Fee(listing_id=row.pk, kind=f.kind, amount=f.amount, timing=f.timing, recurring=f.recurring)
                for row, (_, _, snaps) in zip(created, links, strict=True)
                for f in snaps
            ]
        )
        batch.clear()
        links.clear()

    started = time.perf_counter()
    for i in range(n):
        employer = employers[rng.randrange(len(employers))]
        fields = {
            "title": rng.choice(TITLES),
            # Every 20,000th offer also has a rare word: a search matching only a handful of listings.
            "description": " ".join(rng.sample(SENTENCES, 4)) + (f" {RARE_SENTENCE}" if i % 20_000 == 7 else ""),
            "direction": rng.choice(["inbound", "outbound", "both", "unknown"]),
            "pay_basis": rng.choice(["hour"] * 5 + ["minute", "call", "commission", "salary", "unknown"]),
            "worker_status": rng.choice(["employee", "employee", "contractor", "unknown"]),
            "guaranteed_minimum": rng.choice(answers),
            "needs_computer": Answer.YES,
            "needs_headset": Answer.YES,
            "needs_landline": rng.choice(answers),
            "needs_quiet_room": rng.choice(answers),
            "buy_from_employer": rng.choice([Answer.NO] * 8 + [Answer.YES, Answer.UNKNOWN]),
            "hours_per_week": rng.choice([None, 20, 25, 30, 40]),
            "nights_weekends": rng.choice(answers),
            "training_pay": rng.choice(["paid"] * 4 + ["unpaid", "charged", "unknown"]),
            "experience_required": rng.choice(answers),
            "benefits": rng.choice(answers),
            "chat_app_interview": rng.choice([Answer.NO] * 9 + [Answer.YES]),
            "money_handling": rng.choice([Answer.NO] * 19 + [Answer.YES]),
            "personal_data_early": rng.choice([Answer.NO] * 9 + [Answer.UNKNOWN]),
        }
        basis = fields["pay_basis"]
        fields["pay_amount"] = {
            "hour": Decimal(rng.choice(["11.00", "13.50", "15.00", "17.25", "21.00"])),
            "minute": Decimal("0.25"),
            "call": Decimal("1.50"),
            "salary": Decimal("32000"),
        }.get(basis)
        codes = tuple(sorted(rng.sample(REGIONS, rng.randint(1, 3))))
        works = tuple(sorted(rng.sample(WORK_TYPES, rng.randint(1, 2))))
        snaps = (
            (FeeSnapshot(kind="starter_kit", amount=Decimal("99"), timing="before_offer", recurring="no"),)
            if rng.random() < 0.08
            else ()
        )
        offer = Offer.from_values(
            fields,
            employer=employer,
            work_types=works,
            hiring_regions=codes,
            fees=snaps,
        )
        result = cache.get(offer) or cache.setdefault(offer, evaluate(offer, config))
        batch.append(
            Listing(
                employer=employer,
                status=Listing.Status.PUBLISHED,
                published_at=now,
                **score_values(result),
                rules_version=result.rules_version,
                scored_at=now,
                **fields,
            )
        )
        links.append((codes, works, snaps))
        if len(batch) == 5000:
            flush()
            print(f"  {i + 1:,} listings ({time.perf_counter() - started:.0f} s)", flush=True)
    if batch:
        flush()
    from django.db import connection

    # Compact, as a table written over months and vacuumed would be: loading in bulk writes each listing up to
    # four times (its row, then the filter-tag triggers once per statement on its work types, regions and
    # fees), leaving the table and the indexes holding the tags two to three times their size, by an amount
    # that varied with autovacuum's timing and so changed the planner's choices from one load to the next.
    # VACUUM FULL rewrites them compactly and in id order; ANALYZE then reads every row at 20,000 listings
    # (tests/test_browse_query_plans.py), so the plans are the same on every load. VACUUM FULL leaves the
    # visibility map empty, so the plain VACUUM after it marks the pages all-visible, which index-only scans
    # need (without it every index entry walked is also a heap fetch, and PostgreSQL plans accordingly).
    with connection.cursor() as cursor:
        if connection.get_autocommit():
            cursor.execute("VACUUM FULL")
            cursor.execute("VACUUM ANALYZE")
        else:
            cursor.execute("ANALYZE")


def start_gunicorn(port: int, workers: int, env: dict) -> subprocess.Popen:
    return subprocess.Popen(
        [
            str(PROJECT_DIR / ".venv/bin/gunicorn"),
            "vetting.wsgi",
            "--workers",
            str(workers),
            "--bind",
            f"127.0.0.1:{port}",
            "--access-logfile",
            "/dev/null",
            "--log-level",
            "warning",
        ],
        cwd=PROJECT_DIR,
        env={**os.environ, **env},
    )


def many_browse_paths(rng: random.Random, n: int) -> list[str]:
    """n different browse URLs: filter combinations, sorts and pages as visitors make them."""
    paths: set[str] = set()
    while len(paths) < n:
        params = {"sort": rng.choice(["score", "newest", "hourly"])}
        for name, values in (
            ("work_type", WORK_TYPES),
            ("region", REGIONS),
            ("pay_basis", ["hour", "call", "minute", "salary", "commission"]),
            ("min_score", ["40", "60", "70"]),
        ):
            if rng.random() < 0.5:
                params[name] = rng.choice(values)
        if rng.random() < 0.3:
            params["page"] = str(rng.randint(2, 5))
        paths.add("/listings/?" + "&".join(f"{k}={v}" for k, v in params.items()))
    return sorted(paths)


def rotating_script(paths: list[str]) -> str:
    """A wrk script that requests `paths` in turn (each wrk thread from its own offset), plus the report."""
    listed = ",".join(json.dumps(path) for path in paths)
    return (
        f"paths = {{{listed}}}\n"
        "local threads = 0\n"
        "setup = function(thread) thread:set('offset', threads * 7919); threads = threads + 1 end\n"
        "init = function(args) i = offset or 0 end\n"
        "request = function() i = i % #paths + 1; return wrk.format('GET', paths[i]) end\n"
    ) + WRK_SCRIPT


def cpu_seconds(pids: list[int]) -> float:
    """User and system CPU these processes have used so far (Linux /proc); a process gone meanwhile counts 0."""
    total = 0.0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def server_pids(gunicorn: subprocess.Popen, redis) -> list[int]:
    """The processes that serve a request: gunicorn and its workers, their PostgreSQL backends, Redis."""
    from django.db import connection

    workers = Path(f"/proc/{gunicorn.pid}/task/{gunicorn.pid}/children").read_text().split()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        backends = [pid for (pid,) in cursor.fetchall()]
    connection.close()
    return [gunicorn.pid, *map(int, workers), *backends, *([redis.process.pid] if redis is not None else [])]


def run_wrk(url: str, *, seconds: int, connections: int, script: str, serving=None) -> dict:
    """wrk's figures for `url`, and with `serving` (a callable giving the serving processes' ids) the CPU those
    processes used per request: on a machine shared with other work, req/s and latency follow what the others
    take, the CPU a request costs much less so (it is what bounds req/s on a machine of one's own)."""
    # A short warm-up so every gunicorn worker has its connection and templates loaded.
    subprocess.run(["wrk", "-t2", f"-c{connections}", "-d2s", url], capture_output=True, check=True)
    pids = serving() if serving else []
    before = cpu_seconds(pids)
    out = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "5s", "-s", script, url],
        capture_output=True,
        text=True,
        check=True,
        timeout=seconds + 30,
    ).stdout
    used = cpu_seconds(pids) - before
    data = json.loads([line for line in out.splitlines() if line.startswith("{")][-1])
    data["rps"] = data["requests"] / (data["duration_us"] / 1e6)
    data["cpu_ms"] = used / data["requests"] * 1000 if pids and data["requests"] else None
    return data


def setup_database(args) -> tuple[object | None, dict]:
    """A database to measure: a new one in a throwaway PostgreSQL, filled with generate(), or --database-url."""
    if args.database_url:
        env = {"DATABASE_URL": args.database_url, "DJANGO_SECRET_KEY": SECRET_KEY, "DJANGO_DEBUG": "false"}
        env.update(DJANGO_LOG_LEVEL="WARNING", **SERVE_ENV)
        os.environ.update(env)
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vetting.settings")
        import django

        django.setup()
        return None, env
    print("Starting PostgreSQL …", flush=True)
    postgres = services.start_postgres()
    try:
        env = migrated_database(postgres, "vetting_bench", **SERVE_ENV)
        print(f"Generating {args.listings:,} published, scored listings …", flush=True)
        started = time.perf_counter()
        generate(args.listings)
        print(f"  done in {time.perf_counter() - started:.0f} s", flush=True)
    except BaseException:
        postgres.stop()
        raise
    return postgres, env


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--listings", type=int, default=100_000)
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--cache", choices=["redis", "locmem"], default="redis")
    parser.add_argument("--database-url", help="measure this database (made by generate) instead of a new one")
    args = parser.parse_args()

    postgres, env = setup_database(args)
    redis = services.start_redis() if args.cache == "redis" else None
    if redis is not None:
        env["REDIS_URL"] = redis.url
    gunicorn = None
    try:
        port = services.free_port()
        from listings.models import Listing

        all_ids = list(Listing.objects.published().order_by("pk").values_list("pk", flat=True))
        listings = len(all_ids)
        detail = all_ids[listings // 2]
        rng = random.Random(11)
        # Real traffic is many different URLs: the page cache then only helps the popular ones.
        many_browse = many_browse_paths(rng, 500)
        many_details = [f"/listings/{pk}/" for pk in rng.sample(all_ids, min(2000, len(all_ids)))]
        from django.db import connections

        connections.close_all()

        browse = "/listings/?work_type=customer_service&region=US-TX&pay_basis=hour&sort=score"
        passes = [
            # (page cache seconds, [(label, path)]): the minimal view and detail are never page-cached.
            (
                60,
                [
                    ("minimal view (/healthz)", "/healthz"),
                    ("browse: 3 filters + sort by score", browse),
                    ("listing detail", f"/listings/{detail}/"),
                    ("search", "/listings/?q=reservations"),
                    ("browse: 500 different filter URLs", many_browse),
                    ("detail: 2,000 different listings", many_details),
                ],
            ),
            (
                0,
                [
                    ("browse, page cache off", browse),
                    ("search, page cache off", "/listings/?q=reservations"),
                    ("search, rare word, page cache off", f"/listings/?q={RARE_WORD}"),
                    # One URL over and over can be helped by anything kept per filter set (the filter form's HTML
                    # is): 500 different ones show what a page nobody asked for lately costs.
                    ("browse: 500 URLs, page cache off", many_browse),
                ],
            ),
        ]
        with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as handle:
            handle.write(WRK_SCRIPT)
        results = []
        for cache_seconds, urls in passes:
            if redis is not None:  # each pass starts from an empty cache, as the locmem caches do
                import redis as redis_client

                redis_client.Redis.from_url(redis.url).flushall()
            gunicorn = start_gunicorn(port, args.workers, {**env, "PAGE_CACHE_SECONDS": str(cache_seconds)})
            base = f"http://127.0.0.1:{port}"
            wait_for(base + "/healthz")

            def serving(gunicorn=gunicorn):
                return server_pids(gunicorn, redis)

            for _, path in urls:
                for one in [path] if isinstance(path, str) else path[:3]:
                    with urllib.request.urlopen(base + one, timeout=30) as response:
                        assert response.status == 200, one
            for label, path in urls:
                if isinstance(path, str):
                    print(f"wrk {args.connections} connections, {args.seconds} s: {path}", flush=True)
                    result = run_wrk(
                        base + path,
                        seconds=args.seconds,
                        connections=args.connections,
                        script=handle.name,
                        serving=serving,
                    )
                else:
                    print(f"wrk {args.connections} connections, {args.seconds} s: {len(path)} URLs in turn", flush=True)
                    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as rotating:
                        rotating.write(rotating_script(path))
                    result = run_wrk(
                        base + path[0],
                        seconds=args.seconds,
                        connections=args.connections,
                        script=rotating.name,
                        serving=serving,
                    )
                    Path(rotating.name).unlink()
                results.append((label, path, result))
            gunicorn.terminate()
            gunicorn.wait(timeout=30)
            gunicorn = None
        Path(handle.name).unlink()

        print()
        print(
            f"{listings:,} published listings, PostgreSQL 15, cache {args.cache}, gunicorn {args.workers} sync "
            f"workers, DEBUG off, wrk -t2 -c{args.connections} -d{args.seconds}s on 127.0.0.1 "
            f"({os.cpu_count()} cores shared)"
        )
        # CPU ms/req: what gunicorn, PostgreSQL and Redis used per request during the run (wrk's own not included).
        header = f"{'page':36} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'req/s':>8} {'errors':>7}"
        print(f"{header} {'CPU ms/req':>11}  target")
        for label, _, r in results:
            p50, p95, p99 = (r[k] / 1000 for k in ("p50", "p95", "p99"))
            cpu = f"{r['cpu_ms']:11.2f}" if r["cpu_ms"] is not None else f"{'':11}"
            line = f"{label:36} {p50:8.1f} {p95:8.1f} {p99:8.1f} {r['rps']:8.0f} {r['errors']:7d} {cpu}"
            print(f"{line}  {target_text(label, r)}".rstrip())
        errors = sum(r["errors"] for _, _, r in results)
        print(f"\nerrors, all pages: {errors} (target 0: {'met' if errors == 0 else 'NOT MET'})")
        print(f"machine load (1 min): {os.getloadavg()[0]:.1f}")
    finally:
        if gunicorn is not None:
            gunicorn.terminate()
            gunicorn.wait(timeout=30)
        if redis is not None:
            redis.stop()
        if postgres is not None:
            postgres.stop()


if __name__ == "__main__":
    main()
