"""Every filter and sort combination the browse form allows, run through the browse paginator against 20,000
listings (bench/site_load.generate: a size where PostgreSQL prefers a sequential scan to a poor index),
with each query EXPLAIN ANALYZEd. No plan may read a listing table sequentially or walk an index over most of
it for a page of 20. Plans are facts about the planner, so nothing here is timed; the load ends with VACUUM FULL
and VACUUM ANALYZE (and autovacuum is off meanwhile), so they are the same on every run."""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path

import pytest
from django.db import connection
from django.http import QueryDict

from listings.filters import SORTS, ListingFilter
from listings.models import Listing
from listings.pagination import CappedPaginator

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

LISTINGS = 20_000
LISTING_TABLES = {"listings_listing", "listings_listing_work_types", "listings_listing_hiring_regions", "listings_fee"}
# One value per filter: a combination is which filters are set (values do not change a plan's shape).
FILTERS = {
    "q": "reservations",
    "work_type": "surveys",
    "direction": "outbound",
    "pay_basis": "call",
    "worker_status": "contractor",
    "region": "US-TX",
    "min_score": "60",
    "verdict": "red_flags",
    "paid_training": "on",
    "no_fees": "on",
}
WALKED_AT_MOST = 0.5  # of a table's rows, for one scan
# How many statements sent with their planner settings were explained (the capped count when few match): the test
# must check those too, not only plain SELECTs.
EXPLAINED_WITH_SETTINGS = []


def combinations():
    for sort in SORTS:
        for size in range(len(FILTERS) + 1):
            for names in itertools.combinations(FILTERS, size):
                yield {"sort": sort, **{name: FILTERS[name] for name in names}}


def _scans(plan: dict):
    yield plan
    for child in plan.get("Plans", ()):
        yield from _scans(child)


def _explained_queries(params: dict) -> list[dict]:
    """The plans of the queries one browse page runs (as the view runs them: same paginator, same settings)."""
    plans = []

    def explain(execute, sql, sql_params, many, context):
        # A statement sent with its planner settings ("SET LOCAL …; SELECT …": listings.pagination) is explained
        # with them, in one statement as well.
        settings, found, select = sql.lstrip().partition("SELECT ")
        statements = settings.split(";")
        if found and not statements[-1].strip() and all(s.strip().startswith("SET LOCAL ") for s in statements[:-1]):
            select = select.split("; SET LOCAL ")[0]  # what puts them back inside a caller's transaction
            with connection.connection.cursor() as cursor:
                cursor.execute(f"{settings}EXPLAIN (ANALYZE, FORMAT JSON) SELECT {select}", sql_params)
                while cursor.description is None:
                    cursor.nextset()
                plans.append(cursor.fetchone()[0][0]["Plan"])
            if settings:
                EXPLAINED_WITH_SETTINGS.append(sql)
        return execute(sql, sql_params, many, context)

    query = QueryDict(mutable=True)
    query.update(params)
    filterset = ListingFilter(query, queryset=Listing.objects.published().for_card_list())
    assert filterset.is_valid(), filterset.errors
    paginator = CappedPaginator(filterset.qs, 20, count_tags=filterset.count_tags)  # as the browse page
    with connection.execute_wrapper(explain):
        list(paginator.get_page(1).object_list)
    return plans


def _problems(plans: list[dict], sizes: dict[str, int]) -> list[str]:
    found = []
    for plan in plans:
        for node in _scans(plan):
            table = node.get("Relation Name")
            if table not in LISTING_TABLES:
                continue
            kind = node["Node Type"]
            if kind == "Seq Scan":
                found.append(f"sequential scan of {table}")
            elif kind in ("Index Scan", "Index Only Scan"):
                loops = node.get("Actual Loops", 1)
                read = (node["Actual Rows"] + node.get("Rows Removed by Filter", 0)) * loops
                if loops == 1 and read > WALKED_AT_MOST * sizes[table]:
                    found.append(f"{kind} on {node['Index Name']} read {read:,} of {sizes[table]:,} rows")
    return found


@pytest.fixture
def statistics_as_loaded():
    """No autovacuum on the listing tables while plans are read: an automatic VACUUM or ANALYZE arriving
    mid-test (the bulk load's row counts reach it late) would change the visibility map or the statistics the
    load ended with, and some plans with them."""

    def autovacuum(enabled: bool) -> None:
        with connection.cursor() as cursor:
            for table in sorted(LISTING_TABLES):
                cursor.execute(f"ALTER TABLE {table} SET (autovacuum_enabled = {str(enabled).lower()})")

    autovacuum(False)
    yield
    autovacuum(True)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_no_browse_combination_scans_or_walks_most_of_a_listing_table(statistics_as_loaded):
    from site_load import generate

    generate(LISTINGS)  # ends with VACUUM FULL, then VACUUM ANALYZE
    with connection.cursor() as cursor:
        sizes = {}
        for table in LISTING_TABLES:
            cursor.execute(f"SELECT count(*) FROM {table}")  # noqa: S608 (names from a constant)
            sizes[table] = cursor.fetchone()[0]

    failures = {}
    checked = 0
    for params in combinations():
        problems = _problems(_explained_queries(params), sizes)
        checked += 1
        if problems:
            failures[json.dumps(params)] = problems

    assert checked == len(SORTS) * 2 ** len(FILTERS)
    assert EXPLAINED_WITH_SETTINGS, "no count read with index walks off was explained"
    assert not failures, f"{len(failures)} of {checked} combinations scan or walk a listing table:\n" + "\n".join(
        f"{params}: {problems}" for params, problems in list(failures.items())[:40]
    )
