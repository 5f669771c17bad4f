"""Pagination for browse: a count capped at COUNT_CAP, and pages of few matches sorted without the sort index.

One query reads the matches' ids and sort values, up to COUNT_CAP + 1 of them (through the covering index
of migration 0013, without visiting the table). It gives the count; and when the matches are few, it
also gives the page: their ids are sorted here and the page reads those 20 rows by primary key. Walking
a sort index for a page of 20 is fast only when matches are dense and spread evenly along it: for
pay-per-call listings sorted by pay (all without a pay multiple, so at the very end of that index) it
walked 45,000 entries at 100,000 listings. When matches are many (more than COUNT_CAP), PostgreSQL
reads the page along the sort index as before.
"""

from __future__ import annotations

from django.core.paginator import Page, Paginator
from django.db import connection, transaction
from django.db.models import F, OrderBy
from django.utils.functional import cached_property

COUNT_CAP = 1000


def _sort_column(queryset) -> str | None:
    """The column of an ordering (F(column).desc(nulls_last=True), "-id"), which browse's sorts all have."""
    ordering = queryset.query.order_by
    if len(ordering) != 2 or ordering[1] != "-id":
        return None
    first = ordering[0]
    if isinstance(first, OrderBy) and first.descending and first.nulls_last and isinstance(first.expression, F):
        return first.expression.name
    return None


def _descending_nulls_last(row: tuple):
    """Sort key for (pk, value) rows, used with reverse=True: values first, largest first, then by id."""
    pk, value = row
    return (value is not None, value, pk)


class CappedPaginator(Paginator):
    """Counts matches only up to COUNT_CAP ("1,000+ listings"): an exact count of a broad search over
    100,000 listings costs more than the page itself, and nobody pages past 50 pages."""

    def __init__(self, *args, text_search: bool = False, rows=None, **kwargs):
        """`rows`: where the page's rows are read by primary key (default: the filtered queryset). The
        unfiltered base queryset spares building and running every filter again for 20 known ids."""
        super().__init__(*args, **kwargs)
        self.text_search = text_search and connection.vendor == "postgresql"
        self.sort_column = _sort_column(self.object_list)
        self.rows = self.object_list if rows is None else rows

    @cached_property
    def matches(self) -> list[tuple]:
        """(pk, sort value) of up to COUNT_CAP + 1 matches, in no particular order."""
        queryset = self.object_list.order_by()
        column = self.sort_column or "pk"
        return list(queryset.values_list("pk", column)[: COUNT_CAP + 1])

    @property
    def more(self) -> bool:
        return len(self.matches) > COUNT_CAP

    @cached_property
    def count(self) -> int:
        return min(len(self.matches), COUNT_CAP)

    def get_page(self, number):
        if self.text_search:
            # PostgreSQL underestimates to_tsvector's cost: with a LIMIT it prefers a scan that computes the
            # vector row by row (seconds for a rare word) over the GIN index (milliseconds). Leave it bitmap
            # scans for the matches and, when they are few, for the page too: walking the sort index for a
            # word in five listings out of 100,000 took 8 s. Many matches are found within a few rows of
            # the sort index, so that page is read outside.
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute("SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off")
                if not self.more:
                    return super().get_page(number)
        return super().get_page(number)

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = min(bottom + self.per_page, self.count)  # as Django's: the last page ends at the (capped) count
        if self.sort_column is not None and not self.more:
            ranked = sorted(self.matches, key=_descending_nulls_last, reverse=True)
            ids = [pk for pk, _ in ranked[bottom:top]]
        else:
            # The ids alone, so PostgreSQL can walk a covering sort index without visiting the table.
            ids = list(self.object_list.values_list("pk", flat=True)[bottom:top])
        rows = {row.pk: row for row in self.rows.order_by().filter(pk__in=ids)}
        # A listing unpublished between the two queries is left out rather than shown.
        return Page([rows[pk] for pk in ids if pk in rows], number, self)
