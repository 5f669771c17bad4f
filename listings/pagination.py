"""Pagination for browse: a count capped at COUNT_CAP, and a search-friendly plan on PostgreSQL."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.db import connection, transaction
from django.utils.functional import cached_property

COUNT_CAP = 1000


class CappedPaginator(Paginator):
    """Counts matches only up to COUNT_CAP ("1,000+ listings"): an exact count of a broad search over
    100,000 listings costs more than the page itself, and nobody pages past 50 pages."""

    def __init__(self, *args, text_search: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.text_search = text_search

    @cached_property
    def total(self) -> int:
        return self.object_list.order_by()[: COUNT_CAP + 1].count()

    def get_page(self, number):
        if not (self.text_search and connection.vendor == "postgresql"):
            return super().get_page(number)
        # PostgreSQL underestimates to_tsvector's cost: with a LIMIT it prefers a scan that computes the
        # vector row by row (seconds for a rare word) over the GIN index (milliseconds). Leave it bitmap scans
        # for the count and, when matches are few, for the page too: walking the sort index for a word in
        # five listings out of 100,000 took 8 s. Many matches are found within a few rows of the sort index.
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off")
            page = super().get_page(number)
            if not self.more:
                page.object_list = list(page.object_list)
        return page

    @property
    def more(self) -> bool:
        return self.total > COUNT_CAP

    @cached_property
    def count(self) -> int:
        return min(self.total, COUNT_CAP)
