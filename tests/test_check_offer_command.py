"""`manage.py check_offer`: one offer's text in, extracted answers, findings, score and verdict out."""

import io
import json
import os
import subprocess
import sys

import pytest
from django.core.management import CommandError, call_command

from scoring.models import RuleSet
from tests.services import PROJECT_DIR

pytestmark = pytest.mark.django_db

SCAM = (
    "URGENT! Earn $0.45 per call as an independent contractor. Pay a $99 starter kit fee to get started.\n"
    "Interview on Telegram with our hiring manager. Residents of TX, FL and GA."
)
LEGIT = (
    "Acme Support hires customer service agents (inbound) in Texas and Florida. W-2 employees, $15.00/hour, "
    "30 hours per week, no weekends. Paid training: 2 weeks. You need a computer and a quiet room; headset "
    "provided. Benefits include health insurance. We never charge fees. Apply online, then a phone interview. "
    "Must be a U.S. citizen."
)


def run(*args, stdin=None) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("check_offer", *args, stdout=out, stderr=err, stdin=stdin)
    return out.getvalue(), err.getvalue()


def test_reads_a_file_and_prints_answers_evidence_findings_and_verdict(tmp_path):
    path = tmp_path / "offer.txt"
    path.write_text(SCAM, encoding="utf-8")

    out, _ = run(str(path))

    assert "pay basis: call" in out
    assert 'found in: "$0.45 per call"' in out
    assert "[Fraud signal] fee_before_offer (Q4" in out
    assert "Ask: " in out
    assert "Score: " in out
    assert out.rstrip().endswith("Verdict: Likely scam")


def test_json_output_from_stdin():
    out, _ = run("--json", stdin=io.StringIO(LEGIT))

    data = json.loads(out)
    assert data["verdict"] in ("looks_legitimate", "ask_more_questions")
    assert 0 <= data["score"] <= 100
    assert data["rules_version"] == RuleSet.objects.active().version
    assert all({"rule", "faq", "severity", "explanation", "ask"} <= set(f) for f in data["findings"])
    assert data["answers"]["worker_status"] == "employee"
    assert data["answers"]["pay_amount"] == "15.00"
    assert data["pay"]["hourly"] is not None
    assert any(e["field"] == "pay_basis" and e["text"] == "$15.00/hour" for e in data["evidence"])


def test_json_scam_verdict_and_rules():
    out, _ = run("-", "--json", stdin=io.BytesIO(SCAM.encode()))

    data = json.loads(out)
    assert data["verdict"] == "likely_scam"
    rules = {f["rule"]: f["faq"] for f in data["findings"]}
    assert rules["fee_before_offer"] == "Q4"
    assert rules["chat_app_interview"] == "beyond_faq"


@pytest.mark.parametrize("text", ["", "   \n\t  "])
def test_empty_input_is_a_clear_error_with_exit_code_2(text):
    with pytest.raises(CommandError, match="empty") as raised:
        run(stdin=io.StringIO(text))

    assert raised.value.returncode == 2


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="Cannot read") as raised:
        run(str(tmp_path / "nope.txt"))

    assert raised.value.returncode == 2


def test_undecodable_bytes_are_replaced_with_a_warning():
    out, err = run("--json", stdin=io.BytesIO(b"Pay \xff\xfe $15/hr, W-2 employee."))

    assert "not valid UTF-8" in err
    assert json.loads(out)["answers"]["pay_amount"] == "15.00"


def test_html_in_the_offer_is_printed_as_text_not_interpreted():
    out, _ = run("--json", stdin=io.StringIO('<script>alert(1)</script> "><img src=x> $15/hr'))

    assert json.loads(out)["answers"]["pay_basis"] == "hour"


def test_works_with_no_database_set_up(tmp_path):
    """The embedded default with nothing migrated: falls back to the built-in rules and says so."""
    env = {
        **os.environ,
        "DJANGO_DEBUG": "true",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'empty.sqlite3'}",
    }
    env.pop("DJANGO_SECRET_KEY", None)

    done = subprocess.run(
        [sys.executable, "manage.py", "check_offer", "--json"],
        input=SCAM,
        capture_output=True,
        text=True,
        cwd=PROJECT_DIR,
        env=env,
        timeout=120,
    )

    assert done.returncode == 0, done.stderr
    assert "built-in default rules" in done.stderr
    data = json.loads(done.stdout)
    assert data["verdict"] == "likely_scam"
    assert data["rules_version"] == 0


def test_empty_input_exits_2_from_the_terminal(tmp_path):
    env = {**os.environ, "DJANGO_DEBUG": "true", "DATABASE_URL": f"sqlite:///{tmp_path / 'empty.sqlite3'}"}

    done = subprocess.run(
        [sys.executable, "manage.py", "check_offer"], input="", capture_output=True, text=True, cwd=PROJECT_DIR,
        env=env, timeout=120,
    )  # fmt: skip

    assert done.returncode == 2
    assert "empty" in done.stderr


def test_jsonl_batch_writes_one_result_per_offer_and_reports_bad_lines_by_number():
    lines = [
        json.dumps({"id": "a", "text": SCAM}),
        "this is not JSON",
        json.dumps({"id": "b", "text": LEGIT}),
        json.dumps({"id": "c"}),
        "",
        json.dumps({"id": 4, "text": "Earn $45/hour, no interview needed. Reply on Telegram."}),
    ]
    stdout, stderr = io.StringIO(), io.StringIO()

    with pytest.raises(CommandError) as refused:
        call_command("check_offer", "--jsonl", stdin=io.StringIO("\n".join(lines)), stdout=stdout, stderr=stderr)

    results = [json.loads(line) for line in stdout.getvalue().splitlines()]
    assert [r["id"] for r in results] == ["a", "b", 4]
    assert [r["verdict"] for r in results] == ["likely_scam", "looks_legitimate", "likely_scam"]
    assert {"rule", "severity", "points", "faq"} == set(results[0]["findings"][0])
    assert results[0]["answers"]["pay_basis"] == "call"
    assert "line 2: not an offer (invalid JSON" in stderr.getvalue()
    assert "line 4: not an offer (no 'text')" in stderr.getvalue()
    assert refused.value.returncode == 1


def test_jsonl_batch_reads_a_file(tmp_path):
    path = tmp_path / "offers.jsonl"
    path.write_text(json.dumps({"id": "only", "text": LEGIT}) + "\n", encoding="utf-8")

    out, _ = run("--jsonl", str(path))

    assert json.loads(out)["id"] == "only"


def test_the_command_lists_the_same_questions_as_the_pages():
    from listings.checking import CheckedOffer

    findings = [
        {"rule": "a", "severity": "red_flag", "faq": "Q6", "ask": "Is there a minimum per hour?"},
        {"rule": "b", "severity": "good", "faq": "Q4", "ask": "Is the check fee charged only once?"},
        {"rule": "c", "severity": "unclear", "faq": "Q2", "ask": "Where do you hire?"},
    ]
    checked = CheckedOffer("red_flags", 60, findings, None, 1)

    assert checked.questions == [ask for _, asks in checked.question_groups for ask in asks]
    assert checked.questions == ["Where do you hire?", "Is there a minimum per hour?"]  # checklist order, no good sign
