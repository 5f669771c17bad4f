"""Which evidence backs which finding, so a page can show a finding next to the words it came from."""

from __future__ import annotations

from collections.abc import Iterable

from scoring.extraction.result import Evidence

PAY = ("pay_basis", "pay_amount", "guaranteed_minimum", "guaranteed_minimum_hourly", "signal:pay_above_market")
GEAR = ("needs_computer", "needs_landline", "needs_headset", "needs_quiet_room", "buy_from_employer")
FEES = ("fees", "training_pay")

# Rule id -> evidence fields. Rules about something missing ("..._unknown") have nothing to point at.
RULE_FIELDS: dict[str, tuple[str, ...]] = {
    "chat_app_interview": ("chat_app_interview", "signal:chat_app"),
    "commission_only": ("pay_basis", "base_pay", "leads_provided"),
    "commission_terms_unknown": ("pay_basis",),
    "contractor_no_minimum": ("worker_status", "pay_basis", "guaranteed_minimum"),
    "contractor_status": ("worker_status",),
    "equipment_basic": GEAR,
    "equipment_bought_from_employer": ("buy_from_employer", "fees"),
    "fee_application": FEES,
    "fee_background_check_after_offer": FEES,
    "fee_before_offer": FEES,
    "fee_equipment": FEES,
    "fee_other": FEES,
    "fee_recurring": FEES,
    "fee_starter_kit": FEES,
    "fee_testing": FEES,
    "fee_timing_unknown": FEES,
    "fee_training": FEES,
    "money_handling": (
        "money_handling",
        "signal:reshipping",
        "signal:check_deposit",
        "signal:gift_cards",
        "signal:crypto",
    ),  # fmt: skip
    "pay_below_bls_p10": PAY,
    "pay_below_minimum_wage": PAY,
    "pay_per_call_minimum_unknown": PAY,
    "pay_per_call_no_minimum": PAY,
    "pay_references_not_applicable": ("pay_amount",),
    "pay_too_good_to_be_true": (*PAY, "experience_required"),
    "personal_data_early": ("personal_data_early",),
    "pressure_to_decide": ("pressure_to_decide", "signal:urgency"),
    "recruiter_domain_mismatch": ("recruiter_email",),
    "recruiter_free_email": ("recruiter_email", "signal:free_email"),
    "regions_stated": ("hiring_regions", "signal:nationwide"),
    "training_charged": ("training_pay", "training_days", "fees"),
    "training_paid": ("training_pay", "training_days"),
    "training_unpaid": ("training_pay", "training_days"),
    "other_info_missing": ("application_process", "citizenship_required", "benefits"),
    "hours_not_stated": ("hours_per_week", "nights_weekends"),
    "work_not_described": ("work_types", "direction"),
}


def evidence_for_rule(rule_id: str, evidence: Iterable[Evidence]) -> list[Evidence]:
    """The evidence behind a finding of `rule_id` (empty when the finding is about something missing)."""
    fields = set(RULE_FIELDS.get(rule_id, ()))
    return [e for e in evidence if e.field in fields]
