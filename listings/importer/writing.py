"""Writing a batch of rows in one transaction: COPY on PostgreSQL (bulk_create elsewhere); employers in one INSERT."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import partial
from types import SimpleNamespace

from django.db import DEFAULT_DB_ALIAS, IntegrityError, connection, connections, transaction
from django.utils.text import slugify

from listings.importer.mapping import Row
from listings.models import Employer, Fee, Listing
from listings.models.listing import SNAPSHOT_FIELDS
from scoring.offer import Offer
from scoring.services import SCORE_FIELDS

# What an import writes besides the score: every column but the key, moderation state, timestamps and dates.
NOT_CONTENT = {"id", "status", "published_at", "created_at", "updated_at", "posted_on", "expires_on", *SCORE_FIELDS}
CONTENT_FIELDS = [f.name for f in Listing._meta.concrete_fields if f.name not in NOT_CONTENT]
CONTENT_ATTNAMES = [Listing._meta.get_field(name).attname for name in CONTENT_FIELDS]
LISTING_COLUMNS = [f for f in Listing._meta.concrete_fields if not f.primary_key]
FEE_COLUMNS = ("listing", "kind", "amount", "currency", "timing", "recurring")


class EmployerCache:
    """Employers by lower-case name; missing ones are created unreviewed with a unique slug."""

    def __init__(self):
        self.by_name = {
            name.lower(): (pk, name, status, domain)
            for pk, name, status, domain in Employer.objects.values_list("pk", "name", "status", "email_domain")
        }
        self.slugs = set(Employer.objects.values_list("slug", flat=True))
        self.created = 0

    def get(self, name: str) -> tuple[int, str, str, str]:
        """(pk, name, status, e-mail domain)."""
        if name.lower() not in self.by_name:
            self.ensure([name])
        return self.by_name[name.lower()]

    def ensure(self, names) -> None:
        """Create the employers not known yet, in one INSERT."""
        missing: dict[str, Employer] = {}
        for name in names:
            key = name.lower()
            if key not in self.by_name and key not in missing:
                missing[key] = Employer(name=name, slug=self._slug(name), status=Employer.Status.UNREVIEWED)
        if not missing:
            return
        try:
            with transaction.atomic():
                created = Employer.objects.bulk_create(missing.values())
        except IntegrityError:  # one was created meanwhile, outside this import: match or create one by one
            for employer in missing.values():
                self.slugs.discard(employer.slug)
            created = [self._match_or_create(employer.name) for employer in missing.values()]
        for employer in created:
            self.by_name[employer.name.lower()] = (employer.pk, employer.name, employer.status, employer.email_domain)
        self.created += len(created)

    def _slug(self, name: str) -> str:
        base = slugify(name)[:200] or "employer"
        slug, n = base, 1
        while slug in self.slugs:
            n += 1
            slug = f"{base}-{n}"
        self.slugs.add(slug)
        return slug

    def _match_or_create(self, name: str) -> Employer:
        existing = Employer.objects.filter(name__iexact=name).first()
        if existing is not None:
            return existing
        self.slugs.update(Employer.objects.filter(slug__startswith=slugify(name)[:200]).values_list("slug", flat=True))
        return Employer.objects.create(name=name, slug=self._slug(name), status=Employer.Status.UNREVIEWED)


def offer_for(row: Row, listing, employer: tuple[int, str, str, str]) -> Offer:
    """The same snapshot Listing.to_offer() makes of the saved row, without reading it back."""
    return Offer.from_values(
        {name: getattr(listing, name) for name in SNAPSHOT_FIELDS},
        employer_name=employer[1],
        employer_status=employer[2],
        employer_email_domain=employer[3],
        work_types=tuple(sorted(set(row.work_types))),
        hiring_regions=tuple(sorted(set(row.regions))),
        fees=tuple(row.fees),
    )


def listing_defaults() -> dict:
    return {f.attname: f.get_default() for f in LISTING_COLUMNS}


def listing_snapshot(row: Row, employer_id: int, *, status: str, now, defaults: dict) -> SimpleNamespace:
    """A new listing's column values (by attribute name), without building a model instance."""
    return SimpleNamespace(
        **{
            **defaults,
            "employer_id": employer_id,
            "title": row.title,
            "description": row.description,
            "external_id": row.external_id,
            "source_url": row.source_url,
            "source_label": row.label,
            "evidence": row.evidence,
            "status": status,
            "published_at": now if status == Listing.Status.PUBLISHED else None,
            "created_at": now,
            "updated_at": now,
            **row.values,
        }
    )


def copy_content(target: Listing, source) -> None:
    for attname in [*CONTENT_ATTNAMES, *SCORE_FIELDS]:
        setattr(target, attname, getattr(source, attname))


def _copy_in(table: str, columns: list[str], rows) -> None:
    """PostgreSQL COPY ... FROM STDIN: no SQL text to build or parse per row, unlike a many-row INSERT."""
    qn = connection.ops.quote_name
    statement = f"COPY {qn(table)} ({', '.join(qn(c) for c in columns)}) FROM STDIN"
    with connection.cursor() as cursor, connection.wrap_database_errors, cursor.copy(statement) as copy:
        for values in rows:
            copy.write_row(values)


def _insert_listings(new: list[tuple[Row, SimpleNamespace]]) -> None:
    """Insert new listings and set their ids on the rows."""
    if connection.vendor != "postgresql":
        listings = [Listing(**vars(snapshot)) for _, snapshot in new]
        for listing, (row, _) in zip(Listing.objects.bulk_create(listings), new, strict=True):
            row.listing_id = listing.pk
        return
    table, pk = Listing._meta.db_table, Listing._meta.pk.column
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)", [table, pk, len(new)]
        )
        ids = sorted(value for (value,) in cursor.fetchall())
    for (row, _), pk_value in zip(new, ids, strict=True):
        row.listing_id = pk_value
    adapters = [(f.attname, _copy_adapter(f)) for f in LISTING_COLUMNS]
    _copy_in(
        table,
        [pk, *(f.column for f in LISTING_COLUMNS)],
        (
            [row.listing_id, *(adapt(values[name]) if adapt else values[name] for name, adapt in adapters)]
            for row, values in ((row, vars(snapshot)) for row, snapshot in new)
        ),
    )


# Python values psycopg writes as the ORM would (get_db_prep_save returns them unchanged on PostgreSQL).
PLAIN_TYPES = {"CharField", "TextField", "URLField", "EmailField", "SlugField", "DecimalField", "DateTimeField",
               "DateField", "IntegerField", "PositiveIntegerField", "PositiveSmallIntegerField", "SmallIntegerField",
               "BigIntegerField", "BooleanField", "ForeignKey"}  # fmt: skip


def _copy_adapter(model_field) -> Callable | None:
    """How a value of `model_field` goes into COPY: None when as is, else the conversion (the ORM's, for the rest)."""
    kind = model_field.get_internal_type()
    if kind in PLAIN_TYPES:
        return None
    if kind == "JSONField":
        dumps = json.dumps if model_field.encoder is None else partial(json.dumps, cls=model_field.encoder)
        return lambda value: None if value is None else dumps(value)
    wrapper = connections[DEFAULT_DB_ALIAS]
    return lambda value: model_field.get_db_prep_save(value, wrapper)


def _write_relations(rows: list[Row], *, replace: bool) -> None:
    ids = [row.listing_id for row in rows]
    region_through = Listing.hiring_regions.through
    work_through = Listing.work_types.through
    if replace and ids:
        Fee.objects.filter(listing_id__in=ids).delete()
        region_through.objects.filter(listing_id__in=ids).delete()
        work_through.objects.filter(listing_id__in=ids).delete()
    fees = [(row.listing_id, f.kind, f.amount, f.currency, f.timing, f.recurring) for row in rows for f in row.fees]
    regions = [(row.listing_id, code) for row in rows for code in row.regions]
    work_types = [(row.listing_id, code) for row in rows for code in row.work_types]
    if connection.vendor == "postgresql":
        for model, names, values in (
            (Fee, FEE_COLUMNS, fees),
            (region_through, ("listing", "region"), regions),
            (work_through, ("listing", "worktype"), work_types),
        ):
            if values:
                _copy_in(model._meta.db_table, [model._meta.get_field(name).column for name in names], values)
        return
    Fee.objects.bulk_create(
        Fee(listing_id=listing_id, kind=kind, amount=amount, currency=currency, timing=timing, recurring=recurring)
        for listing_id, kind, amount, currency, timing, recurring in fees
    )
    region_through.objects.bulk_create(region_through(listing_id=pk, region_id=code) for pk, code in regions)
    work_through.objects.bulk_create(work_through(listing_id=pk, worktype_id=code) for pk, code in work_types)


def write_batch(new: list[tuple[Row, SimpleNamespace]], changed: list[tuple[Row, Listing]]) -> None:
    """One all-or-nothing write of created and changed rows."""
    with transaction.atomic():
        if new:
            _insert_listings(new)
            _write_relations([row for row, _ in new], replace=False)
        if changed:
            Listing.objects.bulk_update(
                [listing for _, listing in changed], [*CONTENT_FIELDS, *SCORE_FIELDS, "updated_at"]
            )
            _write_relations([row for row, _ in changed], replace=True)
