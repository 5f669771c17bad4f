"""A QuerySet whose SQL is built once per process and database, then run with a new value for one parameter.

Django builds a query's SQL anew each time it runs it, and for the queries of the listing page and of browse's
page of cards that took more CPU than PostgreSQL took to answer them. The query is still defined with the ORM (a
function of the database alias and a marker value standing for the parameter); what is kept is its SQL, where the
marker's value goes, and the compiler's converters, which turn each row's raw values into Python ones as the ORM
would. Nothing read is kept: every call reads its rows afresh.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.db import connections
from django.db.models import Model, QuerySet
from django.db.models.query import get_related_populators


@dataclass(frozen=True)
class _Compiled:
    sql: str
    params: tuple
    marker_index: int
    compiler: object
    converters: dict  # {column: (converters, expression)}, as the compiler applies them (asked once, not per row set)


@dataclass(frozen=True)
class _Instances:
    """How a row becomes a model instance, as django.db.models.query.ModelIterable reads the compiler."""

    fields_start: int
    fields_end: int
    init_list: list[str]
    related_populators: list
    annotation_col_map: dict[str, int]


class CompiledQuery:
    """`build(using, marker)` gives the QuerySet, taking `marker` as one parameter exactly once; `rows(value)` and
    `instances(value)` run its kept SQL with `value` in the marker's place."""

    def __init__(self, build: Callable[[str, object], QuerySet], marker: object):
        self.build = build
        self.marker = marker
        self._compiled: dict[tuple[str, str], _Compiled] = {}
        self._made: dict[tuple[str, str], _Instances] = {}

    def _get(self, using: str) -> _Compiled:
        key = (using, connections[using].vendor)
        compiled = self._compiled.get(key)
        if compiled is None:
            compiled = self._compiled[key] = self._compile(using)
        return compiled

    def _compile(self, using: str) -> _Compiled:
        compiler = self.build(using, self.marker).query.get_compiler(using=using)
        sql, params = compiler.as_sql()
        params = tuple(params)
        if params.count(self.marker) != 1:
            raise RuntimeError(f"the query must take its marker {self.marker!r} exactly once: {params!r}")
        if compiler.has_composite_fields([column[0] for column in compiler.select[: compiler.col_count]]):
            raise RuntimeError("a kept query cannot read composite primary keys")
        return _Compiled(
            sql=sql,
            params=params,
            marker_index=params.index(self.marker),
            compiler=compiler,
            converters=compiler.get_converters([column[0] for column in compiler.select[: compiler.col_count]]),
        )

    def _instances(self, using: str) -> _Instances:
        key = (using, connections[using].vendor)
        found = self._made.get(key)
        if found is None:
            compiler = self._get(using).compiler
            select, klass_info = compiler.select, compiler.klass_info
            select_fields = klass_info["select_fields"]
            start, end = select_fields[0], select_fields[-1] + 1
            found = self._made[key] = _Instances(
                fields_start=start,
                fields_end=end,
                init_list=[column[0].target.attname for column in select[start:end]],
                related_populators=get_related_populators(klass_info, select, using),
                annotation_col_map=dict(compiler.annotation_col_map or {}),
            )
        return found

    def rows(self, value, *, using: str = "default") -> list[list]:
        """The query's rows with `value` in the marker's place, each value converted as the ORM converts it."""
        compiled = self._get(using)
        params = list(compiled.params)
        params[compiled.marker_index] = value
        with connections[using].cursor() as cursor:
            cursor.execute(compiled.sql, params)
            raw = cursor.fetchall()
        if not compiled.converters:
            return [list(row) for row in raw]
        return list(compiled.compiler.apply_converters(raw, compiled.converters))

    def instances(self, value, *, using: str = "default") -> list[Model]:
        """The query's model instances (with their select_related objects and annotations), as the ORM makes them."""
        rows = self.rows(value, using=using)
        made = self._instances(using)
        model = self._get(using).compiler.query.model
        found = []
        for row in rows:
            obj = model.from_db(using, made.init_list, row[made.fields_start : made.fields_end])
            for populator in made.related_populators:
                populator.populate(row, obj)
            for name, position in made.annotation_col_map.items():
                setattr(obj, name, row[position])
            found.append(obj)
        return found
