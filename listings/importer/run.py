"""The import run: batches, extraction processes, scoring, the row-by-row fallback, the report."""

from __future__ import annotations

import csv
import os
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

from django.db import DatabaseError
from django.utils import timezone

from listings.importer.mapping import Row, RowError, apply_extraction, first_value, map_record
from listings.importer.records import (
    ID_COLUMNS,
    URL_COLUMNS,
    ImportFileError,
    detect_encoding,
    guess_format,
    read_records,
)
from listings.importer.writing import (
    EmployerCache,
    copy_content,
    listing_defaults,
    listing_snapshot,
    offer_for,
    write_batch,
)
from listings.models import Listing, Region, WorkType
from scoring.extraction import extract
from scoring.services import active_rule_set, apply_result
from scoring.verdict import evaluate

BATCH_SIZE = 500
BATCHES_AHEAD = 2  # batches being extracted while one is written
EXTRACTION_NICENESS = 2  # a little below the writer: see _extraction_pool


def _clock() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


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
        self.defaults = listing_defaults()
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
            self.stats.reject(line, first_value(record, ID_COLUMNS + URL_COLUMNS), str(exc))
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
            row.regions = tuple(Region.kept_codes(row.regions, self.regions))
        mark = self.stats.lap("extraction", mark)
        self.employers.ensure(row.employer_name for row in fresh)
        mark = self.stats.lap("db", mark)
        now = timezone.now()
        status = Listing.Status.PUBLISHED if self.publish else Listing.Status.PENDING
        new, changed = [], []
        for row in fresh:
            employer = self.employers.get(row.employer_name)
            snapshot = listing_snapshot(row, employer[0], status=status, now=now, defaults=self.defaults)
            # Scored here, from the same snapshot listings_score would read back: one write per row instead of
            # an insert and then a bulk UPDATE (whose CASE expressions cost more than the scoring itself).
            apply_result(snapshot, evaluate(offer_for(row, snapshot, employer), self.config), now=now)
            old = existing.get(_identity(row))
            if old is None:
                new.append((row, snapshot))
            else:
                listing = Listing(pk=old[0])  # bulk_update writes only the fields it is given
                copy_content(listing, snapshot)
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
            write_batch(new, changed)
            self.stats.created += len(new)
            self.stats.updated += len(changed)
            return [row.listing_id for row, _ in new + changed]
        except DatabaseError:
            pass
        written = []
        for pair, is_new in [(p, True) for p in new] + [(p, False) for p in changed]:
            row = pair[0]
            try:
                write_batch([pair] if is_new else [], [] if is_new else [pair])
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
