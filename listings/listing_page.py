"""The listing page's one query: a published listing by primary key, with its employer, the "likely scam
elsewhere" flag and (on PostgreSQL) its filter tags, its SQL built once per process and database.

Django builds a query's SQL anew each time it runs one: for this query of some 80 columns that took about 0.55 ms
of CPU, two thirds of reading the listing and more than a sixth of a listing page whose body is in the fragment
cache. The query is defined with the ORM as before (`page_queryset`); what is kept is its SQL and how its columns
become the listing and its employer, which are then made from each row the way the ORM makes them. Nothing read
is kept: every request reads the row, so a moderator's change shows on the next one.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import connections, router
from django.db.models.query import get_related_populators

from listings import filter_tags
from listings.models import Listing

# Stands for the primary key while the SQL is built; found again among the parameters, where each request's goes.
_PK_MARKER = -7_193_052_841


def page_queryset(using: str):
    """What the listing page reads, as a QuerySet (also the definition the kept SQL is built from)."""
    queryset = Listing.objects.using(using).published().for_cards()
    if filter_tags.available():  # tags only where the database keeps them (PostgreSQL)
        queryset = queryset.annotate(card_tags=filter_tags.FilterTags())
    return queryset


@dataclass(frozen=True)
class _Compiled:
    sql: str
    params: tuple
    pk_index: int
    compiler: object  # the SQL compiler that built it: its converters turn raw column values into Python ones
    fields_start: int
    fields_end: int
    init_list: list[str]
    related_populators: list
    annotation_col_map: dict[str, int]


_compiled: dict[tuple[str, str], _Compiled] = {}


def _compile(using: str) -> _Compiled:
    compiler = page_queryset(using).filter(pk=_PK_MARKER).query.get_compiler(using=using)
    sql, params = compiler.as_sql()
    params = tuple(params)
    if params.count(_PK_MARKER) != 1:
        raise RuntimeError("the listing page's query must take its primary key exactly once")
    # As django.db.models.query.ModelIterable reads the compiler once it has built the SQL.
    select, klass_info = compiler.select, compiler.klass_info
    select_fields = klass_info["select_fields"]
    start, end = select_fields[0], select_fields[-1] + 1
    return _Compiled(
        sql=sql,
        params=params,
        pk_index=params.index(_PK_MARKER),
        compiler=compiler,
        fields_start=start,
        fields_end=end,
        init_list=[column[0].target.attname for column in select[start:end]],
        related_populators=get_related_populators(klass_info, select, using),
        annotation_col_map=dict(compiler.annotation_col_map),
    )


def published_listing(pk: int) -> Listing | None:
    """The published listing `pk` with everything its page shows on its own row, or None."""
    using = router.db_for_read(Listing)
    connection = connections[using]
    key = (using, connection.vendor)
    compiled = _compiled.get(key)
    if compiled is None:
        compiled = _compiled[key] = _compile(using)
    params = list(compiled.params)
    params[compiled.pk_index] = pk
    with connection.cursor() as cursor:
        cursor.execute(compiled.sql, params)
        raw = cursor.fetchone()
    if raw is None:
        return None
    (row,) = compiled.compiler.results_iter(results=[[raw]])
    listing = Listing.from_db(using, compiled.init_list, row[compiled.fields_start : compiled.fields_end])
    for populator in compiled.related_populators:
        populator.populate(row, listing)
    for name, position in compiled.annotation_col_map.items():
        setattr(listing, name, row[position])
    return listing
