"""Q6: on what basis is pay given? Per-minute and per-call pay only count time on the phone."""

from __future__ import annotations

from scoring.config import RuleConfig
from scoring.offer import Offer
from scoring.rules.base import Hit, rule
from scoring.vocabulary import Answer, PayBasis, Severity

# The words that show how pay is worked out and how much it is (or that it is far above market).
PAY_EVIDENCE = ("pay_basis", "pay_amount", "guaranteed_minimum", "guaranteed_minimum_hourly", "signal:pay_above_market")


def is_pay_per_call_or_minute(offer: Offer) -> bool:
    return offer.pay_basis in (PayBasis.CALL, PayBasis.MINUTE)


def minimum_state(offer: Offer) -> str:
    """The guaranteed minimum as an Answer value; a stated hourly minimum counts as "yes"."""
    if offer.answer("guaranteed_minimum") == Answer.UNKNOWN and offer.guaranteed_minimum_hourly is not None:
        return Answer.YES.value
    return offer.answer("guaranteed_minimum")


def _unit(offer: Offer) -> str:
    return "per call" if offer.pay_basis == PayBasis.CALL else "per minute on the phone"


@rule(faq="Q6", points=30, title="Pay per call or per minute with no guaranteed minimum", evidence=PAY_EVIDENCE)
def pay_per_call_no_minimum(offer: Offer, config: RuleConfig) -> Hit | None:
    if is_pay_per_call_or_minute(offer) and minimum_state(offer) == Answer.NO:
        return Hit(
            Severity.RED_FLAG,
            f"You are paid only {_unit(offer)}, with no guaranteed minimum. Time spent waiting for calls is not "
            "paid, so on a quiet day you could earn very little.",
            "How many calls (or minutes) does a typical agent get per hour, and is there any minimum pay per hour?",
        )


@rule(faq="Q6", points=10, title="Pay per call or per minute; minimum not stated", evidence=PAY_EVIDENCE)
def pay_per_call_minimum_unknown(offer: Offer, config: RuleConfig) -> Hit | None:
    if is_pay_per_call_or_minute(offer) and minimum_state(offer) == Answer.UNKNOWN:
        return Hit(
            Severity.CAUTION,
            f"You are paid {_unit(offer)}, and the offer does not say whether there is a minimum. Waiting for calls "
            "is not paid, so without a minimum your pay can drop sharply when calls are few.",
            "Is there a guaranteed minimum pay per hour when few calls come in? How much?",
        )


def _commission_only(offer: Offer) -> bool:
    return offer.pay_basis == PayBasis.COMMISSION and offer.answer("base_pay") != Answer.YES


@rule(
    faq="Q6",
    points=30,
    title="Commission-only sales with no base pay or no leads",
    evidence=("pay_basis", "base_pay", "leads_provided"),
)
def commission_only(offer: Offer, config: RuleConfig) -> Hit | None:
    if _commission_only(offer) and Answer.NO in (offer.answer("base_pay"), offer.answer("leads_provided")):
        missing = " and ".join(
            what
            for what, answer in (
                ("no base pay", offer.answer("base_pay")),
                ("no leads provided", offer.answer("leads_provided")),
            )
            if answer == Answer.NO
        )
        return Hit(
            Severity.RED_FLAG,
            f"This is commission-only sales with {missing}. You earn only when you make a sale, so you could "
            "work many hours for nothing.",
            "Is there any base pay? Do you provide the leads, and what do agents typically earn per hour?",
        )


@rule(faq="Q6", points=10, title="Commission pay; base pay or leads not stated", evidence=("pay_basis",))
def commission_terms_unknown(offer: Offer, config: RuleConfig) -> Hit | None:
    if _commission_only(offer) and Answer.NO not in (offer.answer("base_pay"), offer.answer("leads_provided")):
        return Hit(
            Severity.CAUTION,
            "Pay is by commission, and the offer does not say whether there is a base pay or whether you get leads "
            "(people to call). Without them you could work many hours for nothing.",
            "Is there a minimum base pay, and do you provide the leads?",
        )


@rule(faq="Q6", points=6, title="How pay is worked out is not stated")
def pay_basis_unknown(offer: Offer, config: RuleConfig) -> Hit | None:
    if offer.pay_basis == PayBasis.UNKNOWN or not offer.pay_basis:
        return Hit(
            Severity.CAUTION,
            "The offer does not say whether you are paid per hour, per minute or per call. Per-minute and per-call "
            "pay only count time on the phone, not waiting for calls, so this matters a lot.",
            "Am I paid per hour, per minute or per call? Is there a minimum, and is there any commission?",
        )
