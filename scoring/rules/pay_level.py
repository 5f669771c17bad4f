"""Q8: how much will I be paid? The estimate compared with the figures of the place the offer hires in."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import NamedTuple

from scoring.config import RuleConfig
from scoring.exchange import Conversion
from scoring.offer import Offer
from scoring.pay import BLS_P10, FULL_TIME_HOURS, estimate_hourly_pay, money
from scoring.pay_reference_words import said, three_times_minimum
from scoring.pay_references import LocalPay, legal_minimum, local_pay
from scoring.rules.base import Hit, rule
from scoring.rules.pay_basis import PAY_EVIDENCE, is_pay_per_call_or_minute, paid_only_for_calls
from scoring.vocabulary import Answer, PayBasis, Severity, WorkerStatus
from scoring.wording import Says as _


def wage_per_hour(offer: Offer, config: RuleConfig) -> Decimal | None:
    """What the offer promises per hour before costs: the hourly rate, a salary over full-time hours, or
    for per-call and per-minute pay the guaranteed minimum (their waiting time is unpaid; see Q6)."""
    if offer.pay_basis == PayBasis.COMMISSION or paid_only_for_calls(offer):
        return None
    if is_pay_per_call_or_minute(offer):
        return offer.guaranteed_minimum_hourly
    return estimate_hourly_pay(offer, config.pay).gross_hourly


class Compared(NamedTuple):
    wage: Decimal  # an hour, in the local figures' currency
    reference: LocalPay
    offered: Decimal  # the same wage in the offer's own currency
    conversion: Conversion | None  # None when the offer pays in the figures' currency


def _compared(offer: Offer, config: RuleConfig) -> Compared | None:
    wage, comparison = wage_per_hour(offer, config), local_pay(offer, config.local_pay)
    if wage is None or comparison is None:
        return None
    return Compared(comparison.local(wage), comparison.reference, wage, comparison.conversion)


def converted_words(compared: Compared, offer: Offer) -> dict:
    """The values a finding quotes for a wage converted into the local currency ("$4.00 ... about 228.60 PHP at
    the exchange rate of 2025-09-01")."""
    return {
        "offered": money(compared.offered, offer.pay_currency),
        "wage": money(compared.wage, compared.reference.currency),
        "rate_date": compared.conversion.as_of.isoformat(),
    }


# A monthly salary with no hours stated is for full-time work, but full-time is not 40 hours everywhere: Dutch
# and Belgian collective agreements set 36 to 38. The salary is below the minimum only if it is below it even
# over the shortest usual full-time week there.
SHORTEST_FULL_TIME_WEEK = {"NL": 36, "BE": 38}
# In the U.K. full-time is usually 37.5 hours, and "Full-time" on an ad says no more than that (the reading takes it
# as 40): "£25,000 a year, Full-time" is £12.82 an hour, above the National Living Wage.
UK_FULL_TIME_WEEK = Decimal("37.5")


ONE = Decimal("1")


def _full_time_wage(offer: Offer, wage: Decimal, reference: LocalPay) -> Decimal:
    country = reference.place.split("-")[0]
    if (
        country == "GB"
        and offer.pay_basis == PayBasis.SALARY
        and (offer.hours_per_week or FULL_TIME_HOURS) == FULL_TIME_HOURS
    ):
        return wage * FULL_TIME_HOURS / UK_FULL_TIME_WEEK
    shortest = SHORTEST_FULL_TIME_WEEK.get(country)
    if shortest is None or offer.pay_basis != PayBasis.SALARY or (offer.hours_per_week or 0) > 0:
        return wage
    return wage * FULL_TIME_HOURS / shortest


def _top_of_range(offer: Offer, wage: Decimal) -> Decimal | None:
    """The top of an hourly or salary range in the same terms as `wage`, the range's start; None without a range.

    A range that straddles the minimum ("$13-17 an hour" where the minimum is $16) can be paid lawfully and is
    often an old figure: it is a question to ask, not a term that hurts the worker like pay wholly below it."""
    low, high = offer.pay_amount, offer.pay_amount_max
    if offer.pay_basis not in (PayBasis.HOUR, PayBasis.SALARY) or not low or not high or high <= low:
        return None
    return wage * high / low


@rule(faq="Q8", points=30, title="Pay below the legal minimum wage where the job is", evidence=PAY_EVIDENCE)
def pay_below_minimum_wage(offer: Offer, config: RuleConfig) -> Hit | None:
    if not (compared := _compared(offer, config)):
        return None
    reference = compared.reference
    full_time = _full_time_wage(offer, ONE, reference)  # the same factor for the wage in either currency
    compared = compared._replace(wage=compared.wage * full_time, offered=compared.offered * full_time)
    minimum = legal_minimum(offer, reference)
    if minimum is None or compared.wage >= minimum:
        return None
    place, minimum_text = said(reference.name), said(reference.minimum_text)
    if (top := _top_of_range(offer, compared.wage)) is not None and top >= minimum:
        return Hit(
            Severity.UNCLEAR,
            _(
                "The pay range starts at about %(wage)s an hour, below the legal minimum in %(place)s (%(minimum)s); "
                "only its top, about %(top)s, reaches it. The figure may be out of date.",
                wage=money(compared.wage, reference.currency),
                top=money(top, reference.currency),
                place=place,
                minimum=minimum_text,
            ),
            _("What will I start at? Is it at least the legal minimum wage, %(minimum)s?", minimum=minimum_text),
        )
    if compared.conversion is None:
        explanation = _(
            "The offer pays about %(wage)s an hour, less than the legal minimum in %(place)s: %(minimum)s.",
            wage=money(compared.wage, reference.currency),
            place=place,
            minimum=minimum_text,
        )
    else:
        explanation = _(
            "The offer pays about %(offered)s an hour, which is about %(wage)s at the exchange rate of "
            "%(rate_date)s: less than the legal minimum in %(place)s, %(minimum)s.",
            **converted_words(compared, offer),
            place=place,
            minimum=minimum_text,
        )
    return Hit(
        Severity.RED_FLAG,
        explanation,
        _("How can the pay be below the minimum wage? What do agents actually earn per hour?"),
    )


@rule(faq="Q8", points=5, title="Pay below the bottom 10% of U.S. agents (legal, but low)", evidence=PAY_EVIDENCE)
def pay_below_bls_p10(offer: Offer, config: RuleConfig) -> Hit | None:
    compared = _compared(offer, config)
    # The BLS figures are national: they apply in a state with figures of its own too (Texas, at the federal $7.25).
    in_us = compared and compared.reference.place.split("-")[0] == "US"
    if in_us and legal_minimum(offer, compared.reference) <= compared.wage < BLS_P10:
        return Hit(
            Severity.NOTE,
            _(
                "The offer pays about %(wage)s an hour: legal, but less than what the lowest-paid 10%% of U.S. "
                "customer service representatives earn (%(bottom_tenth)s).",
                wage=money(compared.wage, "USD"),
                bottom_tenth=money(BLS_P10, "USD"),
            ),
            _("Is there a raise after training, or bonuses, and what do experienced agents earn per hour?"),
        )
    return None


TIMES_MINIMUM_FAR_ABOVE = 3
CONTRACTOR_RATE_FACTOR = Decimal("1.5")
FROM_ABROAD_RATE_FACTOR = Decimal("2")


def far_above_market(offer: Offer, config: RuleConfig) -> Compared | None:
    """Entry-level pay far above what agents earn where the job is (no experience asked for)."""
    compared = _compared(offer, config)
    if compared is None or offer.answer("experience_required") == Answer.YES:
        return None
    wage, reference = compared.wage, compared.reference
    if reference.far_above_hourly is None and reference.minimum_hourly is not None:
        # No public figure for agents' pay there (Pakistan): three times the legal minimum is far above it for
        # entry-level work by any measure.
        reference = replace(
            reference,
            far_above=reference.minimum * TIMES_MINIMUM_FAR_ABOVE,
            far_above_per=reference.minimum_per,
            far_above_text=three_times_minimum(reference.minimum_text),
        )
    threshold = reference.far_above_hourly
    if threshold is not None and offer.worker_status == WorkerStatus.CONTRACTOR:
        # A freelancer's rate carries the taxes, insurance and unpaid leave an employer would pay: "€26 per hour,
        # zzp" is an ordinary rate, not bait.
        threshold *= CONTRACTOR_RATE_FACTOR
    if threshold is not None and compared.conversion is not None:
        # The market figures are what employers there pay; clients abroad pay more as a rule (a Filipino virtual
        # assistant earns $3-8 an hour from a U.S. client, where local agents earn about $2-3).
        threshold *= FROM_ABROAD_RATE_FACTOR
    if threshold is not None and wage > threshold:
        return compared._replace(reference=reference)
    return None


@rule(
    faq="Q8",
    points=20,
    title="Entry-level pay far above market (is it real?)",
    evidence=(*PAY_EVIDENCE, "experience_required"),
)
def pay_too_good_to_be_true(offer: Offer, config: RuleConfig) -> Hit | None:
    if offer.answer("interview_skipped") == Answer.YES and config.enabled("no_interview"):
        return None  # with no interview, no_interview says it (a fraud signal)
    if compared := far_above_market(offer, config):
        far_above = said(compared.reference.far_above_text)
        if compared.conversion is None:
            explanation = _(
                "The offer pays about %(wage)s an hour without asking for experience, more than %(far_above)s. High "
                "pay for easy work is the usual bait of job scams: find out whether it is real before you give "
                "anything.",
                wage=money(compared.wage, compared.reference.currency),
                far_above=far_above,
            )
        else:
            explanation = _(
                "The offer pays about %(offered)s an hour (about %(wage)s at the exchange rate of %(rate_date)s) "
                "without asking for experience, more than %(far_above)s. High pay for easy work is the usual bait of "
                "job scams: find out whether it is real before you give anything.",
                **converted_words(compared, offer),
                far_above=far_above,
            )
        return Hit(
            Severity.UNCLEAR,
            explanation,
            _("What experience do you require, and can you put the pay and hours in a written offer?"),
        )
    return None
