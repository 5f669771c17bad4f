"""Reading a CSV or JSON Lines file of postings: encoding, records with normalised column names, required columns."""

from __future__ import annotations

import codecs
import csv
import json
import re
from collections.abc import Iterator
from pathlib import Path

TEXT_COLUMNS = ("company_profile", "description", "requirements", "benefits")
ID_COLUMNS = ("job_id", "external_id", "id")
URL_COLUMNS = ("source_url", "url")


class ImportFileError(Exception):
    """The file cannot be imported at all (unreadable, wrong format, required columns missing). Nothing was saved."""


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


def guess_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    if suffix in (".csv", ".txt", ".tsv"):
        return "csv"
    raise ImportFileError(f"Cannot tell the format of {path.name}: use a .csv or .jsonl file, or --format.")
