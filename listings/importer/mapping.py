"""One record to one row: validation with a reason for every rejection, then the text's extracted answers
with the structured columns (salary range, location, employment type) where the text said nothing."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from listings.fields import strip_invisible
from listings.importer.records import ID_COLUMNS, TEXT_COLUMNS, URL_COLUMNS
from listings.models.listing import MAX_PAY
from scoring.extraction import Extraction, extract
from scoring.offer import UNKNOWN_EMPLOYER
from scoring.vocabulary import pay_ceiling

MAX_DESCRIPTION = 100_000
MAX_TITLE = 200
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


def first_value(record: dict, names: tuple[str, ...]) -> str:
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


def salary_currency(regions: tuple[str, ...]) -> str:
    """The currency a salary column is in: the first hiring country's ("" when none or unknown)."""
    country = regions[0].split("-")[0] if regions else ""
    return COUNTRY_CURRENCY.get(country) or ("EUR" if country in EURO_COUNTRIES else "")


def map_record(line: int, record: dict, *, source: str, regions: frozenset[str]) -> Row:
    """Validate and map one record (no database). Raises RowError with the reason."""
    title = " ".join(strip_invisible(record.get("title") or "").split())
    job_id = first_value(record, ID_COLUMNS)
    url = first_value(record, URL_COLUMNS)
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
    # COPY bypasses the model fields' cleaning: drop invisible format characters here (listings.fields).
    parts = [strip_invisible(record.get(name) or "").strip() for name in TEXT_COLUMNS]
    description = "\n\n".join(p for p in parts if p)
    if len(description) > MAX_DESCRIPTION:
        raise RowError(
            f"description is {len(description):,} characters; the limit is {MAX_DESCRIPTION:,} (row not imported)"
        )
    if "\x00" in description or "\x00" in title:
        raise RowError("the text contains NUL characters")
    salary = parse_salary_range(record.get("salary_range") or "")
    location_regions = parse_location(record.get("location") or "", regions)
    currency = salary_currency(location_regions) or "USD"
    if salary and (salary[1] or salary[0]) > pay_ceiling(currency):
        raise RowError(
            f"salary_range {record.get('salary_range')!r} is absurd for {currency} (above {pay_ceiling(currency):,})"
        )
    employer_name = first_value(record, EMPLOYER_COLUMNS) or employer_from_profile(record.get("company_profile") or "")
    employer_name = (strip_invisible(employer_name) or f"{UNKNOWN_EMPLOYER} (import {source})")[:200]
    label = first_value(record, LABEL_COLUMNS)[:20]
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
        currency = salary_currency(row.regions)
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
    # A file with no company column or profile: file the listing under the company its own text names
    # ("Mackenzie Plumbing & Air is hiring"), as a moderator would, instead of an unknown employer.
    if row.employer_name.startswith(UNKNOWN_EMPLOYER) and (named := answers.get("employer_name")):
        row.employer_name = strip_invisible(named)[:200]
    row.fees = answers.get("fees", ())
    row.regions = tuple(sorted(set(row.regions) | set(answers.get("hiring_regions", ()))))
    row.work_types = answers.get("work_types", ())
    evidence = extraction.as_dict()
    evidence["source"] = {"line": row.line, "columns": row.columns, "fingerprint": row.fingerprint}
    row.evidence = evidence
