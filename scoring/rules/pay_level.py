"""Q8: how much will I be paid? The estimate compared with U.S. reference figures."""

from __future__ import annotations

from scoring.config import RuleConfig
from scoring.offer import Offer
from scoring.pay import BLS_P10, BLS_P90, FEDERAL_MINIMUM, PayEstimate, estimate_hourly_pay, money
from scoring.rules.base import Hit, rule
from scoring.rules.pay_basis import PAY_EVIDENCE
from scoring.vocabulary import Answer, Severity


def _estimate(offer: Offer, config: RuleConfig) -> PayEstimate:
    return estimate_hourly_pay(offer, config.pay)  # cached: evaluate() asks for the same estimate


def _about(estimate: PayEstimate) -> str:
    return (
        f"After home-office costs and fees this works out to about {money(estimate.hourly, estimate.currency)} an hour"
    )


@rule(faq="Q8", points=30, title="Estimated pay below the U.S. federal minimum wage", evidence=PAY_EVIDENCE)
def pay_below_minimum_wage(offer: Offer, config: RuleConfig) -> Hit | None:
    estimate = _estimate(offer, config)
    if estimate.comparable and estimate.hourly is not None and estimate.hourly < FEDERAL_MINIMUM:
        return Hit(
            Severity.RED_FLAG,
            f"{_about(estimate)}, less than the U.S. federal minimum wage of {money(FEDERAL_MINIMUM, 'USD')}.",
            "What do agents in this role actually earn per hour, on average, after a typical week?",
        )


@rule(faq="Q8", points=10, title="Estimated pay below the bottom 10% of U.S. agents", evidence=PAY_EVIDENCE)
def pay_below_bls_p10(offer: Offer, config: RuleConfig) -> Hit | None:
    estimate = _estimate(offer, config)
    hourly = estimate.hourly
    if estimate.comparable and hourly is not None and FEDERAL_MINIMUM <= hourly < BLS_P10:
        return Hit(
            Severity.CAUTION,
            f"{_about(estimate)}. That is less than what the lowest-paid 10% of U.S. customer service "
            f"representatives earn ({money(BLS_P10, 'USD')}).",
            "Is there a raise after training, or bonuses, and what do experienced agents earn per hour?",
        )


@rule(
    faq="Q8",
    points=35,
    title="Entry-level pay far above the top 10% of U.S. agents",
    evidence=(*PAY_EVIDENCE, "experience_required"),
)
def pay_too_good_to_be_true(offer: Offer, config: RuleConfig) -> Hit | None:
    estimate = _estimate(offer, config)
    gross = estimate.gross_hourly
    if (
        estimate.comparable
        and gross is not None
        and gross > BLS_P90
        and offer.answer("experience_required") != Answer.YES
    ):
        return Hit(
            Severity.RED_FLAG,
            f"The offer pays about {money(gross, 'USD')} an hour without asking for experience. Even the top 10% "
            f"of U.S. customer service representatives earn about {money(BLS_P90, 'USD')}: this is "
            "'too good to be true' territory, a common bait in scams.",
            "What experience do you require, and can you put the pay and hours in a written offer?",
        )


@rule(faq="Q8", points=4, title="Hourly pay cannot be estimated")
def pay_not_estimable(offer: Offer, config: RuleConfig) -> Hit | None:
    estimate = _estimate(offer, config)
    if estimate.hourly is None:
        return Hit(
            Severity.CAUTION,
            f"There is no way to work out what this job pays per hour: {estimate.unknown_reason[0].lower()}"
            f"{estimate.unknown_reason[1:]} You need an hourly figure to compare offers.",
            "On average, how much per hour do agents in this role earn, including quiet times with few calls?",
        )


@rule(faq="Q8", points=0, title="Pay is not in U.S. dollars (references don't apply)", evidence=("pay_amount",))
def pay_references_not_applicable(offer: Offer, config: RuleConfig) -> Hit | None:
    estimate = _estimate(offer, config)
    if not estimate.comparable:
        return Hit(
            Severity.INFO,
            f"Pay is in {estimate.currency}, so the U.S. pay figures (minimum wage, typical agent pay) do not apply. "
            "Compare it with typical call-center pay where you live.",
        )
