"""Where one request's CPU goes: a page requested in this process (the Django test client, production settings,
the caches in a Redis this script starts) against a database made by `bench/site_load.generate`.

For each page it prints, per request: wall time, this process's CPU, the CPU of its PostgreSQL backend, and the
statements sent; with `--profile` also cProfile's top functions (cumulative), for the first page named.

    .venv/bin/python bench/request_profile.py --database-url URL [--requests 300] [--page detail-many] [--profile]

Pages: `detail-one` (one listing page again and again: its body from the fragment cache), `detail-many` (2,000
different listing pages once each, the fragment cache empty: what a crawler or the benchmark's 2,000 URLs cost),
`browse` (three filters, page cache off), `search` ("reservations", page cache off), `browse-many` (the
benchmark's 500 browse URLs once each, page cache off). Every response must be 200. Requests carry no cookies,
as wrk's do. `--pyinstrument` needs pyinstrument in the environment (not a dependency of the project).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import random
import sys
import time
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))
sys.path.insert(0, str(PROJECT_DIR / "bench"))

from django_setup import SECRET_KEY, SERVE_ENV  # noqa: E402

PAGES = ["detail-one", "detail-many", "browse", "search", "browse-many"]


def backend_cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def paths_for(page: str, requests: int) -> list[str]:
    import site_load

    from listings.models import Listing

    ids = list(Listing.objects.published().order_by("pk").values_list("pk", flat=True))
    rng = random.Random(11)
    if page == "detail-one":
        return [f"/listings/{ids[len(ids) // 2]}/"] * requests
    if page == "detail-many":
        return [f"/listings/{pk}/" for pk in rng.sample(ids, requests)]
    if page == "browse":
        return ["/listings/?work_type=customer_service&region=US-TX&pay_basis=hour&sort=score"] * requests
    if page == "search":
        return ["/listings/?q=reservations"] * requests
    return (site_load.many_browse_paths(random.Random(11), 500) * (requests // 500 + 1))[:requests]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--page", action="append", choices=PAGES, help="default: all")
    parser.add_argument("--profile", action="store_true", help="cProfile the first page named")
    parser.add_argument("--pyinstrument", action="store_true", help="pyinstrument's tree for the first page named")
    parser.add_argument("--lines", type=int, default=45)
    parser.add_argument("--language", default="en", help="Accept-Language of every request")
    args = parser.parse_args()

    from tests import services

    redis = services.start_redis()
    os.environ.update(
        DATABASE_URL=args.database_url,
        DJANGO_SECRET_KEY=SECRET_KEY,
        DJANGO_DEBUG="false",
        DJANGO_LOG_LEVEL="WARNING",
        REDIS_URL=redis.url,
        PAGE_CACHE_SECONDS="0",
        **SERVE_ENV,
    )
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vetting.settings")
    try:
        import django

        django.setup()
        from django.core.cache import caches
        from django.db import connection
        from django.test import Client

        client = Client(HTTP_HOST="127.0.0.1", HTTP_ACCEPT_LANGUAGE=args.language)
        statements = [0]

        def count(execute, sql, params, many, context):
            statements[0] += 1
            return execute(sql, params, many, context)

        for page in args.page or PAGES:
            paths = paths_for(page, args.requests)
            for alias in caches:
                caches[alias].clear()
            # Warm the process (templates, URL resolver, translations) on pages the run will not request.
            warm = "/listings/1/" if page.startswith("detail") else "/listings/?sort=newest"
            for _ in range(3):
                assert client.get(warm).status_code == 200
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_backend_pid()")
                (pid,) = cursor.fetchone()
            first = page == (args.page or PAGES)[0]
            # CPU time, not wall: waiting for PostgreSQL is not this process's cost (its backend is measured apart).
            profiler = cProfile.Profile(time.process_time) if args.profile and first else None
            if args.pyinstrument and first:
                from pyinstrument import Profiler

                profiler = Profiler(interval=0.0002)
                profiler.enable, profiler.disable = profiler.start, profiler.stop
            statements[0] = 0
            pg_before, cpu_before, wall_before = backend_cpu(pid), time.process_time(), time.perf_counter()
            with connection.execute_wrapper(count):
                if profiler:
                    profiler.enable()
                for path in paths:
                    client.cookies.clear()  # as wrk: no CSRF cookie, so each page makes a new token
                    response = client.get(path)
                    assert response.status_code == 200, (path, response.status_code)
                if profiler:
                    profiler.disable()
            n = len(paths)
            wall = (time.perf_counter() - wall_before) / n * 1000
            cpu = (time.process_time() - cpu_before) / n * 1000
            pg = (backend_cpu(pid) - pg_before) / n * 1000
            print(
                f"{page:12} {n} requests: wall {wall:5.1f} ms, Python {cpu:5.2f} ms, PostgreSQL {pg:5.2f} ms, "
                f"in all {cpu + pg:5.2f} ms; {statements[0] / n:.1f} statements{' (profiled)' if profiler else ''}",
                flush=True,
            )
            if profiler and args.pyinstrument:
                from pyinstrument.renderers import ConsoleRenderer

                renderer = ConsoleRenderer(unicode=True, processor_options={"filter_threshold": 0.01})
                print(profiler.output(renderer))
            elif profiler:
                pstats.Stats(profiler).sort_stats("cumulative").print_stats(args.lines)
                pstats.Stats(profiler).sort_stats("tottime").print_stats(args.lines)
    finally:
        redis.stop()


if __name__ == "__main__":
    main()
