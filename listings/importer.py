"""Bulk import of job postings from CSV or JSON Lines, with extraction and scoring of every row.

Decisions (see the README's import section):
- Columns are matched by name, case-insensitively; the public EMSCAD layout is understood as is.
- Encoding: UTF-8 is tried first over the whole file; if it fails the file is read as Windows-1252
  (latin-1 for the few bytes cp1252 leaves undefined) and the report says so on its first line.
- A description longer than Listing.description allows (100,000 characters) rejects that row.
- Each row is all-or-nothing: rows are validated in Python, written in batches, and a batch the
  database refuses is retried row by row in savepoints, so one bad row never takes others with it.
  On PostgreSQL a batch's new listings, fees and regions are written with COPY (ids taken from the
  sequence first); elsewhere with bulk_create. A batch's new employers are created in one INSERT.
- With --jobs N, N processes extract the text of the next two batches while this one scores and writes.
- A source id (`emscad:<job_id>`) or, failing that, the source URL identifies a listing: a re-run
  updates changed rows, skips unchanged ones, and never duplicates.
- The employer is the `company`/`employer` column, else a name at the start of company_profile
  ("Acme Corp is a ..."), else "Unknown employer (import <source>)"; matched by name or created unreviewed.
- A label column (`fraudulent`) goes to Listing.source_label for evaluation; the rules never see it.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import json
import os
import re
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import partial
from pathlib import Path
from types import SimpleNamespace

from django.db import DEFAULT_DB_ALIAS, DatabaseError, IntegrityError, connection, connections, transaction
from django.utils import timezone
from django.utils.text import slugify

from listings.models import Employer, Fee, Listing, Region, WorkType
from listings.models.listing import MAX_PAY
from scoring.extraction import Extraction, extract
from scoring.offer import OFFER_FIELDS, Offer
from scoring.services import SCORE_FIELDS, active_rule_set, apply_result
from scoring.verdict import evaluate

BATCH_SIZE = 500
BATCHES_AHEAD = 2  # batches being extracted while one is written
EXTRACTION_NICENESS = 2  # a little below the writer: see _extraction_pool
MAX_DESCRIPTION = 100_000
MAX_TITLE = 200
TEXT_COLUMNS = ("company_profile", "description", "requirements", "benefits")
ID_COLUMNS = ("job_id", "external_id", "id")
URL_COLUMNS = ("source_url", "url")
EMPLOYER_COLUMNS = ("company", "employer", "company_name", "employer_name")
LABEL_COLUMNS = ("fraudulent", "label", "is_fraud")
COUNTRY_CURRENCY = {"US": "USD", "CA": "CAD", "PH": "PHP", "IN": "INR", "ZA": "ZAR", "PK": "PKR", "GB": "GBP"}
EURO_COUNTRIES = {"AT", "BE", "CY", "DE", "EE", "ES", "FI", "FR", "GR", "HR", "IE", "IT", "LT", "LU", "LV", "MT", "NL",
                  "PT", "SI", "SK"}  # fmt: skip
EXPERIENCE_LEVELS = {"internship": "no", "entry level": "no", "mid-senior level": "yes", "director": "yes",
                     "executive": "yes"}  # fmt: skip
HOURLY_IF_AT_MOST = Decimal("200")  # EMSCAD "10-15" is an hourly range; "30000-40000" a yearly salary
PROFILE_NAME = re.compile(
    r"^\s*(?P<name>(?:[A-Z0-9][\w&.'’-]*)(?:\s+(?:[A-Z0-9&][\w&.'’-]*|of|and|de|the)){0,5})"
    r"(?:,?\s+(?:is|are|was|has|provides|offers|helps|builds|was founded|\(|,))"
)


def _clock() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


class ImportFileError(Exception):
    """The file cannot be imported at all (unreadable, wrong format, required columns missing). Nothing was saved."""


@dataclass
class ImportStats:
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates: int = 0
    rejected: int = 0
    scored: int = 0
    encoding: str = "utf-8"
    last_line: int = 0
    saved_through: int = 0  # every row up to this line is saved or reported
    stopped: str = ""  # why the run stopped early; "" when it finished
    seconds_total: float = 0.0
    seconds_read: float = 0.0
    seconds_extraction: float = 0.0
    seconds_scoring: float = 0.0
    seconds_db: float = 0.0
    seconds_waiting: float = 0.0  # for the extraction processes, while this one had nothing else to do
    cpu_seconds: dict[str, float] = field(default_factory=dict)  # this process's CPU time, by phase
    warnings: list[str] = field(default_factory=list)
    rejections: list[tuple[int, str, str]] = field(default_factory=list)  # (line, source id, reason)

    def reject(self, line: int, source_id: str, reason: str) -> None:
        self.rejected += 1
        self.rejections.append((line, source_id, reason))

    def lap(self, phase: str, since: tuple[float, float]) -> tuple[float, float]:
        """Add the wall and CPU time since `since` (a _clock() reading) to `phase`; return a new reading."""
        now = _clock()
        setattr(self, f"seconds_{phase}", getattr(self, f"seconds_{phase}") + now[0] - since[0])
        self.cpu_seconds[phase] = self.cpu_seconds.get(phase, 0.0) + now[1] - since[1]
        return now

    def summary(self) -> str:
        done = f"stopped: rows up to line {self.saved_through} are done; {self.stopped}" if self.stopped else "finished"
        return (
            f"{self.rows} rows read: {self.created} created, {self.updated} updated, {self.unchanged} unchanged, "
            f"{self.duplicates} duplicates skipped, {self.rejected} rejected; {self.scored} scored ({done})."
        )


@dataclass
class Row:
    line: int
    source_id: str
    external_id: str
    source_url: str
    title: str
    description: str
    employer_name: str
    label: str
    fingerprint: str
    columns: dict  # the structured columns used, for the evidence record
    values: dict = field(default_factory=dict)  # Listing field values
    fees: tuple = ()
    regions: tuple[str, ...] = ()
    work_types: tuple[str, ...] = ()
    evidence: dict = field(default_factory=dict)
    salary: tuple[Decimal, Decimal | None] | None = None
    listing_id: int | None = None


class RowError(ValueError):
    pass


# --- Reading ----------------------------------------------------------------------------------------
def detect_encoding(path: Path) -> tuple[str, int]:
    """("utf-8" or "cp1252", number of lines), reading the file once in chunks."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    lines = 0
    encoding = "utf-8"
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            lines += chunk.count(b"\n")
            if encoding == "utf-8":
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError:
                    encoding = "cp1252"
        if encoding == "utf-8":
            try:
                decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                encoding = "cp1252"
    return encoding, lines


def _open_text(path: Path, encoding: str):
    # cp1252 leaves five bytes undefined; they become U+FFFD rather than stop the import.
    errors = "strict" if encoding == "utf-8" else "replace"
    return path.open("r", encoding="utf-8-sig" if encoding == "utf-8" else encoding, errors=errors, newline="")


def _normalise(name: str) -> str:
    return re.sub(r"\W+", "_", (name or "").strip().lower()).strip("_")


def read_records(path: Path, fmt: str, encoding: str) -> Iterator[tuple[int, dict | None, str]]:
    """(line, record with normalised keys or None, error) for every record in the file."""
    with _open_text(path, encoding) as handle:
        if fmt == "csv":
            csv.field_size_limit(1 << 28)
            reader = csv.reader(handle)
            try:
                header = next(reader)
            except StopIteration:
                raise ImportFileError("The file is empty.") from None
            except csv.Error as exc:
                raise ImportFileError(f"The header row is not valid CSV: {exc}") from None
            keys = [_normalise(h) for h in header]
            check_columns(set(keys))
            start = reader.line_num + 1
            while True:
                try:
                    values = next(reader)
                except StopIteration:
                    return
                except csv.Error as exc:
                    yield start, None, f"not valid CSV: {exc}"
                    start = reader.line_num + 1
                    continue
                line, start = start, reader.line_num + 1
                if not any(v.strip() for v in values):
                    continue
                if len(values) != len(keys):
                    yield line, None, f"has {len(values)} fields; the header has {len(keys)}"
                    continue
                yield line, dict(zip(keys, values, strict=True)), ""
        else:
            checked = False
            for line, text in enumerate(handle, start=1):
                if not text.strip():
                    continue
                try:
                    data = json.loads(text)
                except json.JSONDecodeError as exc:
                    yield line, None, f"not valid JSON: {exc.msg}"
                    continue
                if not isinstance(data, dict):
                    yield line, None, "is not a JSON object"
                    continue
                record = {_normalise(k): "" if v is None else str(v) for k, v in data.items()}
                if not checked:
                    check_columns(set(record))
                    checked = True
                yield line, record, ""


def check_columns(keys: set[str]) -> None:
    missing = []
    if "title" not in keys:
        missing.append("title")
    if not keys & set(ID_COLUMNS + URL_COLUMNS):
        missing.append("job_id (or external_id / source_url, to recognise rows on a re-run)")
    if not keys & set(TEXT_COLUMNS):
        missing.append("description (or company_profile / requirements / benefits)")
    if missing:
        raise ImportFileError(f"Required columns missing: {', '.join(missing)}. Found: {', '.join(sorted(keys))}.")


# --- Mapping one record -----------------------------------------------------------------------------
def _first(record: dict, names: tuple[str, ...]) -> str:
    for name in names:
        value = (record.get(name) or "").strip()
        if value:
            return value
    return ""


def employer_from_profile(profile: str) -> str:
    m = PROFILE_NAME.match(profile or "")
    if not m:
        return ""
    name = m.group("name").strip(" .,-")
    return name if 2 <= len(name) <= 80 and name.lower() not in {"we", "our", "the", "about us", "our company"} else ""


def parse_salary_range(value: str) -> tuple[Decimal, Decimal | None] | None:
    """ "30000-40000" → (30000, 40000); "" or "0-0" → None; anything else is an error for the row."""
    value = value.strip()
    if not value:
        return None
    m = re.fullmatch(r"(\d[\d,]*(?:\.\d+)?)\s*(?:-|–|to)\s*(\d[\d,]*(?:\.\d+)?)|(\d[\d,]*(?:\.\d+)?)", value)
    if not m:
        raise RowError(f"salary_range {value!r} is not a number range like 30000-40000")
    try:
        low = Decimal((m.group(1) or m.group(3)).replace(",", ""))
        high = Decimal(m.group(2).replace(",", "")) if m.group(2) else None
    except InvalidOperation:
        raise RowError(f"salary_range {value!r} is not a number range like 30000-40000") from None
    if high is not None and low > high:
        raise RowError(f"salary_range {value!r}: the minimum is above the maximum")
    if (high or low) > MAX_PAY:
        raise RowError(f"salary_range {value!r} is absurd (above {MAX_PAY:,})")
    if low == 0 and not high:
        return None
    return low, high if high != low else None


def parse_location(value: str, regions: frozenset[str]) -> tuple[str, ...]:
    """ "US, NY, New York" → ("US-NY",); "GB, LND, London" → ("GB",) when the subdivision is not known."""
    parts = [p.strip().upper() for p in value.split(",")]
    if not parts or not parts[0]:
        return ()
    country = parts[0]
    if country not in regions:
        raise RowError(f"location {value!r}: {country!r} is not a known country code")
    if len(parts) > 1 and f"{country}-{parts[1]}" in regions:
        return (f"{country}-{parts[1]}",)
    return (country,)


def map_record(line: int, record: dict, *, source: str, regions: frozenset[str]) -> Row:
    """Validate and map one record (no database). Raises RowError with the reason."""
    title = " ".join((record.get("title") or "").split())
    job_id = _first(record, ID_COLUMNS)
    url = _first(record, URL_COLUMNS)
    if not title:
        raise RowError("title is empty")
    if len(title) > MAX_TITLE:
        raise RowError(f"title is {len(title)} characters; the limit is {MAX_TITLE}")
    if not job_id and not url:
        raise RowError("no job_id or source_url, so the row could not be recognised on a re-run")
    external_id = f"{source}:{job_id}" if job_id else ""
    if len(external_id) > 100:
        raise RowError("job_id is longer than 100 characters")
    if url and (len(url) > 500 or not re.match(r"https?://[^\s/$.?#][^\s]*$", url, re.IGNORECASE)):
        raise RowError("source_url is not an http(s) address of at most 500 characters")
    parts = [(record.get(name) or "").strip() for name in TEXT_COLUMNS]
    description = "\n\n".join(p for p in parts if p)
    if len(description) > MAX_DESCRIPTION:
        raise RowError(
            f"description is {len(description):,} characters; the limit is {MAX_DESCRIPTION:,} (row not imported)"
        )
    if "\x00" in description or "\x00" in title:
        raise RowError("the text contains NUL characters")
    salary = parse_salary_range(record.get("salary_range") or "")
    location_regions = parse_location(record.get("location") or "", regions)
    employer_name = _first(record, EMPLOYER_COLUMNS) or employer_from_profile(record.get("company_profile") or "")
    employer_name = (employer_name or f"Unknown employer (import {source})")[:200]
    label = _first(record, LABEL_COLUMNS)[:20]
    columns = {
        k: record[k]
        for k in ("location", "salary_range", "employment_type", "required_experience")
        if (record.get(k) or "").strip()
    }
    fingerprint = hashlib.sha1(
        json.dumps([title, description, employer_name, label, url, columns], ensure_ascii=False).encode()
    ).hexdigest()
    row = Row(line, job_id or url, external_id, url, title, description, employer_name, label, fingerprint, columns)
    row.regions = location_regions
    row.salary = salary
    return row


def apply_extraction(row: Row, extraction: Extraction | None = None) -> None:
    """Extraction of the text, then the structured columns where the text said nothing."""
    extraction = extract(row.description) if extraction is None else extraction
    values = extraction.listing_values()
    values["application_process"] = values.get("application_process", "")[:5000]
    answers = extraction.answers
    country = row.regions[0].split("-")[0] if row.regions else ""
    salary = row.salary
    basis = values.get("pay_basis", "unknown")
    # The file's range wins over a bare mention of commission, never over a stated rate or "commission only".
    if salary and (basis == "unknown" or (basis == "commission" and values.get("base_pay") != "no")):
        low, high = salary
        currency = COUNTRY_CURRENCY.get(country) or ("EUR" if country in EURO_COUNTRIES else "")
        if currency or not country:
            values.update(
                pay_basis="hour" if (high or low) <= HOURLY_IF_AT_MOST else "salary",
                pay_amount=low,
                pay_amount_max=high,
                pay_currency=currency or "USD",
            )
    employment = (row.columns.get("employment_type") or "").strip().lower()
    if employment == "contract":
        values["worker_status"] = "contractor"
    if employment == "full-time" and "hours_per_week" not in values:
        values["hours_per_week"] = 40
    experience = EXPERIENCE_LEVELS.get((row.columns.get("required_experience") or "").strip().lower())
    if experience and "experience_required" not in values:
        values["experience_required"] = experience
    row.values = values
    row.fees = answers.get("fees", ())
    row.regions = tuple(sorted(set(row.regions) | set(answers.get("hiring_regions", ()))))
    row.work_types = answers.get("work_types", ())
    evidence = extraction.as_dict()
    evidence["source"] = {"line": row.line, "columns": row.columns, "fingerprint": row.fingerprint}
    row.evidence = evidence


# --- Writing ----------------------------------------------------------------------------------------
CONTENT_FIELDS = [
    f.name
    for f in Listing._meta.concrete_fields
    if f.name
    not in {"id", "status", "published_at", "created_at", "updated_at", "score", "verdict", "findings",
            "hourly_estimate", "pay_estimate", "rules_version", "scored_at", "posted_on", "expires_on"}
]  # fmt: skip
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
    """The same snapshot scoring.offer.offer_from_listing makes of the saved row, without reading it back."""
    return Offer(
        **{name: getattr(listing, name) for name in OFFER_FIELDS},
        employer_name=employer[1],
        employer_status=employer[2],
        employer_email_domain=employer[3],
        work_types=tuple(sorted(set(row.work_types))),
        hiring_regions=tuple(sorted(set(row.regions))),
        fees=tuple(row.fees),
    )


def _listing_defaults() -> dict:
    return {f.attname: f.get_default() for f in LISTING_COLUMNS}


def _snapshot(row: Row, employer_id: int, *, status: str, now, defaults: dict) -> SimpleNamespace:
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


def _copy_content(target: Listing, source) -> None:
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


def _write(new: list[tuple[Row, SimpleNamespace]], changed: list[tuple[Row, Listing]]) -> None:
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


@dataclass
class Importer:
    source: str = "emscad"
    publish: bool = False
    batch_size: int = BATCH_SIZE
    rule_set: object = None
    progress: Callable[[int], None] | None = None
    jobs: int = 1  # processes for extraction (the rest stays in this process)
    stats: ImportStats = field(default_factory=ImportStats)
    pool: object = None

    def run(self, path: Path, fmt: str | None = None) -> ImportStats:
        started = time.perf_counter()
        path = Path(path)
        fmt = fmt or guess_format(path)
        try:
            self.stats.encoding, total_lines = detect_encoding(path)
        except OSError as exc:
            raise ImportFileError(f"Cannot read {path}: {exc.strerror or exc}") from exc
        if self.stats.encoding != "utf-8":
            self.stats.warnings.append("The file is not valid UTF-8; it was read as Windows-1252 (cp1252).")
        self.total_lines = total_lines
        if self.jobs > 1:
            from django.db import connection

            if connection.in_atomic_block:  # forking needs the connection closed; inside a transaction it cannot be
                self.stats.warnings.append("Extraction ran in one process: the import runs inside a transaction.")
                self.jobs = 1
            else:
                self.pool = _extraction_pool(self.jobs)
        self.regions = frozenset(Region.objects.values_list("code", flat=True))
        self.work_types = frozenset(WorkType.objects.values_list("code", flat=True))
        self.rule_set = self.rule_set or active_rule_set()
        self.config = self.rule_set.to_config()
        self.employers = EmployerCache()
        self.defaults = _listing_defaults()
        self.seen: dict[str, tuple[int, str]] = {}  # identity → (line, fingerprint)
        batch: list[Row] = []
        # Batches handed to the extraction processes and not yet written, oldest first. Two ahead keep the
        # processes busy while this one scores and writes; without them, extraction runs in _prepare.
        pending: deque = deque()
        ahead = BATCHES_AHEAD if self.pool is not None else 0
        records = read_records(path, fmt, self.stats.encoding)
        try:
            mark = _clock()
            while True:
                item = next(records, None)
                if item is None:
                    break
                line, record, error = item
                self._progress(line)
                self.stats.rows += 1
                row = self._row(line, record, error)
                if row is not None:
                    batch.append(row)
                if len(batch) >= self.batch_size:
                    self.stats.lap("read", mark)
                    pending.append(self._prepare(batch))
                    batch = []
                    while len(pending) > ahead:
                        self._flush(pending.popleft())
                    mark = _clock()
            self.stats.lap("read", mark)
            if batch:
                pending.append(self._prepare(batch))
            while pending:
                self._flush(pending.popleft())
        except ImportFileError:
            raise
        except BaseException as exc:
            self.stats.stopped = f"{type(exc).__name__}: {exc}"[:500]
            raise
        finally:
            if self.pool is not None:
                if self.stats.stopped:  # batches still being extracted will not be written: do not wait for them
                    self.pool.terminate()
                else:
                    self.pool.close()
                self.pool.join()
            self.stats.seconds_total = time.perf_counter() - started
        return self.stats

    def _progress(self, line: int) -> None:
        if self.progress and line > self.stats.last_line:
            self.progress(line - self.stats.last_line)
        self.stats.last_line = max(self.stats.last_line, line)

    def _row(self, line: int, record: dict | None, error: str) -> Row | None:
        if record is None:
            self.stats.reject(line, "", error)
            return None
        try:
            row = map_record(line, record, source=self.source, regions=self.regions)
        except RowError as exc:
            self.stats.reject(line, _first(record, ID_COLUMNS + URL_COLUMNS), str(exc))
            return None
        identity = row.external_id or row.source_url
        if identity in self.seen:
            first_line, fingerprint = self.seen[identity]
            if fingerprint == row.fingerprint:
                self.stats.duplicates += 1
                self.stats.rejections.append((line, row.source_id, f"duplicate of line {first_line}; skipped"))
            else:
                self.stats.reject(line, row.source_id, f"same id as line {first_line} but different content")
            return None
        self.seen[identity] = (line, row.fingerprint)
        return row

    def _prepare(self, batch: list[Row]):
        """Find which rows are new or changed and start their extraction (in the workers, if any)."""
        mark = _clock()
        existing = self._existing(batch)
        mark = self.stats.lap("db", mark)
        fresh = [row for row in batch if existing.get(_identity(row), (0, ""))[1] != row.fingerprint]
        self.stats.unchanged += len(batch) - len(fresh)
        texts = [row.description for row in fresh]
        if self.pool is None or len(texts) < 2 * self.jobs:
            pending = [extract(text) for text in texts]
        else:
            pending = self.pool.map_async(extract, texts, chunksize=max(1, len(texts) // (self.jobs * 4)))
        self.stats.lap("extraction", mark)
        return existing, fresh, pending, batch[-1].line

    def _flush(self, prepared) -> None:
        """Finish a prepared batch: apply extraction, score, write."""
        if prepared is None:
            return
        existing, fresh, pending, last_line = prepared
        mark = _clock()
        extractions = pending if isinstance(pending, list) else pending.get()
        mark = self.stats.lap("waiting", mark)
        for row, extraction in zip(fresh, extractions, strict=True):
            apply_extraction(row, extraction)
            row.work_types = tuple(c for c in row.work_types if c in self.work_types)
            row.regions = tuple(c for c in row.regions if c in self.regions)
        mark = self.stats.lap("extraction", mark)
        self.employers.ensure(row.employer_name for row in fresh)
        mark = self.stats.lap("db", mark)
        now = timezone.now()
        status = Listing.Status.PUBLISHED if self.publish else Listing.Status.PENDING
        new, changed = [], []
        for row in fresh:
            employer = self.employers.get(row.employer_name)
            snapshot = _snapshot(row, employer[0], status=status, now=now, defaults=self.defaults)
            # Scored here, from the same snapshot listings_score would read back: one write per row instead of
            # an insert and then a bulk UPDATE (whose CASE expressions cost more than the scoring itself).
            apply_result(snapshot, evaluate(offer_for(row, snapshot, employer), self.config), now=now)
            old = existing.get(_identity(row))
            if old is None:
                new.append((row, snapshot))
            else:
                listing = Listing(pk=old[0])  # bulk_update writes only the fields it is given
                _copy_content(listing, snapshot)
                listing.updated_at = now
                row.listing_id = listing.pk
                changed.append((row, listing))
        mark = self.stats.lap("scoring", mark)
        written = self._save(new, changed)
        self.stats.scored += len(written)
        self.stats.saved_through = last_line
        self.stats.lap("db", mark)

    def _existing(self, batch: list[Row]) -> dict[str, tuple[int, str]]:
        """identity → (pk, fingerprint) of the batch's rows already imported: only those two are read."""
        ids = [row.external_id for row in batch if row.external_id]
        urls = [row.source_url for row in batch if not row.external_id]
        found: dict[str, tuple[int, str]] = {}
        fingerprint = "evidence__source__fingerprint"
        if ids:
            for pk, external_id, print_ in Listing.objects.filter(external_id__in=ids).values_list(
                "pk", "external_id", fingerprint
            ):
                found[external_id] = (pk, print_ or "")
        if urls:
            for pk, url, print_ in (
                Listing.objects.filter(source_url__in=urls, external_id="")
                .order_by("pk")
                .values_list("pk", "source_url", fingerprint)
            ):
                found.setdefault(url, (pk, print_ or ""))
        return found

    def _save(self, new: list[tuple[Row, SimpleNamespace]], changed: list[tuple[Row, Listing]]) -> list[int]:
        """Write the batch at once; if the database refuses it, write row by row and reject the bad ones."""
        try:
            _write(new, changed)
            self.stats.created += len(new)
            self.stats.updated += len(changed)
            return [row.listing_id for row, _ in new + changed]
        except DatabaseError:
            pass
        written = []
        for pair, is_new in [(p, True) for p in new] + [(p, False) for p in changed]:
            row = pair[0]
            try:
                _write([pair] if is_new else [], [] if is_new else [pair])
            except DatabaseError as exc:
                reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
                self.stats.reject(row.line, row.source_id, f"the database refused the row: {reason}")
                continue
            if is_new:
                self.stats.created += 1
            else:
                self.stats.updated += 1
            written.append(row.listing_id)
        return written


def _extraction_pool(jobs: int):
    """Worker processes that only run extraction. Forked with no database connection open, so no
    child ever holds (or closes) the parent's connection."""
    import multiprocessing

    from django.db import connections

    connections.close_all()
    # Lower priority: on a busy machine the writing process (and PostgreSQL, which it waits for) go first, so
    # the batches keep flowing; the extraction processes take the CPU time that is left.
    return multiprocessing.get_context("fork").Pool(jobs, initializer=os.nice, initargs=(EXTRACTION_NICENESS,))


def _identity(row: Row) -> str:
    return row.external_id or row.source_url


def guess_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    if suffix in (".csv", ".txt", ".tsv"):
        return "csv"
    raise ImportFileError(f"Cannot tell the format of {path.name}: use a .csv or .jsonl file, or --format.")


def write_report(stats: ImportStats, path: Path) -> None:
    """line, source_id, reason for every row not imported; warnings and an early stop come first."""
    with Path(path).open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["line", "source_id", "reason"])
        for warning in stats.warnings:
            writer.writerow(["", "", f"warning: {warning}"])
        for line, source_id, reason in sorted(stats.rejections, key=lambda r: r[0]):
            writer.writerow([line, source_id, reason])
        if stats.stopped:
            writer.writerow(
                [
                    stats.saved_through,
                    "",
                    f"import stopped ({stats.stopped}): rows up to this line are saved or listed here; "
                    f"rows after it were not imported (reading had reached line {stats.last_line})",
                ]
            )


def listings_import(
    *,
    path: Path | str,
    fmt: str | None = None,
    source: str = "emscad",
    publish: bool = False,
    rule_set=None,
    batch_size: int = BATCH_SIZE,
    progress: Callable[[int], None] | None = None,
    report_path: Path | str | None = None,
    jobs: int = 1,
) -> ImportStats:
    """Import a CSV or JSON Lines file of postings; write the report of rows not imported; return the figures.

    Raises ImportFileError, before saving anything, when the file as a whole cannot be imported.
    """
    importer = Importer(
        source=source, publish=publish, batch_size=batch_size, rule_set=rule_set, progress=progress, jobs=jobs
    )
    try:
        return importer.run(Path(path), fmt)
    finally:
        if report_path is not None and (importer.stats.rows or importer.stats.stopped):
            write_report(importer.stats, Path(report_path))
