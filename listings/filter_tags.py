"""Browse filters as one GIN lookup on PostgreSQL: the tags migration 0017 keeps on each listing.

A filter set becomes "the listing has all of these tags" (@>) plus, for a filter that accepts any of several
values, "at least one of these" (&&). PostgreSQL answers both from the GIN index over `filter_tags`,
intersecting the filters' lists, so a combination with few matches costs about as much as its matches
instead of a walk over the table. SQLite has no such column: callers filter on the columns there.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import connection
from django.db.models import BooleanField, Expression, Field

PAY_BASIS, WORKER_STATUS, DIRECTION, PAID_TRAINING, VERDICT, NO_FEES, WORK_TYPE, REGION, SCORE_BAND = (
    "p:",
    "w:",
    "d:",
    "t:",
    "v:",
    "f:",
    "k:",
    "r:",
    "s:",  # the score's tens (migration 0019): "s:6" for 60 to 69, "s:10" for 100
)


def available() -> bool:
    return connection.vendor == "postgresql"


def tags(prefix: str, values: Iterable[str]) -> list[str]:
    return [prefix + value for value in values]


def score_bands_from(minimum: int) -> list[str]:
    """The bands holding every score of `minimum` or more (and, unless it is a multiple of ten, some below)."""
    return tags(SCORE_BAND, (str(band) for band in range(minimum // 10, 11)))


class HasTags(Expression):
    """`filter_tags @> tags` (every one) or `filter_tags && tags` (any one) on the query's listing table."""

    output_field = BooleanField()
    conditional = True

    def __init__(self, tags: Iterable[str], *, any_of: bool = False):
        super().__init__()
        self.tags = sorted(set(tags))
        self.any_of = any_of

    def as_sql(self, compiler, connection):
        # The query's own table alias: "listings_listing", or U0 where this query is another's subquery.
        alias = compiler.quote_name_unless_alias(compiler.query.get_initial_alias())
        operator = "&&" if self.any_of else "@>"
        return f"{alias}.filter_tags {operator} %s::text[]", (self.tags,)

    def __repr__(self):
        return f"HasTags({self.tags!r}, any_of={self.any_of})"


class FilterTags(Expression):
    """The listing's own tags, read with its row (the cards take their work types from them)."""

    output_field = Field()  # psycopg gives a text[] as a list: nothing to convert

    def as_sql(self, compiler, connection):
        return f"{compiler.quote_name_unless_alias(compiler.query.get_initial_alias())}.filter_tags", ()


def values(listing_tags: Iterable[str] | None, prefix: str) -> list[str]:
    """The values of one kind in a listing's tags, in order: values(tags, WORK_TYPE) -> ["sales", "surveys"]."""
    return [tag[len(prefix) :] for tag in listing_tags or () if tag.startswith(prefix)]


def hiring_regions_from_tags(listing):
    """The regions a listing read with FilterTags() (as `card_tags`) hires in, in the order its
    `hiring_regions.all()` gives them, without a query; None when the listing was read without its tags."""
    listing_tags = getattr(listing, "card_tags", None)
    if listing_tags is None:
        return None
    from listings.filters import regions_in_order

    return regions_in_order(values(listing_tags, REGION))


def prefetch_from_tags(listing) -> None:
    """Give a listing read with FilterTags() (as `card_tags`) its work types, and its fees when it has none,
    as if prefetched: the listing page then reads neither (two queries fewer for a page not yet cached)."""
    listing_tags = getattr(listing, "card_tags", None)
    if listing_tags is None:
        return
    from listings.models import WorkType

    known = {"work_types": [WorkType(code=code) for code in values(listing_tags, WORK_TYPE)]}
    if NO_FEES + "none" in listing_tags:
        known["fees"] = []
    cache = listing.__dict__.setdefault("_prefetched_objects_cache", {})
    for name, objects in known.items():
        # What prefetch_related_objects stores: the relation's queryset with its results already in it.
        queryset = getattr(listing, name).get_queryset()
        queryset._result_cache = objects
        queryset._prefetch_done = True
        cache[name] = queryset
