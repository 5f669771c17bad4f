"""The checklist table and the facts kept beside it: rule ids, evidence fields, answer columns."""

from django.core import checks

from scoring.checklist import CHECKLIST, RULES
from scoring.extraction import extract
from scoring.offer import FeeSnapshot
from scoring.rules.fees import judged_by
from scoring.vocabulary import Answer, FeeKind, FeeTiming
from tests.offers import corpus_records


def test_the_checklist_lists_every_rule_once_in_faq_order_with_a_title_and_sane_points():
    order = [f"Q{n}" for n in range(1, 12)] + ["beyond_faq"]

    positions = [order.index(rule.faq) for rule in CHECKLIST]

    assert positions == sorted(positions)
    assert len({rule.id for rule in CHECKLIST}) == len(CHECKLIST)
    assert all(rule.title and 0 <= rule.default_points <= 100 for rule in CHECKLIST)


def test_the_system_checks_for_evidence_fields_and_answer_columns_pass():
    errors = [e for e in checks.run_checks() if e.id in ("listings.E001", "listings.E002")]

    assert errors == []


def test_the_evidence_check_names_a_rule_whose_evidence_is_not_stored(monkeypatch):
    from dataclasses import replace

    from listings import checks as listing_checks
    from scoring import checklist

    broken = (*checklist.CHECKLIST, replace(checklist.CHECKLIST[0], id="new_rule", evidence=("no_such_field",)))
    monkeypatch.setattr(checklist, "CHECKLIST", broken)

    errors = listing_checks.rule_evidence_is_stored(None)

    assert [e.id for e in errors] == ["listings.E001"] and "new_rule" in errors[0].msg


def test_every_signal_a_rule_shows_as_evidence_is_one_extraction_marks_in_real_offers():
    texts = [record["text"] for record in corpus_records()]
    marked = {e.field for text in texts for e in extract(text).evidence if e.field.startswith("signal:")}

    declared = {field for rule in CHECKLIST for field in rule.evidence if field.startswith("signal:")}

    assert declared - marked == set()


def test_every_fee_is_judged_by_a_rule_of_the_checklist():
    """fees.judged_by names rules by id: a renamed rule would leave its fees judged by none."""
    fees = [
        FeeSnapshot(kind=kind, timing=timing, recurring=recurring)
        for kind in FeeKind.values
        for timing in FeeTiming.values
        for recurring in Answer.values
    ]

    assert {judged_by(fee) for fee in fees} <= set(RULES)
