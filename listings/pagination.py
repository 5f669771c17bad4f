"""Pagination for browse: a count capped at COUNT_CAP, and every page read from the count's own query.

One query reads the ids of the first COUNT_CAP + 1 matches in the page's order. It gives the count ("1,000+
listings" past the cap), and since no page lies past the cap, it gives every page too: the page then reads
its 20 rows by primary key.

PostgreSQL can answer that query two ways. It can walk the sort index (index entries only: the filter tags
are in it, migrations 0017 and 0020; a search tests each row's stored words, 0018) and stop at the 1,001st
match: about 1,001 ÷ (the share of listings that match) entries, the same at any table size, but the whole
index when the matches are fewer than 1,001 or bunched at its end. Or it can find every match through the
GIN indexes and sort them: cheap for few matches, growing with them. Which is cheaper depends on how many
match, which the planner estimates; an estimate a little high for a filter set of about 1,001 matches (a
few percent of 20,000 listings, a tenth of a percent of 1,000,000) would send it along the whole index. So
the walk is left to it only when it expects at least WALK_FROM times the matches the count needs, where even
an estimate several times too high still finds them early. Otherwise, with index walks off, the count reads
the ids and sort values of up to 1,001 matches in no order through the GIN indexes (stopping at the 1,001st
row, not fetching and sorting every match); when that is all of them PostgreSQL sorts them, and when there
are more, the page itself is read along the sort index (20 matches, where 1,001 are known to exist).
"""

from __future__ import annotations

import json

from django.core.cache import cache
from django.core.paginator import Page, Paginator
from django.db import connection
from django.db.models import F, OrderBy
from django.utils.functional import cached_property

from listings.filter_tags import HasTags

COUNT_CAP = 1000
WALK_FROM = 5  # times COUNT_CAP + 1 matches expected, for PostgreSQL to be left the choice of a walk


# Planner settings for one statement: no walk of an index or the table from one end (bitmaps over the GIN and
# other indexes only). Sent with the statement in one round trip (see _unordered_rows).
NO_WALKS = ("enable_indexscan", "enable_indexonlyscan", "enable_seqscan")


def expected_matches(queryset) -> float:
    """PostgreSQL's estimate of how many rows `queryset` matches (planning only, nothing is read).

    Asked of the ids alone: the same estimate (the employer join and the cards' other annotations do not change
    how many listings match) for a tenth of the planning: a search's full card query took 2.9 ms to plan, its ids
    0.3 ms."""
    plan = json.loads(queryset.order_by().values("pk").explain(format="json"))
    return plan[0]["Plan"]["Plan Rows"]


def _unordered_ids(queryset, column: str, limit: int) -> list[int]:
    """The ids of up to `limit` matches of `queryset`, found in no order with index walks and sequential scans off
    for this statement only, then sorted as browse sorts (`column` descending, missing values last, then newest
    id): the page's order when they are all the matches.

    PostgreSQL sorts them (at most `limit` rows) and sends ids alone: reading 1,001 sort values here cost up to 3 ms
    of CPU (a timestamp each, when sorted by newest) against 0.3 ms for the ids. The settings and the query go in
    one round trip: several statements in one simple query are one transaction, so SET LOCAL lasts for that query
    alone (a transaction around them cost three more round trips: BEGIN, the SET, COMMIT). Inside a caller's
    transaction the settings are put back after it, so nothing else runs with them. Needs client-side binding
    (Django's default for psycopg), which sends such a query as one."""
    sql, params = queryset.order_by().values_list("pk", column)[:limit].query.sql_with_params()
    before = "; ".join(f"SET LOCAL {name} = off" for name in NO_WALKS)
    after = "".join(f"; SET LOCAL {name} TO DEFAULT" for name in NO_WALKS) if connection.in_atomic_block else ""
    ordered = f"SELECT found.pk FROM ({sql}) AS found (pk, value) ORDER BY found.value DESC NULLS LAST, found.pk DESC"
    with connection.cursor() as cursor:
        cursor.execute(f"{before}; {ordered}{after}", params)
        while cursor.description is None:  # past the SETs, to the query's rows
            cursor.nextset()
        return [pk for (pk,) in cursor.fetchall()]


def _sort_column(queryset) -> str | None:
    """The column of an ordering (F(column).desc(nulls_last=True), "-id"), which browse's sorts all have."""
    ordering = queryset.query.order_by
    if len(ordering) != 2 or ordering[1] != "-id":
        return None
    first = ordering[0]
    if isinstance(first, OrderBy) and first.descending and first.nulls_last and isinstance(first.expression, F):
        return first.expression.name
    return None


class CappedPaginator(Paginator):
    """Counts matches only up to COUNT_CAP ("1,000+ listings"): an exact count of a broad search over
    100,000 listings costs more than the page itself, and nobody pages past 50 pages."""

    def __init__(self, *args, read_rows=None, count_tags=(), matches_key=None, matches_seconds=0, **kwargs):
        """`read_rows(ids)`: the page's rows by primary key, as {pk: row} (default: from the filtered queryset).
        Reading them by id alone spares building and running every filter again for 20 known ids.

        `count_tags`: filter tags every match has that the filters test on a column instead (the pay basis:
        ListingFilter.count_tags), added to the count through the GIN indexes only. There the index then finds
        only matches, and PostgreSQL reads about 1,001 rows instead of about twice as many to drop the others;
        in the planner's estimate and the walks along the sort indexes the same fact would count twice.

        `matches_key`: a cache key for the matches of these filters in this order, kept `matches_seconds`. The key
        must change whenever what matches can (browse keys it on the public pages' generation, which every
        publish, moderation and re-score moves on): the page's rows are still read afresh, and a listing
        unpublished since is left out of them."""
        super().__init__(*args, **kwargs)
        self.read_rows = read_rows or self._rows_of_object_list
        self.count_tags = list(count_tags)
        self.matches_key = matches_key if matches_seconds > 0 else None
        self.matches_seconds = matches_seconds

    def _rows_of_object_list(self, ids: list[int]) -> dict:
        return {row.pk: row for row in self.object_list.order_by().filter(pk__in=ids)}

    @cached_property
    def _read(self) -> tuple[list, bool]:
        """(ids of up to COUNT_CAP + 1 matches, whether they are in the page's order)."""
        if self.matches_key is None:
            return self._find_matches()
        found = cache.get(self.matches_key)
        if found is None:
            found = self._find_matches()
            cache.set(self.matches_key, found, self.matches_seconds)
        return found

    def _find_matches(self) -> tuple[list, bool]:
        queryset = self.object_list
        if queryset.query.is_empty():  # filters the form refused (queryset.none()): nothing to ask
            return [], True
        ids = queryset.values_list("pk", flat=True)[: COUNT_CAP + 1]
        column = _sort_column(queryset)
        if (
            connection.vendor != "postgresql"
            or column is None
            or expected_matches(queryset) >= WALK_FROM * (COUNT_CAP + 1)
        ):
            return list(ids), True
        # Few matches expected: through the GIN indexes (or a bitmap over another index), never a walk of an
        # index or the table from one end.
        if self.count_tags:
            queryset = queryset.filter(HasTags(self.count_tags))
        found = _unordered_ids(queryset, column, COUNT_CAP + 1)
        # All the matches: in the page's order. More: the first 1,001 found, in theirs only.
        return found, len(found) <= COUNT_CAP

    @property
    def matches(self) -> list[int]:
        return self._read[0]

    @property
    def more(self) -> bool:
        return len(self.matches) > COUNT_CAP

    @cached_property
    def count(self) -> int:
        return min(len(self.matches), COUNT_CAP)

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = min(bottom + self.per_page, self.count)  # as Django's: the last page ends at the (capped) count
        if self._read[1]:
            ids = self.matches[bottom:top]
        else:  # more than the cap, read in no order: the page along the sort index, which finds it early
            ids = list(self.object_list.values_list("pk", flat=True)[bottom:top])
        rows = self.read_rows(ids)
        # A listing unpublished between the two queries is left out rather than shown.
        return Page([rows[pk] for pk in ids if pk in rows], number, self)
