"""evaluate(): the verdict bands as the checklist defines them, the score, weights and disabled rules. No database."""

from decimal import Decimal

import pytest

from scoring.checklist import CHECKLIST
from scoring.config import RuleConfig, RuleWeight, Thresholds
from scoring.offer import Offer
from scoring.verdict import evaluate
from scoring.vocabulary import Severity, Verdict
from tests.offers import clean_offer, fee

CONFIG = RuleConfig()


def test_clean_complete_honest_offer_looks_legitimate():
    result = evaluate(clean_offer(), CONFIG)

    assert result.verdict == Verdict.LOOKS_LEGITIMATE
    assert result.score == 100
    assert result.pay.hourly == Decimal("14.51")
    assert result.scam_signals == () and result.hurtful_terms == ()


def test_an_offer_that_says_nothing_asks_more_questions():
    result = evaluate(Offer(), CONFIG)

    assert result.verdict == Verdict.ASK_MORE_QUESTIONS
    assert {f.severity for f in result.findings} <= {Severity.UNCLEAR, Severity.NOTE}


@pytest.mark.parametrize(
    "unstated",
    [
        {"benefits": "unknown", "citizenship_required": "unknown", "application_process": ""},
        {"hours_per_week": None, "nights_weekends": "unknown", "experience_required": "unknown"},
        {"pressure_to_decide": "yes"},  # urgency alone is a weak sign
        {"recruiter_email": "acme.jobs@gmail.com"},  # so is a free e-mail address
    ],
)
def test_minor_facts_left_out_or_weak_signs_become_questions_not_a_lower_band(unstated):
    result = evaluate(clean_offer(**unstated), CONFIG)

    assert result.verdict == Verdict.LOOKS_LEGITIMATE
    assert result.score < 100
    assert any(f.ask for f in result.findings)


KEY_FACTS = {
    "status": {"worker_status": "unknown"},
    "training": {"training_pay": "unknown"},
    "regions": {"hiring_regions": ()},
    "equipment": {
        k: "unknown"
        for k in ("needs_computer", "needs_landline", "needs_headset", "needs_quiet_room", "buy_from_employer")
    },  # fmt: skip
}


@pytest.mark.parametrize("left_out", [("status", "training"), ("regions", "equipment"), ("status", "regions"), ()])
def test_pay_stated_and_at_most_two_other_key_facts_left_out_still_looks_legitimate(left_out):
    changes = {k: v for fact in left_out for k, v in KEY_FACTS[fact].items()}

    assert evaluate(clean_offer(**changes), CONFIG).verdict == Verdict.LOOKS_LEGITIMATE


@pytest.mark.parametrize("left_out", [("status", "training", "regions"), ("training", "regions", "equipment")])
def test_three_key_facts_left_out_asks_more_questions(left_out):
    changes = {k: v for fact in left_out for k, v in KEY_FACTS[fact].items()}

    assert evaluate(clean_offer(**changes), CONFIG).verdict == Verdict.ASK_MORE_QUESTIONS


def test_pay_left_out_asks_more_questions_however_complete_the_rest():
    result = evaluate(clean_offer(pay_basis="unknown", pay_amount=None), CONFIG)

    assert result.verdict == Verdict.ASK_MORE_QUESTIONS
    assert [f.rule for f in result.findings if f.severity == Severity.UNCLEAR] == ["pay_not_stated"]


def test_the_allowance_for_unstated_key_facts_is_the_rule_sets():
    strict = RuleConfig(thresholds=Thresholds(unclear_points_allowed=0))

    result = evaluate(clean_offer(hiring_regions=()), strict)

    assert result.verdict == Verdict.ASK_MORE_QUESTIONS
    assert evaluate(clean_offer(hiring_regions=()), CONFIG).verdict == Verdict.LOOKS_LEGITIMATE


def test_one_term_that_hurts_the_worker_is_red_flags():
    result = evaluate(clean_offer(training_pay="unpaid"), CONFIG)

    assert result.verdict == Verdict.RED_FLAGS
    assert [f.rule for f in result.hurtful_terms] == ["training_unpaid"]


def test_exploitative_terms_however_many_never_add_up_to_a_scam():
    offer = clean_offer(
        training_pay="unpaid",
        worker_status="contractor",
        pay_basis="call",
        pay_amount=Decimal("0.40"),
        guaranteed_minimum="no",
        fees=(fee("equipment", "40", timing="after_offer", recurring="yes"),),
    )

    result = evaluate(offer, CONFIG)

    assert result.verdict == Verdict.RED_FLAGS
    assert len(result.hurtful_terms) >= 3
    assert result.scam_signals == ()


@pytest.mark.parametrize(
    "signal",
    [
        {"fees": (fee("application", "35", timing="before_offer"),)},
        {"training_pay": "charged"},
        {"money_handling": "yes"},
        {"chat_app_interview": "yes"},
        {"personal_data_early": "yes"},
        {"recruiting_pays": "yes"},
        {"employer_status": "blocked"},
        {"interview_skipped": "yes", "pay_amount": Decimal("45"), "experience_required": "no"},
    ],
)
def test_one_fraud_signal_is_likely_scam_however_good_the_rest(signal):
    result = evaluate(clean_offer(**signal), CONFIG)

    assert result.verdict == Verdict.LIKELY_SCAM
    assert result.findings[0].severity == Severity.FRAUD


def test_a_fraud_signal_is_likely_scam_even_when_moderators_weigh_it_zero():
    config = RuleConfig(weights={"money_handling": RuleWeight(points=0)})

    result = evaluate(clean_offer(money_handling="yes"), config)

    assert result.score == 100
    assert result.verdict == Verdict.LIKELY_SCAM


def test_pay_far_above_market_with_no_experience_asks_whether_it_is_real():
    result = evaluate(clean_offer(pay_amount=Decimal("45"), experience_required="no"), CONFIG)

    assert result.verdict == Verdict.ASK_MORE_QUESTIONS
    assert "pay_too_good_to_be_true" in {f.rule for f in result.findings}


def test_no_interview_at_a_pay_far_above_uk_agents_pay_is_likely_scam():
    offer = clean_offer(
        pay_basis="hour", pay_amount=Decimal("35"), pay_currency="GBP", hiring_regions=("GB",),
        experience_required="no", interview_skipped="yes",
    )  # fmt: skip

    assert evaluate(offer, CONFIG).verdict == Verdict.LIKELY_SCAM


def test_a_skilled_roles_high_pay_is_not_too_good_to_be_true():
    assert evaluate(clean_offer(pay_amount=Decimal("45"), experience_required="yes"), CONFIG).verdict == (
        Verdict.LOOKS_LEGITIMATE
    )


def test_a_training_fee_due_before_you_start_is_one_decisive_finding():
    offer = clean_offer(training_pay="charged", fees=(fee("training", "99", timing="before_offer"),))

    fraud = [f.rule for f in evaluate(offer, CONFIG).findings if f.severity == Severity.FRAUD]

    assert fraud == ["training_charged"]


def test_score_is_100_less_every_findings_points_and_findings_are_worst_first():
    result = evaluate(clean_offer(training_pay="unpaid", hiring_regions=()), CONFIG)

    assert result.score == 100 - sum(f.points for f in result.findings)
    assert [f.severity for f in result.findings] == sorted((f.severity for f in result.findings), reverse=True)


def test_weights_come_from_the_rule_set():
    config = RuleConfig(weights={"training_unpaid": RuleWeight(points=45)})

    result = evaluate(clean_offer(training_pay="unpaid"), config)

    assert result.score == 55
    assert next(f for f in result.findings if f.rule == "training_unpaid").points == 45


def test_a_disabled_rule_is_not_applied():
    config = RuleConfig(weights={"training_unpaid": RuleWeight(points=30, enabled=False)})

    result = evaluate(clean_offer(training_pay="unpaid"), config)

    assert result.verdict == Verdict.LOOKS_LEGITIMATE
    assert "training_unpaid" not in {f.rule for f in result.findings}


@pytest.mark.parametrize(
    ("changes", "disabled", "speaks"),
    [
        # With no interview at $40 an hour, no_interview says it; switched off, the pay rule says it instead.
        ({"pay_amount": Decimal("40"), "experience_required": "no", "interview_skipped": "yes"}, "no_interview",
         "pay_too_good_to_be_true"),
        # A contractor paid per call with no minimum: contractor_no_minimum says it, else the pay-basis rule.
        ({"pay_basis": "call", "pay_amount": Decimal("0.50"), "guaranteed_minimum": "no",
          "worker_status": "contractor"}, "contractor_no_minimum", "pay_per_call_no_minimum"),
    ],
)  # fmt: skip
def test_a_rule_that_leaves_a_fact_to_another_speaks_when_that_one_is_switched_off(changes, disabled, speaks):
    offer = clean_offer(**changes)
    config = RuleConfig(weights={disabled: RuleWeight(points=30, enabled=False)})

    assert speaks not in {f.rule for f in evaluate(offer, RuleConfig()).findings}
    assert speaks in {f.rule for f in evaluate(offer, config).findings}
    assert evaluate(offer, config).verdict != Verdict.LOOKS_LEGITIMATE


def test_with_every_rule_disabled_nothing_is_found():
    config = RuleConfig(weights={rule.id: RuleWeight(points=0, enabled=False) for rule in CHECKLIST})

    result = evaluate(Offer(), config)

    assert (result.findings, result.score, result.verdict) == ((), 100, Verdict.LOOKS_LEGITIMATE)


# Weak signs: each alone only lowers the score; two together are a question to settle first


@pytest.mark.parametrize(
    "changes",
    [
        {"recruiter_email": "hr.jobs@gmail.com"},
        {"hype_pitch": "yes"},
        {"pressure_to_decide": "yes"},
        {"employer_name": ""},
    ],
)
def test_one_weak_sign_leaves_a_clear_offer_legitimate(changes):
    result = evaluate(clean_offer(**changes), RuleConfig())

    assert result.verdict == Verdict.LOOKS_LEGITIMATE
    assert result.score < 100


@pytest.mark.parametrize(
    "changes",
    [
        {"recruiter_email": "hr.jobs@gmail.com", "employer_name": ""},  # the classic fake ad
        {"hype_pitch": "yes", "pressure_to_decide": "yes"},
        {"interview_skipped": "yes", "recruiter_email": "jobs@yahoo.com"},
    ],
)
def test_two_weak_signs_together_ask_before_trusting(changes):
    result = evaluate(clean_offer(**changes), RuleConfig())

    assert result.verdict == Verdict.ASK_MORE_QUESTIONS
    (together,) = [f for f in result.findings if f.rule == "warning_signs_together"]
    assert together.severity == Severity.UNCLEAR and " and " in together.explanation


# Pay compared across countries: a multiple of the minimum wage where the job is


@pytest.mark.parametrize(
    ("changes", "times"),
    [
        ({"pay_amount": Decimal("14.50")}, "2.00"),  # the U.S. federal minimum, $7.25
        ({"pay_amount": Decimal("7.25")}, "1.00"),  # at the minimum: no home-office costs taken off here
        ({"pay_amount": Decimal("25.00"), "hiring_regions": ("US-WA",)}, "1.46"),  # Washington State's $17.13
        ({"pay_amount": Decimal("60.00"), "pay_currency": "ZAR", "hiring_regions": ("ZA",)}, "1.98"),  # R30.23
    ],
)
def test_pay_is_compared_across_countries_as_a_multiple_of_the_local_minimum(changes, times):
    assert evaluate(clean_offer(**changes), RuleConfig()).pay_vs_minimum == Decimal(times)


@pytest.mark.parametrize(
    "changes",
    [
        {"pay_amount": Decimal("500"), "pay_currency": "INR", "hiring_regions": ("IN",)},  # only state minimums
        {"pay_basis": "unknown", "pay_amount": None},
    ],
)
def test_no_multiple_without_a_minimum_or_a_pay_figure(changes):
    assert evaluate(clean_offer(**changes), RuleConfig()).pay_vs_minimum is None
