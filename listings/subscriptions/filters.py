"""A subscription's browse filters: every filter of the browse page, applied by the browse page's own code.

Four filters have columns of their own on the subscriber (work types, region, minimum score, verdicts:
what the preferences form edits); every other browse filter (search words, direction, pay basis,
employee or contractor, paid training, no fees, and any added later) is kept in `Subscriber.filters` as
the browse page's query values. Together they make the query string the digest filters with
(listings.filters.ListingFilter), so a filter has one definition for browsing and for the digest.
"""

from __future__ import annotations

from django.http import QueryDict

from listings.active_filters import NOT_FILTERS, ActiveFilter, active_filters
from listings.filters import ListingFilter, filter_query

COLUMN_FILTERS = ("work_type", "region", "min_score", "verdict")
KEPT_FILTERS = tuple(name for name in ListingFilter.base_filters if name not in (*COLUMN_FILTERS, *NOT_FILTERS))
MAX_VALUES = 20  # more values of one filter than it has choices is junk


def subscriber_query(subscriber) -> QueryDict:
    """The browse page's query string for this subscription's filters."""
    query = QueryDict(mutable=True)
    if subscriber.work_types:
        query.setlist("work_type", [str(code) for code in subscriber.work_types])
    if subscriber.region_id:
        query["region"] = subscriber.region_id
    if subscriber.min_score:
        query["min_score"] = str(subscriber.min_score)
    if subscriber.verdicts:
        query.setlist("verdict", [str(verdict) for verdict in subscriber.verdicts])
    for name, values in (subscriber.filters or {}).items():
        if name in KEPT_FILTERS and isinstance(values, list):
            query.setlist(name, [str(value) for value in values[:MAX_VALUES]])
    return query


def kept_filters_in(query) -> list[ActiveFilter]:
    """The values of the filters beyond the four columns that the browse filter form accepts, labelled."""
    kept = filter_query(query, KEPT_FILTERS)
    return active_filters(ListingFilter(data=kept).form, kept, names=KEPT_FILTERS)


def filters_value(kept: list[ActiveFilter]) -> dict[str, list[str]]:
    """What Subscriber.filters stores for these filters: {name: [values]}."""
    stored: dict[str, list[str]] = {}
    for active in kept:
        stored.setdefault(active.name, []).append(active.value)
    return stored


def filter_labels(subscriber) -> list[str]:
    """Every filter of the subscription in words ("Pay basis: Hourly"), for its pages and e-mails."""
    query = subscriber_query(subscriber)
    return [active.label for active in active_filters(ListingFilter(data=query).form, query)]
