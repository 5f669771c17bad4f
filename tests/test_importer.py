"""Bulk import of postings (CSV and JSON Lines, EMSCAD layout): validation, report, idempotency, scoring."""

import csv
import io
import json
from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command

from listings.importer import listings_import
from listings.models import Employer, Fee, Listing
from scoring.extraction import Extraction
from tests.factories import EmployerFactory

pytestmark = pytest.mark.django_db

COLUMNS = [
    "job_id", "title", "location", "department", "salary_range", "company_profile", "description", "requirements",
    "benefits", "telecommuting", "has_company_logo", "has_questions", "employment_type", "required_experience",
    "required_education", "industry", "function", "fraudulent",
]  # fmt: skip

LEGIT = {
    "job_id": "101",
    "title": "Customer Service Agent (remote)",
    "location": "US, TX, Austin",
    "salary_range": "30000-40000",
    "company_profile": "Acme Support is a call-center outsourcer serving retail clients.",
    "description": "Answer inbound customer calls from home. W-2 employees. Paid training (2 weeks).",
    "requirements": "A computer, a headset and a quiet room. 1 year of customer service experience required.",
    "benefits": "Health insurance and paid time off.",
    "employment_type": "Full-time",
    "required_experience": "Entry level",
    "fraudulent": "0",
}
SCAM = {
    "job_id": "102",
    "title": "Data Entry Clerk - Earn $45/hr",
    "location": "US, , ",
    "company_profile": "",
    "description": "Earn $45 per hour, no experience needed! The interview is on Telegram. Pay a $99 starter kit "
    "fee to get started.",
    "employment_type": "Part-time",
    "fraudulent": "1",
}
CONTRACT = {
    "job_id": "103",
    "title": "Inbound sales agent",
    "location": "CA, ON, Toronto",
    "salary_range": "15-18",
    "description": "Northgate Teleservices is hiring! Take inbound sales calls. Commission on every sale.",
    "employment_type": "Contract",
    "fraudulent": "0",
}


def write_csv(path, rows, *, columns=COLUMNS, encoding="utf-8"):
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({c: row.get(c, "") for c in columns})
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def write_jsonl(path, rows):
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def run(path, *args):
    out = io.StringIO()
    call_command("import_listings", str(path), "--no-progress", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def report_rows(path):
    with open(path, encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_emscad_csv_imports_extracts_scores_and_lands_pending(tmp_path):
    path = write_csv(tmp_path / "jobs.csv", [LEGIT, SCAM, CONTRACT])

    out = run(path)

    assert "3 created" in out
    legit = Listing.objects.get(external_id="emscad:101")
    assert legit.status == Listing.Status.PENDING
    assert legit.employer.name == "Acme Support"
    assert legit.employer.status == Employer.Status.UNREVIEWED
    assert list(legit.hiring_regions.values_list("code", flat=True)) == ["US-TX"]
    assert (legit.pay_basis, legit.pay_amount, legit.pay_amount_max) == ("salary", Decimal("30000"), Decimal("40000"))
    assert legit.hours_per_week == 40  # Full-time
    assert legit.worker_status == "employee"
    assert legit.training_pay == "paid"
    assert legit.source_label == "0"
    assert legit.description.count("\n\n") == 3  # profile, description, requirements, benefits
    assert legit.verdict and legit.score is not None and legit.rules_version

    scam = Listing.objects.get(external_id="emscad:102")
    assert scam.verdict == "likely_scam"
    assert scam.source_label == "1"
    assert scam.employer.name == "Unknown employer (import emscad)"
    assert list(scam.fees.values_list("kind", "timing")) == [("starter_kit", "before_offer")]

    contract = Listing.objects.get(external_id="emscad:103")
    assert contract.employer.name == "Northgate Teleservices"  # no company column: the name its text gives
    assert contract.worker_status == "contractor"
    assert (contract.pay_basis, contract.pay_currency) == ("hour", "CAD")
    assert list(contract.hiring_regions.values_list("code", flat=True)) == ["CA-ON"]


def test_evidence_is_stored_and_points_into_the_description(tmp_path):
    run(write_csv(tmp_path / "jobs.csv", [SCAM]))

    listing = Listing.objects.get(external_id="emscad:102")
    extraction = Extraction.from_dict(listing.evidence)
    assert extraction.evidence
    for e in extraction.evidence:
        assert listing.description[e.start : e.end] == e.text
    assert listing.evidence["source"]["line"] == 2


def test_publish_option(tmp_path):
    run(write_csv(tmp_path / "jobs.csv", [LEGIT]), "--publish")

    listing = Listing.objects.get(external_id="emscad:101")
    assert listing.status == Listing.Status.PUBLISHED
    assert listing.published_at is not None


def test_rerun_creates_nothing_new_and_updates_changed_rows(tmp_path):
    path = write_csv(tmp_path / "jobs.csv", [LEGIT, SCAM])
    run(path)
    first_ids = set(Listing.objects.values_list("pk", flat=True))

    out = run(path)

    assert "0 created, 0 updated, 2 unchanged" in out
    assert set(Listing.objects.values_list("pk", flat=True)) == first_ids

    changed = {**SCAM, "description": "Paid training. $15/hr. W-2 employees. No fees."}
    out = run(write_csv(tmp_path / "jobs.csv", [LEGIT, changed]))

    assert "0 created, 1 updated, 1 unchanged" in out
    scam = Listing.objects.get(external_id="emscad:102")
    assert scam.pay_amount == Decimal("15.00")
    assert not scam.fees.exists()
    assert scam.verdict != "likely_scam"
    assert Listing.objects.count() == 2


def test_duplicate_rows_in_one_file_import_once_and_are_reported(tmp_path):
    path = write_csv(tmp_path / "jobs.csv", [LEGIT, SCAM, LEGIT])

    out = run(path)

    assert "2 created" in out and "1 duplicates skipped" in out
    assert Listing.objects.filter(external_id="emscad:101").count() == 1
    rows = report_rows(tmp_path / "jobs.csv.rejected.csv")
    assert rows == [{"line": "4", "source_id": "101", "reason": "duplicate of line 2; skipped"}]


def test_mixed_file_rejects_bad_rows_with_line_numbers_and_imports_the_rest(tmp_path):
    rows = [
        LEGIT,
        {**SCAM, "job_id": "201", "salary_range": "50000-40000"},
        {**SCAM, "job_id": "202", "salary_range": "Oct-15"},
        {**SCAM, "job_id": "203", "title": ""},
        {**SCAM, "job_id": "204", "location": "XX, YY, Nowhere"},
        {**SCAM, "job_id": "205", "salary_range": "1-99999999"},
        {**SCAM, "job_id": "", "title": "No id"},
        CONTRACT,
    ]
    report = tmp_path / "report.csv"

    out = run(write_csv(tmp_path / "jobs.csv", rows), "--report", str(report))

    assert "2 created" in out and "6 rejected" in out
    assert set(Listing.objects.values_list("external_id", flat=True)) == {"emscad:101", "emscad:103"}
    reasons = {r["line"]: r["reason"] for r in report_rows(report)}
    assert "minimum is above the maximum" in reasons["3"]
    assert "not a number range" in reasons["4"]
    assert "title is empty" in reasons["5"]
    assert "not a known country code" in reasons["6"]
    assert "absurd" in reasons["7"]
    assert "no job_id" in reasons["8"]


def test_missing_required_columns_is_an_error_before_importing_anything(tmp_path):
    path = write_csv(tmp_path / "jobs.csv", [LEGIT], columns=["job_id", "location", "salary_range"])

    with pytest.raises(CommandError, match="Required columns missing: title") as raised:
        run(path)

    assert raised.value.returncode == 2
    assert not Listing.objects.exists()


def test_wrong_encoding_is_read_as_windows_1252_with_a_warning(tmp_path):
    row = {**LEGIT, "description": "Café agents answer inbound calls – W-2 employees, paid training."}
    path = write_csv(tmp_path / "jobs.csv", [row], encoding="cp1252")

    run(path)

    listing = Listing.objects.get(external_id="emscad:101")
    assert "Café agents" in listing.description and "–" in listing.description
    (warning,) = report_rows(tmp_path / "jobs.csv.rejected.csv")
    assert "not valid UTF-8" in warning["reason"]


def test_a_5_mb_description_rejects_that_row_only(tmp_path):
    huge = {**SCAM, "job_id": "300", "description": "Call customers. " * 330_000}  # about 5 MB
    path = write_csv(tmp_path / "jobs.csv", [LEGIT, huge, CONTRACT])

    out = run(path)

    assert "2 created" in out and "1 rejected" in out
    assert not Listing.objects.filter(external_id="emscad:300").exists()
    (row,) = report_rows(tmp_path / "jobs.csv.rejected.csv")
    assert row["line"] == "3"
    assert "the limit is 100,000" in row["reason"]


def test_jsonl_with_a_broken_line(tmp_path):
    path = write_jsonl(tmp_path / "jobs.jsonl", [LEGIT, '{"job_id": "9", "title": ', SCAM, "[1, 2]"])

    out = run(path)

    assert "2 created" in out and "2 rejected" in out
    reasons = {r["line"]: r["reason"] for r in report_rows(tmp_path / "jobs.jsonl.rejected.csv")}
    assert reasons["2"].startswith("not valid JSON")
    assert reasons["4"] == "is not a JSON object"


def test_jsonl_missing_columns(tmp_path):
    path = write_jsonl(tmp_path / "jobs.jsonl", [{"job_id": "1", "description": "x"}])

    with pytest.raises(CommandError, match="title"):
        run(path)

    assert not Listing.objects.exists()


def test_employers_are_matched_by_name_or_created_with_a_unique_slug(tmp_path):
    known = EmployerFactory(name="Acme Support", slug="acme-support", verified=True)
    EmployerFactory(name="Beta Calls Ltd", slug="beta-calls")
    rows = [
        {**LEGIT, "company_profile": "ACME SUPPORT is an outsourcer."},
        {**CONTRACT, "company_profile": "Beta Calls is a sales agency."},
    ]
    columns = [*COLUMNS, "company"]
    rows[1]["company"] = "Beta-Calls"

    run(write_csv(tmp_path / "jobs.csv", rows, columns=columns))

    assert Listing.objects.get(external_id="emscad:101").employer == known
    created = Listing.objects.get(external_id="emscad:103").employer
    assert created.name == "Beta-Calls"
    assert created.slug == "beta-calls-2"
    assert created.status == Employer.Status.UNREVIEWED


def test_the_label_is_kept_but_never_changes_the_score(tmp_path):
    rows = [{**SCAM, "job_id": "1", "fraudulent": "0"}, {**SCAM, "job_id": "2", "fraudulent": "1"}]

    run(write_csv(tmp_path / "jobs.csv", rows))

    a, b = Listing.objects.order_by("external_id")
    assert (a.source_label, b.source_label) == ("0", "1")
    assert (a.score, a.verdict, a.findings) == (b.score, b.verdict, b.findings)


def test_service_returns_timings_and_counts(tmp_path):
    stats = listings_import(path=write_csv(tmp_path / "jobs.csv", [LEGIT, SCAM]), report_path=tmp_path / "r.csv")

    assert (stats.created, stats.rejected, stats.scored) == (2, 0, 2)
    assert stats.seconds_total >= stats.seconds_extraction + stats.seconds_scoring
    assert Fee.objects.count() == 1


def test_html_in_fields_is_stored_as_text(tmp_path):
    row = {**LEGIT, "title": "<script>alert(1)</script>", "description": '"><img src=x onerror=alert(1)> $15/hr'}

    run(write_csv(tmp_path / "jobs.csv", [row]))

    listing = Listing.objects.get(external_id="emscad:101")
    assert listing.title == "<script>alert(1)</script>"


def test_unknown_file_type_and_missing_file(tmp_path):
    other = tmp_path / "jobs.xlsx"
    other.write_bytes(b"PK")

    with pytest.raises(CommandError, match="format"):
        run(other)
    with pytest.raises(CommandError, match="No such file"):
        run(tmp_path / "missing.csv")


def test_an_interrupted_import_keeps_whole_rows_and_the_report_says_how_far_it_got(tmp_path):
    rows = [{**SCAM, "job_id": str(n)} for n in range(1, 9)]
    path = write_csv(tmp_path / "jobs.csv", rows)
    report = tmp_path / "report.csv"
    seen = []

    def progress(step):  # the person at the terminal presses Ctrl-C while line 8 is read
        seen.append(step)
        if sum(seen) >= 7:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        listings_import(path=path, batch_size=2, progress=progress, report_path=report)

    saved = Listing.objects.all()
    assert 0 < saved.count() < 8
    for listing in saved:  # every saved row is complete: fees written and scored
        assert listing.fees.count() == 1 and listing.verdict == "likely_scam"
    (stop,) = report_rows(report)
    assert "import stopped (KeyboardInterrupt" in stop["reason"]
    assert int(stop["line"]) == saved.count() + 1  # header is line 1


def test_rerun_after_an_interruption_completes_without_duplicates(tmp_path):
    rows = [{**SCAM, "job_id": str(n)} for n in range(1, 7)]
    path = write_csv(tmp_path / "jobs.csv", rows)

    def stop_early(step, seen=[]):  # noqa: B006
        seen.append(step)
        if sum(seen) >= 5:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        listings_import(path=path, batch_size=2, progress=stop_early)
    listings_import(path=path, batch_size=2)

    assert Listing.objects.count() == 6
    assert Listing.objects.values("external_id").distinct().count() == 6


def test_a_row_the_database_refuses_is_reported_and_the_rest_of_its_batch_is_imported(tmp_path):
    # Python validation passes, but the address is longer than Listing.recruiter_email's 254 characters.
    address = "hr@" + ".".join(["a" * 60] * 5) + ".com"
    refused = {**SCAM, "job_id": "500", "description": f"Send your resume to {address} today."}
    path = write_csv(tmp_path / "jobs.csv", [LEGIT, refused, CONTRACT])

    out = run(path)

    assert "2 created" in out and "1 rejected" in out
    assert set(Listing.objects.values_list("external_id", flat=True)) == {"emscad:101", "emscad:103"}
    assert Listing.objects.get(external_id="emscad:101").hiring_regions.count() == 1  # its relations too
    (row,) = report_rows(tmp_path / "jobs.csv.rejected.csv")
    assert row["line"] == "3" and row["source_id"] == "500"
    assert row["reason"].startswith("the database refused the row")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_extraction_processes_give_the_same_listings_as_one_process(tmp_path):
    rows = [{**row, "job_id": f"{n}{row['job_id']}"} for n in range(4) for row in (LEGIT, SCAM, CONTRACT)]
    path = write_csv(tmp_path / "jobs.csv", rows)
    fields = ["external_id", "title", "pay_basis", "pay_amount", "worker_status", "training_pay", "score", "verdict",
              "findings", "evidence", "employer__name", "status"]  # fmt: skip

    listings_import(path=path, batch_size=2)
    one = list(Listing.objects.order_by("pk").values_list(*fields))
    fees = Fee.objects.count()
    Listing.objects.all().delete()
    stats = listings_import(path=path, batch_size=4, jobs=2)  # 4 rows: enough to send a batch to the processes
    two = list(Listing.objects.order_by("pk").values_list(*fields))

    assert not stats.warnings and stats.created == 12
    assert two == one
    assert Fee.objects.count() == fees == 4


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_interrupted_import_with_extraction_processes_keeps_whole_rows(tmp_path):
    rows = [{**SCAM, "job_id": str(n)} for n in range(1, 41)]
    path = write_csv(tmp_path / "jobs.csv", rows)
    report = tmp_path / "report.csv"
    seen = []

    def progress(step):  # Ctrl-C while line 30 is read: batches are still with the extraction processes
        seen.append(step)
        if sum(seen) >= 29:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        listings_import(path=path, batch_size=4, progress=progress, report_path=report, jobs=2)

    saved = Listing.objects.all()
    assert 0 < saved.count() < 40
    for listing in saved:
        assert listing.fees.count() == 1 and listing.verdict == "likely_scam"
    (stop,) = report_rows(report)
    assert "import stopped (KeyboardInterrupt" in stop["reason"]
    assert int(stop["line"]) == saved.count() + 1
