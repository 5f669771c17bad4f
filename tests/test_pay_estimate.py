"""The hourly pay estimate (Q8): every pay basis, home-office costs, fee spreading, non-USD, unknowns.

Expected values are worked out by hand in each test. With the default assumptions and 40 hours a week:
hours per month = 40 x 52 / 12 = 173.333...; costs = (30 phone + 50 internet + 5 antivirus) / 173.333 = 0.4904 -> 0.49.
"""

from decimal import Decimal

import pytest

from scoring.config import PayAssumptions, RuleConfig
from scoring.pay import BLS_MEDIAN, BLS_P10, BLS_P90, FEDERAL_MINIMUM, PAY_REFERENCES, PayEstimate, estimate_hourly_pay
from scoring.verdict import evaluate
from tests.offers import clean_offer, fee

PAY = PayAssumptions()
NO_COSTS = PayAssumptions(
    phone_line_monthly=Decimal("0"), internet_monthly=Decimal("0"), antivirus_monthly=Decimal("0")
)


def test_reference_figures_are_the_bls_2017_and_federal_minimum_values():
    references = {key: value for key, _label, value in PAY_REFERENCES}

    assert references == {
        "federal_minimum": Decimal("7.25"),
        "bls_p10": Decimal("10.27"),
        "bls_median": Decimal("15.81"),
        "bls_p90": Decimal("26.12"),
    }
    assert (references["federal_minimum"], references["bls_p10"]) == (FEDERAL_MINIMUM, BLS_P10)
    assert (references["bls_median"], references["bls_p90"]) == (BLS_MEDIAN, BLS_P90)


def test_hourly_pay_less_home_office_costs():
    offer = clean_offer(pay_amount=Decimal("15.00"), hours_per_week=40)

    estimate = estimate_hourly_pay(offer, PAY)

    assert estimate.gross_hourly == Decimal("15.00")
    assert estimate.costs_per_hour == Decimal("0.49")  # 85 / 173.333 = 0.4904
    assert estimate.fees_per_hour == Decimal("0.00")
    assert estimate.hourly == Decimal("14.51")
    assert estimate.hours_per_week_used == 40
    assert estimate.comparable is True
    assert estimate.currency == "USD"
    assert estimate.unknown_reason == ""
    assert "Hours per week: 40 (stated in the offer)" in estimate.assumptions
    assert "Extra phone line: $30.00 a month" in estimate.assumptions


def test_hourly_uses_the_bottom_of_the_range():
    offer = clean_offer(pay_amount=Decimal("12.00"), pay_amount_max=Decimal("18.00"))

    assert estimate_hourly_pay(offer, NO_COSTS).gross_hourly == Decimal("12.00")


def test_hourly_raised_to_a_higher_guaranteed_minimum():
    offer = clean_offer(
        pay_amount=Decimal("9.00"), guaranteed_minimum="yes", guaranteed_minimum_hourly=Decimal("11.50")
    )

    assert estimate_hourly_pay(offer, NO_COSTS).gross_hourly == Decimal("11.50")


def test_lower_guaranteed_minimum_does_not_lower_hourly_pay():
    offer = clean_offer(pay_amount=Decimal("14.00"), guaranteed_minimum_hourly=Decimal("10.00"))

    assert estimate_hourly_pay(offer, NO_COSTS).gross_hourly == Decimal("14.00")


def test_per_minute_pay_counts_only_talk_time():
    offer = clean_offer(pay_basis="minute", pay_amount=Decimal("0.25"), guaranteed_minimum="no")

    estimate = estimate_hourly_pay(offer, PAY)

    assert estimate.gross_hourly == Decimal("10.00")  # 0.25 x 40 minutes
    assert estimate.hourly == Decimal("9.51")  # 10.00 - 0.49
    assert any("40 minutes" in line for line in estimate.assumptions)


def test_per_call_pay_times_calls_per_hour():
    offer = clean_offer(pay_basis="call", pay_amount=Decimal("1.10"), guaranteed_minimum="no")

    estimate = estimate_hourly_pay(offer, PayAssumptions(calls_per_hour=Decimal("5")))

    assert estimate.gross_hourly == Decimal("5.50")  # 1.10 x 5
    assert estimate.hourly == Decimal("5.01")


def test_per_call_raised_to_guaranteed_minimum():
    offer = clean_offer(
        pay_basis="call",
        pay_amount=Decimal("0.50"),
        guaranteed_minimum="yes",
        guaranteed_minimum_hourly=Decimal("8.00"),
    )

    estimate = estimate_hourly_pay(offer, NO_COSTS)

    assert estimate.gross_hourly == Decimal("8.00")  # 0.50 x 6 = 3.00 < 8.00
    assert any("guaranteed minimum" in line for line in estimate.assumptions)


def test_salary_divided_by_hours_in_a_year():
    offer = clean_offer(pay_basis="salary", pay_amount=Decimal("31200"), hours_per_week=40)

    estimate = estimate_hourly_pay(offer, NO_COSTS)

    assert estimate.gross_hourly == Decimal("15.00")  # 31200 / (52 x 40)
    assert estimate.hourly == Decimal("15.00")


def test_salary_with_no_stated_hours_is_taken_as_full_time_not_the_part_time_guess():
    offer = clean_offer(pay_basis="salary", pay_amount=Decimal("30000"), hours_per_week=None)
    hourly_offer = clean_offer(pay_basis="hour", pay_amount=Decimal("14.42"), hours_per_week=None)

    estimate = estimate_hourly_pay(offer, PAY)

    assert estimate.gross_hourly == Decimal("14.42")  # 30000 / 2080, not / (52 x 20) = 28.85
    assert estimate.hours_per_week_used == 40
    assert any("full-time" in line for line in estimate.assumptions)
    # Other pay bases keep the rule set's assumption for unknown hours.
    assert estimate_hourly_pay(hourly_offer, PAY).hours_per_week_used == PAY.hours_per_week_if_unknown


def test_an_ordinary_salary_with_no_hours_is_not_too_good_to_be_true():
    offer = clean_offer(pay_basis="salary", pay_amount=Decimal("30000"), hours_per_week=None)

    result = evaluate(offer, RuleConfig())

    assert "pay_too_good_to_be_true" not in {f.rule for f in result.findings}


def test_salary_rounds_half_up_to_cents():
    offer = clean_offer(pay_basis="salary", pay_amount=Decimal("10010"), hours_per_week=40)

    # 10010 / 2080 = 4.8125 -> 4.81; 10.125 -> 10.13 (half up, not half even)
    assert estimate_hourly_pay(offer, NO_COSTS).gross_hourly == Decimal("4.81")
    half = clean_offer(pay_basis="hour", pay_amount=Decimal("10.125"))
    assert estimate_hourly_pay(half, NO_COSTS).gross_hourly == Decimal("10.13")


def test_commission_without_minimum_has_no_estimate():
    offer = clean_offer(pay_basis="commission", pay_amount=Decimal("25"), guaranteed_minimum="no")

    estimate = estimate_hourly_pay(offer, PAY)

    assert estimate.hourly is None
    assert estimate.gross_hourly is None
    assert "Commission" in estimate.unknown_reason


def test_commission_with_guaranteed_minimum_uses_the_minimum():
    offer = clean_offer(pay_basis="commission", pay_amount=None, guaranteed_minimum_hourly=Decimal("9.00"))

    estimate = estimate_hourly_pay(offer, NO_COSTS)

    assert estimate.hourly == Decimal("9.00")
    assert any("Only the guaranteed minimum" in line for line in estimate.assumptions)


@pytest.mark.parametrize(
    "changes",
    [{"pay_basis": "unknown"}, {"pay_amount": None}, {"pay_basis": "minute", "pay_amount": None}],
)
def test_unknown_basis_or_amount_has_no_estimate_and_says_why(changes):
    offer = clean_offer(**changes)

    estimate = estimate_hourly_pay(offer, PAY)

    assert estimate.hourly is None
    assert estimate.unknown_reason
    assert estimate.method.startswith("No estimate")


def test_hours_assumed_when_not_stated():
    offer = clean_offer(hours_per_week=None)

    estimate = estimate_hourly_pay(offer, PAY)

    assert estimate.hours_per_week_used == 20
    assert "Hours per week: 20 (not stated in the offer, so assumed)" in estimate.assumptions
    # 20 x 52 / 12 = 86.667 hours a month; 85 / 86.667 = 0.9808 -> 0.98
    assert estimate.costs_per_hour == Decimal("0.98")
    assert estimate.hourly == Decimal("14.02")


def test_no_phone_line_cost_when_no_landline_needed():
    offer = clean_offer(needs_landline="no")

    estimate = estimate_hourly_pay(offer, PAY)

    assert estimate.costs_per_hour == Decimal("0.32")  # 55 / 173.333 = 0.3173
    assert not any("phone line" in line for line in estimate.assumptions)


def test_one_time_fee_spread_over_the_fee_period():
    offer = clean_offer(fees=(fee("background_check", "208", timing="after_offer", recurring="no"),))

    estimate = estimate_hourly_pay(offer, NO_COSTS)

    # 208 / (173.333 x 12 = 2080 hours) = 0.10
    assert estimate.fees_per_hour == Decimal("0.10")
    assert estimate.hourly == Decimal("14.90")


def test_recurring_fee_counts_every_month_and_unknown_recurring_counts_once():
    offer = clean_offer(
        fees=(fee("equipment", "52", recurring="yes"), fee("application", "104", recurring="unknown")),
    )

    estimate = estimate_hourly_pay(offer, NO_COSTS)

    # monthly: 52 / 173.333 = 0.30; once: 104 / 2080 = 0.05; total 0.35
    assert estimate.fees_per_hour == Decimal("0.35")
    assert estimate.hourly == Decimal("14.65")


def test_fee_without_amount_or_in_another_currency_is_not_subtracted():
    offer = clean_offer(fees=(fee("application", None), fee("testing", "500", currency="PHP")))

    estimate = estimate_hourly_pay(offer, NO_COSTS)

    assert estimate.fees_per_hour == Decimal("0.00")
    assert any("PHP not subtracted" in line for line in estimate.assumptions)


def test_net_pay_can_go_below_zero():
    offer = clean_offer(
        pay_amount=Decimal("1.00"), hours_per_week=5, fees=(fee("starter_kit", "300", recurring="yes"),)
    )

    estimate = estimate_hourly_pay(offer, PAY)

    # 5 x 52 / 12 = 21.667 hours a month: costs 85 / 21.667 = 3.92; fee 300 / 21.667 = 13.846 -> 13.85
    assert estimate.costs_per_hour == Decimal("3.92")
    assert estimate.fees_per_hour == Decimal("13.85")
    assert estimate.hourly == Decimal("-16.77")


def test_non_usd_offer_is_not_comparable_and_skips_usd_costs():
    offer = clean_offer(
        pay_currency="PHP", pay_amount=Decimal("120.00"), fees=(fee("application", "2080", currency="PHP"),)
    )

    estimate = estimate_hourly_pay(offer, PAY)

    assert estimate.comparable is False
    assert estimate.currency == "PHP"
    assert estimate.costs_per_hour == Decimal("0.00")
    assert estimate.fees_per_hour == Decimal("1.00")  # 2080 / 2080 hours
    assert estimate.hourly == Decimal("119.00")
    assert any("U.S. dollars" in line for line in estimate.assumptions)


def test_as_dict_is_json_safe_and_round_trips():
    import json

    estimate = estimate_hourly_pay(clean_offer(), PAY)

    data = estimate.as_dict()

    assert json.loads(json.dumps(data)) == data
    assert data["hourly"] == "14.51"
    assert PayEstimate.from_dict(data) == estimate
    unknown = estimate_hourly_pay(clean_offer(pay_basis="unknown"), PAY)
    assert PayEstimate.from_dict(unknown.as_dict()) == unknown


def test_estimate_is_cached_and_still_works_for_unhashable_offers():
    offer = clean_offer()

    assert estimate_hourly_pay(offer, PAY) is estimate_hourly_pay(offer, PAY)
    unhashable = clean_offer(work_types=["customer_service"])
    assert estimate_hourly_pay(unhashable, PAY).hourly == Decimal("14.51")
