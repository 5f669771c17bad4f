"""The rows of browse's page of cards: the columns a card shows (listings.cards), read by primary key.

On PostgreSQL they are read as plain values with SQL built once per process (listings.compiled_query) and become
small objects with the attributes a card reads: building that query and making 20 listings and 20 employers as
model instances took about 1 ms of CPU on every uncached browse and search page, more than rendering the 20 cards.
Every request still reads the rows, so a moderator's change shows on the next one. Elsewhere (SQLite) they are
model instances from `for_card_list()`.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.db import router
from django.db.models import BooleanField, Expression

from listings import filter_tags
from listings.compiled_query import CompiledQuery
from listings.models import Listing

# What a card reads of a listing (listings.cards.card_html, trust_caution, work_type_names), in this order.
LISTING_COLUMNS = (
    "title",
    "verdict",
    "score",
    "pay_basis",
    "hourly_estimate",
    "pay_vs_minimum",
    "pay_currency",
    "posted_on",
    "published_at",
    "expires_on",
    "employer_scam_elsewhere",
    "card_tags",
)
EMPLOYER_COLUMNS = ("name", "slug", "status")


class CardEmployer:
    __slots__ = EMPLOYER_COLUMNS

    def __init__(self, name: str, slug: str, status: str):
        self.name, self.slug, self.status = name, slug, status


class CardRow:
    """A listing as its card reads it."""

    __slots__ = ("pk", *LISTING_COLUMNS, "employer")

    def __init__(self, pk: int, values: Sequence, employer: CardEmployer):
        self.pk = pk
        for name, value in zip(LISTING_COLUMNS, values, strict=True):
            setattr(self, name, value)
        self.employer = employer

    def get_absolute_url(self) -> str:
        return Listing(pk=self.pk).get_absolute_url()


class IdIsAny(Expression):
    """`id = ANY(ids)`: the whole list is one parameter, so the kept SQL serves any number of ids."""

    output_field = BooleanField()
    conditional = True

    def __init__(self, ids: list[int]):
        super().__init__()
        self.ids = ids

    def as_sql(self, compiler, connection):
        return f"{compiler.quote_name_unless_alias(compiler.query.get_initial_alias())}.id = ANY(%s::bigint[])", (
            self.ids,
        )


def _cards_queryset(using: str, ids: list[int]):
    return (
        Listing.objects.using(using)
        .published()
        .for_cards()
        .annotate(card_tags=filter_tags.FilterTags())
        .filter(IdIsAny(ids))
        .order_by()
        .values_list("pk", *LISTING_COLUMNS, *(f"employer__{name}" for name in EMPLOYER_COLUMNS))
    )


# The marker stands for the list of ids while the SQL is built.
_by_ids = CompiledQuery(_cards_queryset, marker=[-7_193_052_842])


def card_rows(ids: Sequence[int]) -> dict[int, object]:
    """{pk: what its card reads} for the published listings among `ids` (a listing unpublished since is absent)."""
    if not filter_tags.available():
        return {row.pk: row for row in Listing.objects.published().for_card_list().order_by().filter(pk__in=ids)}
    split = 1 + len(LISTING_COLUMNS)
    return {
        row[0]: CardRow(row[0], row[1:split], CardEmployer(*row[split:]))
        for row in _by_ids.rows(list(ids), using=router.db_for_read(Listing))
    }
