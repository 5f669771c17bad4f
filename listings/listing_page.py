"""The listing page's one query: a published listing by primary key, with its employer, the "likely scam
elsewhere" flag and (on PostgreSQL) its filter tags, its SQL built once per process (listings.compiled_query).

Building that query of some 80 columns took about 0.55 ms of CPU on each request, two thirds of reading the
listing and more than a sixth of a listing page whose body is in the fragment cache. Every request still reads
the row, so a moderator's change shows on the next one.
"""

from __future__ import annotations

from django.db import router

from listings import filter_tags
from listings.compiled_query import CompiledQuery
from listings.models import Listing


def page_queryset(using: str):
    """What the listing page reads, as a QuerySet (also the definition the kept SQL is built from)."""
    queryset = Listing.objects.using(using).published().for_cards()
    if filter_tags.available():  # tags only where the database keeps them (PostgreSQL)
        queryset = queryset.annotate(card_tags=filter_tags.FilterTags())
    return queryset


# The marker stands for the primary key while the SQL is built.
_by_pk = CompiledQuery(lambda using, pk: page_queryset(using).filter(pk=pk), marker=-7_193_052_841)


def published_listing(pk: int) -> Listing | None:
    """The published listing `pk` with everything its page shows on its own row, or None."""
    found = _by_pk.instances(pk, using=router.db_for_read(Listing))
    return found[0] if found else None
