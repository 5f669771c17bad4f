"""Each checklist rule: offers that trigger it, and near misses that must not. No database."""

from decimal import Decimal

import pytest

from scoring.checklist import CHECKLIST
from scoring.config import RuleConfig
from scoring.rules.base import Finding
from scoring.verdict import evaluate
from scoring.vocabulary import Severity, Verdict
from tests.offers import clean_offer, fee

CONFIG = RuleConfig()


def run(offer) -> dict[str, list[Finding]]:
    found: dict[str, list[Finding]] = {}
    for rule in CHECKLIST:
        for item in rule(offer, CONFIG):
            found.setdefault(item.rule, []).append(item)
    return found


def only(offer, rule_id: str) -> Finding:
    findings = run(offer)[rule_id]
    assert len(findings) == 1
    return findings[0]


def test_clean_offer_has_only_good_signs():
    findings = run(clean_offer())

    assert {f.severity for items in findings.values() for f in items} == {Severity.GOOD}
    assert sum(f.points for items in findings.values() for f in items) == 0
    assert {"training_paid", "regions_stated", "equipment_basic"} <= set(findings)


def test_every_warning_has_an_explanation_and_a_question_to_ask():
    offers = [
        clean_offer(
            **{name: "unknown" for name in ("pay_basis", "worker_status", "training_pay", "buy_from_employer")}
        ),
        clean_offer(pay_basis="call", guaranteed_minimum="no", worker_status="contractor", training_pay="charged"),
        clean_offer(money_handling="yes", chat_app_interview="yes", recruiter_email="x@gmail.com", fees=(fee(),)),
        clean_offer(pressure_to_decide="yes"),
    ]
    for offer in offers:
        for items in run(offer).values():
            for item in items:
                assert item.explanation
                assert item.severity == Severity.GOOD or item.ask.endswith("?")


# Q4 fees


FEE_AND_TRAINING_RULES = {
    rule.id for rule in CHECKLIST if rule.faq in ("Q4", "Q10") or rule.id == "equipment_bought_from_employer"
}


@pytest.mark.parametrize(
    ("kind", "rule_id", "severity", "words"),
    [
        ("application", "fee_before_offer", Severity.FRAUD, "an application fee"),
        ("testing", "fee_before_offer", Severity.FRAUD, "a testing fee"),
        ("starter_kit", "fee_before_offer", Severity.FRAUD, "a starter kit"),
        ("equipment", "equipment_bought_from_employer", Severity.RED_FLAG, "equipment or software"),
        ("training", "training_charged", Severity.FRAUD, "pay for the training"),
        ("other", "fee_other", Severity.RED_FLAG, "a fee"),
    ],
)
def test_each_fee_gives_exactly_one_finding_by_its_kind(kind, rule_id, severity, words):
    offer = clean_offer(fees=(fee(kind, "40", timing="after_offer", recurring="no"),), training_pay="unknown")

    found = run(offer)
    fee_findings = {rule for rule in found if rule in FEE_AND_TRAINING_RULES} - {"training_pay_unknown"}

    assert fee_findings == {rule_id}
    assert found[rule_id][0].severity == severity
    assert words in found[rule_id][0].explanation
    assert "$40.00" in found[rule_id][0].explanation


def test_a_training_fee_before_you_start_is_one_decisive_warning_not_three():
    offer = clean_offer(fees=(fee("training", "99", timing="before_offer"),), training_pay="charged")

    decisive = [f for items in run(offer).values() for f in items if f.severity == Severity.FRAUD]

    assert [f.rule for f in decisive] == ["training_charged"]
    assert "$99.00" in decisive[0].explanation


def test_fee_before_offer_is_decisive():
    finding = only(clean_offer(fees=(fee("testing", "25", timing="before_offer"),)), "fee_before_offer")

    assert finding.severity == Severity.FRAUD
    assert finding.points == 80
    assert "before you even get a job offer" in finding.explanation


def test_background_check_fee_before_offer_is_decisive():
    found = run(clean_offer(fees=(fee("background_check", "50", timing="before_offer", recurring="no"),)))

    assert found["fee_before_offer"][0].severity == Severity.FRAUD
    assert "fee_background_check_after_offer" not in found


def test_one_time_background_check_after_offer_is_the_accepted_exception():
    found = run(clean_offer(fees=(fee("background_check", "50", timing="after_offer", recurring="no"),)))

    assert "fee_before_offer" not in found
    assert "fee_recurring" not in found
    assert "fee_timing_unknown" not in found
    note = found["fee_background_check_after_offer"][0]
    assert note.severity == Severity.GOOD
    assert note.points == 3
    assert "exception" in note.explanation


def test_background_check_with_unknown_recurrence_after_offer_is_still_the_exception():
    found = run(clean_offer(fees=(fee("background_check", None, timing="after_offer"),)))

    assert found["fee_background_check_after_offer"][0].severity == Severity.GOOD


def test_large_background_check_fee_after_offer_is_a_question_to_ask():
    finding = only(
        clean_offer(fees=(fee("background_check", "150", timing="after_offer", recurring="no"),)),
        "fee_background_check_after_offer",
    )

    assert finding.severity == Severity.NOTE
    assert "$150.00" in finding.explanation


def test_recurring_background_check_is_not_the_exception():
    found = run(clean_offer(fees=(fee("background_check", "20", timing="after_offer", recurring="yes"),)))

    assert "fee_background_check_after_offer" not in found
    assert found["fee_recurring"][0].severity == Severity.RED_FLAG


def test_fee_with_unknown_timing_asks_when_it_is_due():
    found = run(clean_offer(fees=(fee("background_check", "50"),)))

    finding = found["fee_timing_unknown"][0]
    assert finding.severity == Severity.UNCLEAR
    assert "before or after" in finding.ask
    assert "fee_before_offer" not in found
    assert "fee_background_check_after_offer" not in found


def test_no_fees_no_fee_findings():
    assert not [rule_id for rule_id in run(clean_offer()) if rule_id.startswith("fee_")]


# Q10 training


@pytest.mark.parametrize(
    ("training_pay", "rule_id", "severity", "points"),
    [
        ("charged", "training_charged", Severity.FRAUD, 70),
        ("unpaid", "training_unpaid", Severity.RED_FLAG, 30),
        ("paid", "training_paid", Severity.GOOD, 0),
        ("unknown", "training_pay_unknown", Severity.UNCLEAR, 8),
    ],
)
def test_training_pay(training_pay, rule_id, severity, points):
    found = run(clean_offer(training_pay=training_pay))

    training = {key: items for key, items in found.items() if key.startswith("training_")}
    assert set(training) == {rule_id}
    assert (training[rule_id][0].severity, training[rule_id][0].points) == (severity, points)


def test_paid_training_is_not_a_red_flag():
    found = run(clean_offer(training_pay="paid"))

    assert "training_unpaid" not in found
    assert "training_charged" not in found


# Q3 equipment


def test_buying_equipment_from_the_employer_is_a_red_flag():
    found = run(clean_offer(buy_from_employer="yes"))

    assert found["equipment_bought_from_employer"][0].severity == Severity.RED_FLAG
    assert "equipment_basic" not in found
    assert "equipment_unknown" not in found


def test_basic_own_equipment_is_a_neutral_note():
    finding = only(clean_offer(), "equipment_basic")

    assert (finding.severity, finding.points) == (Severity.GOOD, 0)
    assert "landline" in finding.explanation and "headset" in finding.explanation


def test_equipment_is_unknown_only_when_the_offer_says_nothing_about_it():
    gear = {name: "unknown" for name in ("needs_computer", "needs_landline", "needs_headset", "needs_quiet_room")}

    finding = only(clean_offer(buy_from_employer="unknown", **gear), "equipment_unknown")

    assert (finding.severity, finding.points) == (Severity.UNCLEAR, 5)
    assert "equipment_unknown" not in run(clean_offer(buy_from_employer="unknown"))  # the gear list is stated
    assert "equipment_unknown" not in run(clean_offer(**gear))  # nothing to buy from the employer is stated


def test_equipment_the_employer_provides_is_a_good_sign():
    gear = {name: "unknown" for name in ("needs_computer", "needs_landline", "needs_headset", "needs_quiet_room")}

    finding = only(clean_offer(buy_from_employer="no", **gear), "equipment_basic")

    assert finding.severity == Severity.GOOD and "do not have to buy" in finding.explanation


# Q2 regions, Q9 hours, Q11 other questions, Q1 work


def test_regions_stated_or_not():
    assert only(clean_offer(), "regions_stated").points == 0
    finding = only(clean_offer(hiring_regions=()), "regions_not_stated")
    assert finding.severity == Severity.UNCLEAR
    assert "Which countries or states" in finding.ask
    assert "regions_not_stated" not in run(clean_offer())


def test_hours_not_stated_only_when_neither_hours_nor_nights_are_given():
    assert only(clean_offer(hours_per_week=None, nights_weekends="unknown"), "hours_not_stated").severity == (
        Severity.NOTE
    )
    assert "hours_not_stated" not in run(clean_offer(hours_per_week=None, nights_weekends="yes"))
    assert "hours_not_stated" not in run(clean_offer(hours_per_week=25, nights_weekends="unknown"))


def test_one_finding_lists_all_missing_other_information():
    finding = only(
        clean_offer(application_process="  ", citizenship_required="unknown", benefits="unknown"), "other_info_missing"
    )

    assert finding.severity == Severity.NOTE
    assert "how applying works" in finding.explanation
    assert "citizen" in finding.explanation
    assert "benefits" in finding.explanation
    assert "other_info_missing" not in run(clean_offer(citizenship_required="no", benefits="no"))


def test_benefits_alone_missing_is_listed_alone():
    finding = only(clean_offer(benefits="unknown"), "other_info_missing")

    assert "citizen" not in finding.explanation
    assert "benefits" in finding.explanation


def test_work_not_described():
    assert only(clean_offer(work_types=(), direction="unknown"), "work_not_described").severity == Severity.NOTE
    assert "work_not_described" not in run(clean_offer(work_types=(), direction="outbound"))
    assert "work_not_described" not in run(clean_offer(work_types=("sales",), direction="unknown"))


# Q6 pay basis


@pytest.mark.parametrize("basis", ["call", "minute"])
def test_per_call_or_minute_without_minimum_is_a_red_flag(basis):
    found = run(clean_offer(pay_basis=basis, pay_amount=Decimal("0.40"), guaranteed_minimum="no"))

    assert found["pay_per_call_no_minimum"][0].severity == Severity.RED_FLAG


def test_per_call_pay_with_no_minimum_promised_is_a_red_flag_too():
    """An offer paying per call that says nothing of a minimum has none a worker can rely on."""
    found = run(clean_offer(pay_basis="call", pay_amount=Decimal("2"), guaranteed_minimum="unknown"))

    assert found["pay_per_call_no_minimum"][0].severity == Severity.RED_FLAG


def test_a_stated_hourly_minimum_counts_as_a_minimum():
    offer = clean_offer(
        worker_status="contractor",
        pay_basis="minute",
        pay_amount=Decimal("0.20"),
        guaranteed_minimum="unknown",
        guaranteed_minimum_hourly=Decimal("9.00"),
    )

    found = run(offer)

    assert not {"pay_per_call_no_minimum", "contractor_no_minimum"} & set(found)
    assert "contractor_status" in found


def test_per_call_with_a_minimum_and_hourly_without_one_are_fine():
    assert "pay_per_call_no_minimum" not in run(
        clean_offer(pay_basis="call", pay_amount=Decimal("2"), guaranteed_minimum="yes")
    )
    assert "pay_per_call_no_minimum" not in run(clean_offer(pay_basis="hour", guaranteed_minimum="no"))


@pytest.mark.parametrize(("base_pay", "leads"), [("no", "yes"), ("unknown", "no"), ("no", "no")])
def test_commission_only_with_no_base_or_no_leads_is_a_red_flag(base_pay, leads):
    found = run(clean_offer(pay_basis="commission", base_pay=base_pay, leads_provided=leads))

    assert found["commission_no_base"][0].severity == Severity.RED_FLAG


def test_commission_with_nothing_said_of_a_base_is_commission_only():
    found = run(clean_offer(pay_basis="commission", base_pay="unknown", leads_provided="unknown"))

    assert found["commission_no_base"][0].severity == Severity.RED_FLAG
    assert "no base pay" in found["commission_no_base"][0].explanation


def test_commission_on_top_of_a_base_with_leads_is_fine_and_with_unknown_leads_a_question():
    with_leads = run(clean_offer(pay_basis="commission", base_pay="yes", leads_provided="yes"))
    leads_unknown = run(clean_offer(pay_basis="commission", base_pay="yes", leads_provided="unknown"))

    assert not {"commission_no_base", "commission_leads_unknown"} & set(with_leads)
    assert leads_unknown["commission_leads_unknown"][0].severity == Severity.NOTE


def test_pay_not_stated_is_a_missing_key_fact():
    assert only(clean_offer(pay_basis="unknown"), "pay_not_stated").severity == Severity.UNCLEAR
    assert only(clean_offer(pay_amount=None), "pay_not_stated").severity == Severity.UNCLEAR
    assert "pay_not_stated" not in run(clean_offer())


# Q7 worker status


@pytest.mark.parametrize("minimum", ["no", "unknown"])
def test_contractor_paid_per_call_without_minimum_can_earn_near_zero(minimum):
    found = run(clean_offer(worker_status="contractor", pay_basis="minute", guaranteed_minimum=minimum))

    assert found["contractor_no_minimum"][0].severity == Severity.RED_FLAG
    assert "near zero" in found["contractor_no_minimum"][0].explanation
    assert "contractor_status" not in found


def test_contractor_paid_hourly_with_a_minimum_is_only_a_note():
    found = run(clean_offer(worker_status="contractor", pay_basis="hour", guaranteed_minimum="yes"))

    assert "contractor_no_minimum" not in found
    note = found["contractor_status"][0]
    assert (note.severity, note.points) == (Severity.GOOD, 0)
    assert "taxes" in note.explanation and "minimum-wage" in note.explanation


def test_employee_per_call_without_minimum_is_not_the_contractor_red_flag():
    found = run(clean_offer(worker_status="employee", pay_basis="call", guaranteed_minimum="no"))

    assert "contractor_no_minimum" not in found
    assert "pay_per_call_no_minimum" in found


def test_unknown_worker_status_is_a_missing_key_fact():
    assert only(clean_offer(worker_status="unknown"), "worker_status_unknown").severity == Severity.UNCLEAR
    assert "worker_status_unknown" not in run(clean_offer(worker_status="contractor"))


# Q8 pay level


def test_pay_below_the_federal_minimum_is_a_red_flag():
    found = run(clean_offer(pay_amount=Decimal("7.00")))

    assert found["pay_below_minimum_wage"][0].severity == Severity.RED_FLAG
    assert (
        "$7.00" in found["pay_below_minimum_wage"][0].explanation
        and "$7.25" in found["pay_below_minimum_wage"][0].explanation
    )
    assert "pay_below_bls_p10" not in found


def test_a_range_that_only_starts_below_the_minimum_is_a_question_not_a_red_flag():
    # "$13-17 an hour" in New York ($16): the top can be paid lawfully, so ask what you would start at.
    straddling = run(clean_offer(hiring_regions=("US-NY",), pay_amount=Decimal("13"), pay_amount_max=Decimal("17")))
    below = run(clean_offer(hiring_regions=("US-NY",), pay_amount=Decimal("11"), pay_amount_max=Decimal("14")))

    finding = straddling["pay_below_minimum_wage"][0]
    assert finding.severity == Severity.UNCLEAR
    assert "$13.00" in finding.explanation and "$17.00" in finding.explanation
    assert "$16.00" in finding.ask
    assert below["pay_below_minimum_wage"][0].severity == Severity.RED_FLAG


def test_the_legal_minimum_is_compared_with_pay_before_home_office_costs():
    assert "pay_below_minimum_wage" not in run(clean_offer(pay_amount=Decimal("7.50")))


def test_pay_below_bottom_ten_percent_is_a_question_to_ask():
    found = run(clean_offer(pay_amount=Decimal("10.00")))

    assert found["pay_below_bls_p10"][0].severity == Severity.NOTE
    assert "pay_below_minimum_wage" not in found
    assert "pay_below_bls_p10" not in run(clean_offer(pay_amount=Decimal("10.27")))


def test_entry_level_pay_above_top_ten_percent_is_unclear():
    found = run(clean_offer(pay_amount=Decimal("30.00"), experience_required="no"))

    assert found["pay_too_good_to_be_true"][0].severity == Severity.UNCLEAR
    assert "pay_too_good_to_be_true" not in run(clean_offer(pay_amount=Decimal("30.00"), experience_required="yes"))
    assert "pay_too_good_to_be_true" not in run(clean_offer(pay_amount=Decimal("26.12"), experience_required="no"))


@pytest.mark.parametrize(
    ("currency", "regions", "amount", "below"),
    [
        ("PHP", ("PH",), "60", True),  # ₱60 an hour: under Metro Manila's ₱695 a day
        ("PHP", ("PH",), "120", False),
        ("ZAR", ("ZA",), "25", True),  # under R30.23
        ("ZAR", ("ZA",), "40", False),
        ("EUR", ("NL",), "13.50", True),  # under €14.71
        ("CAD", ("CA-ON",), "18.00", True),  # an Ontario employee working from home: $19.35
        ("CAD", ("CA-AB",), "16.00", False),
        ("USD", ("US-WA",), "9.50", True),  # under Washington State's $17.13
        ("USD", ("US-TX",), "9.50", False),  # Texas pays the federal $7.25
        ("USD", ("US-TX", "US-WA"), "9.50", False),  # several states: the lowest minimum among them
        ("USD", ("US-CA", "US-WA"), "16.00", True),  # under both California's and Washington's
    ],
)
def test_pay_is_compared_with_the_minimum_wage_where_the_job_is(currency, regions, amount, below):
    found = run(clean_offer(pay_currency=currency, hiring_regions=regions, pay_amount=Decimal(amount)))

    assert ("pay_below_minimum_wage" in found) is below


def test_local_market_pay_decides_what_is_too_good_to_be_true():
    found = run(clean_offer(pay_currency="PHP", hiring_regions=("PH",), pay_basis="salary",
                            pay_amount=Decimal("960000"), experience_required="no"))  # fmt: skip

    assert "pay_too_good_to_be_true" in found
    assert "₱40,000 a month" in found["pay_too_good_to_be_true"][0].explanation


# Employer status


@pytest.mark.parametrize(
    ("status", "rule_id", "severity"),
    [
        ("blocked", "employer_blocked", Severity.FRAUD),
        ("flagged", "employer_flagged", Severity.RED_FLAG),
        ("verified", "employer_verified", Severity.GOOD),
    ],
)
def test_employer_status(status, rule_id, severity):
    found = run(clean_offer(employer_status=status))

    assert found[rule_id][0].severity == severity
    assert {key for key in found if key.startswith("employer_")} == {rule_id}


@pytest.mark.parametrize("status", ["", "unreviewed"])
def test_unknown_or_unreviewed_employer_has_no_finding(status):
    assert not [key for key in run(clean_offer(employer_status=status)) if key.startswith("employer_")]


# Beyond the FAQ


def test_money_handling_and_chat_app_hiring_are_decisive():
    found = run(clean_offer(money_handling="yes", chat_app_interview="yes"))

    assert found["money_handling"][0].severity == Severity.FRAUD
    assert found["chat_app_interview"][0].severity == Severity.FRAUD
    assert not {"money_handling", "chat_app_interview"} & set(
        run(clean_offer(money_handling="unknown", chat_app_interview="unknown"))
    )


def test_personal_data_before_an_offer_is_a_fraud_signal():
    assert only(clean_offer(personal_data_early="yes"), "personal_data_early").severity == Severity.FRAUD
    assert "personal_data_early" not in run(clean_offer(personal_data_early="unknown"))


def test_pressure_to_decide_is_a_weak_sign_that_says_why_and_what_to_ask():
    finding = only(clean_offer(pressure_to_decide="yes"), "pressure_to_decide")

    assert (finding.severity, finding.faq, finding.points) == (Severity.NOTE, "beyond_faq", 5)
    assert "look up the employer, read the contract or ask questions" in finding.explanation
    assert "time to read a written offer" in finding.explanation
    assert finding.ask == "Can I have the offer in writing and a few days to decide?"


@pytest.mark.parametrize("answer", ["no", "unknown"])
def test_no_pressure_to_decide_or_not_knowing_asks_nothing(answer):
    assert "pressure_to_decide" not in run(clean_offer(pressure_to_decide=answer))


def test_pressure_to_decide_alone_lowers_the_score_not_the_verdict():
    clean, rushed = evaluate(clean_offer(), CONFIG), evaluate(clean_offer(pressure_to_decide="yes"), CONFIG)

    assert (clean.score, clean.verdict) == (100, "looks_legitimate")
    assert (rushed.score, rushed.verdict) == (95, "looks_legitimate")


@pytest.mark.parametrize(
    "email", ["recruiter@gmail.com", "HR@Yahoo.co.uk", "a@outlook.com", "b@proton.me", "c@gmx.de", "d@yandex.ru"]
)
def test_recruiter_on_a_free_email_domain_is_a_question_to_ask(email):
    found = run(clean_offer(recruiter_email=email))

    assert found["recruiter_free_email"][0].severity == Severity.NOTE
    assert "recruiter_domain_mismatch" not in found


def test_free_email_is_noted_even_when_the_employer_domain_is_unknown():
    assert "recruiter_free_email" in run(clean_offer(employer_email_domain="", recruiter_email="x@hotmail.com"))


def test_recruiter_on_a_different_company_domain_is_a_question_to_ask():
    found = run(clean_offer(recruiter_email="talent@acme-careers.net"))

    assert found["recruiter_domain_mismatch"][0].severity == Severity.NOTE
    assert "recruiter_free_email" not in found


@pytest.mark.parametrize("email", ["jobs@acme.com", "jobs@hr.acme.com", "JOBS@ACME.COM", ""])
def test_recruiter_on_the_employer_domain_is_fine(email):
    found = run(clean_offer(recruiter_email=email))

    assert not {"recruiter_domain_mismatch", "recruiter_free_email"} & set(found)


def test_lookalike_domain_is_not_the_employer_domain():
    assert "recruiter_domain_mismatch" in run(clean_offer(recruiter_email="jobs@notacme.com"))


def test_no_interview_is_a_question_alone_and_a_fraud_signal_at_pay_far_above_market():
    alone = only(clean_offer(interview_skipped="yes"), "no_interview")
    bait = only(
        clean_offer(interview_skipped="yes", pay_amount=Decimal("40"), experience_required="no"), "no_interview"
    )

    assert alone.severity == Severity.NOTE
    assert bait.severity == Severity.FRAUD and "$40.00" in bait.explanation
    assert "pay_too_good_to_be_true" not in run(
        clean_offer(interview_skipped="yes", pay_amount=Decimal("40"), experience_required="no")
    )  # one fact, one finding


def test_earning_from_recruiting_others_is_a_fraud_signal():
    assert only(clean_offer(recruiting_pays="yes"), "recruiting_pays").severity == Severity.FRAUD
    assert "recruiting_pays" not in run(clean_offer(recruiting_pays="unknown"))


def test_money_named_with_no_clear_purpose_is_a_question_that_holds_an_offer_back_from_looks_legitimate():
    mentioned = clean_offer(money_mentioned="yes")
    finding = only(mentioned, "money_mentioned")

    assert finding.severity == Severity.UNCLEAR and "gift cards" in finding.explanation
    assert evaluate(clean_offer(), CONFIG).verdict == Verdict.LOOKS_LEGITIMATE
    assert evaluate(mentioned, CONFIG).verdict == Verdict.ASK_MORE_QUESTIONS
    # One fact, one finding: once the money is read as handling or the data as asked early, that fraud signal says it
    assert "money_mentioned" not in run(clean_offer(money_mentioned="yes", money_handling="yes"))
    assert "money_mentioned" not in run(clean_offer(money_mentioned="yes", personal_data_early="yes"))
