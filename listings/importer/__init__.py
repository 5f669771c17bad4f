"""Bulk import of job postings from CSV or JSON Lines, with extraction and scoring of every row.

Decisions (the command is `import_listings`, in the README's table of management commands):
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

Modules: records (reading the file), mapping (one record to one row), writing (a batch to the
database), run (the import itself and its report).
"""

from listings.importer.mapping import Row, RowError, apply_extraction, map_record, parse_location, parse_salary_range
from listings.importer.records import ImportFileError, detect_encoding, guess_format, read_records
from listings.importer.run import BATCH_SIZE, Importer, ImportStats, listings_import, write_report

__all__ = [
    "BATCH_SIZE",
    "ImportFileError",
    "ImportStats",
    "Importer",
    "Row",
    "RowError",
    "apply_extraction",
    "detect_encoding",
    "guess_format",
    "listings_import",
    "map_record",
    "parse_location",
    "parse_salary_range",
    "read_records",
    "write_report",
]
