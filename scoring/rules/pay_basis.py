"""Q6: on what basis is pay given? Per-minute and per-call pay only count time on the phone."""

from __future__ import annotations

from collections.abc import Iterator

from listings.models.choices import Answer, PayBasis
from scoring.config import RuleConfig
from scoring.offer import Offer
from scoring.rules.base import Finding, Severity, finding, rule


def is_pay_per_call_or_minute(offer: Offer) -> bool:
    return offer.pay_basis in (PayBasis.CALL, PayBasis.MINUTE)


def minimum_state(offer: Offer) -> str:
    """The guaranteed minimum as an Answer value; a stated hourly minimum counts as "yes"."""
    if offer.guaranteed_minimum == Answer.UNKNOWN and offer.guaranteed_minimum_hourly is not None:
        return Answer.YES.value
    return offer.guaranteed_minimum


def _unit(offer: Offer) -> str:
    return "per call" if offer.pay_basis == PayBasis.CALL else "per minute on the phone"


@rule("pay_per_call_no_minimum", faq="Q6", points=30, title="Pay per call or per minute with no guaranteed minimum")
def pay_per_call_no_minimum(offer: Offer, config: RuleConfig) -> Iterator[Finding]:
    if is_pay_per_call_or_minute(offer) and minimum_state(offer) == Answer.NO:
        yield finding(
            config,
            "pay_per_call_no_minimum",
            Severity.RED_FLAG,
            f"You are paid only {_unit(offer)}, with no guaranteed minimum. Time spent waiting for calls is not "
            "paid, so on a quiet day you could earn very little.",
            "How many calls (or minutes) does a typical agent get per hour, and is there any minimum pay per hour?",
        )


@rule("pay_per_call_minimum_unknown", faq="Q6", points=10, title="Pay per call or per minute; minimum not stated")
def pay_per_call_minimum_unknown(offer: Offer, config: RuleConfig) -> Iterator[Finding]:
    if is_pay_per_call_or_minute(offer) and minimum_state(offer) == Answer.UNKNOWN:
        yield finding(
            config,
            "pay_per_call_minimum_unknown",
            Severity.CAUTION,
            f"You are paid {_unit(offer)}, and the offer does not say whether there is a minimum. Waiting for calls "
            "is not paid, so without a minimum your pay can drop sharply when calls are few.",
            "Is there a guaranteed minimum pay per hour when few calls come in? How much?",
        )


def _commission_only(offer: Offer) -> bool:
    return offer.pay_basis == PayBasis.COMMISSION and offer.base_pay != Answer.YES


@rule("commission_only", faq="Q6", points=30, title="Commission-only sales with no base pay or no leads")
def commission_only(offer: Offer, config: RuleConfig) -> Iterator[Finding]:
    if _commission_only(offer) and Answer.NO in (offer.base_pay, offer.leads_provided):
        missing = " and ".join(
            what
            for what, answer in (("no base pay", offer.base_pay), ("no leads provided", offer.leads_provided))
            if answer == Answer.NO
        )
        yield finding(
            config,
            "commission_only",
            Severity.RED_FLAG,
            f"This is commission-only sales with {missing}. You earn only when you make a sale, so you could "
            "work many hours for nothing.",
            "Is there any base pay? Do you provide the leads, and what do agents typically earn per hour?",
        )


@rule("commission_terms_unknown", faq="Q6", points=10, title="Commission pay; base pay or leads not stated")
def commission_terms_unknown(offer: Offer, config: RuleConfig) -> Iterator[Finding]:
    if _commission_only(offer) and Answer.NO not in (offer.base_pay, offer.leads_provided):
        yield finding(
            config,
            "commission_terms_unknown",
            Severity.CAUTION,
            "Pay is by commission, and the offer does not say whether there is a base pay or whether you get leads "
            "(people to call). Without them you could work many hours for nothing.",
            "Is there a minimum base pay, and do you provide the leads?",
        )


@rule("pay_basis_unknown", faq="Q6", points=6, title="How pay is worked out is not stated")
def pay_basis_unknown(offer: Offer, config: RuleConfig) -> Iterator[Finding]:
    if offer.pay_basis == PayBasis.UNKNOWN or not offer.pay_basis:
        yield finding(
            config,
            "pay_basis_unknown",
            Severity.CAUTION,
            "The offer does not say whether you are paid per hour, per minute or per call. Per-minute and per-call "
            "pay only count time on the phone, not waiting for calls, so this matters a lot.",
            "Am I paid per hour, per minute or per call? Is there a minimum, and is there any commission?",
        )
