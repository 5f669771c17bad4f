"""Pagination for browse: a count capped at COUNT_CAP, and every page read from the count's own query.

One query reads the ids of the first COUNT_CAP + 1 matches in the page's order. It gives the count ("1,000+
listings" past the cap), and since no page lies past the cap, it gives every page too: the page then reads
its 20 rows by primary key. PostgreSQL answers that query one of two ways, each costing about what it
finds rather than what the table holds: when matches are many, it walks the sort index (index entries only:
the filter tags are in it, migration 0017) and stops at the 1,001st match, after about 1,001 ÷ (the share
of listings that match) entries, whatever the table's size; when they are few, it finds them all through
the GIN indexes (filter tags, search words) and sorts them. A search tests each listing's stored words
(migration 0018) along the walk.
"""

from __future__ import annotations

from django.core.paginator import Page, Paginator
from django.utils.functional import cached_property

COUNT_CAP = 1000


class CappedPaginator(Paginator):
    """Counts matches only up to COUNT_CAP ("1,000+ listings"): an exact count of a broad search over
    100,000 listings costs more than the page itself, and nobody pages past 50 pages."""

    def __init__(self, *args, rows=None, **kwargs):
        """`rows`: where the page's rows are read by primary key (default: the filtered queryset). The
        unfiltered base queryset spares building and running every filter again for 20 known ids."""
        super().__init__(*args, **kwargs)
        self.rows = self.object_list if rows is None else rows

    @cached_property
    def matches(self) -> list[int]:
        """The ids of up to COUNT_CAP + 1 matches, in the page's order."""
        return list(self.object_list.values_list("pk", flat=True)[: COUNT_CAP + 1])

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
        ids = self.matches[bottom:top]
        rows = {row.pk: row for row in self.rows.order_by().filter(pk__in=ids)}
        # A listing unpublished between the two queries is left out rather than shown.
        return Page([rows[pk] for pk in ids if pk in rows], number, self)
