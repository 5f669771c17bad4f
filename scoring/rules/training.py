"""Q10: what training is needed, and is it paid? The most respected companies pay for it."""

from __future__ import annotations

from collections.abc import Iterator

from listings.models.choices import TrainingPay
from scoring.config import RuleConfig
from scoring.offer import Offer
from scoring.rules.base import Finding, Severity, finding, rule


def _length(offer: Offer) -> str:
    return f" ({offer.training_days} days)" if offer.training_days else ""


@rule("training_charged", faq="Q10", points=70, title="The seeker must pay for training")
def training_charged(offer: Offer, config: RuleConfig) -> Iterator[Finding]:
    if offer.training_pay == TrainingPay.CHARGED:
        yield finding(
            config,
            "training_charged",
            Severity.DECISIVE,
            f"You would have to pay for the training{_length(offer)}. Charging for training is a red flag: "
            "avoid this offer. Real employers pay you while you learn the job.",
            "Why would I pay for training? Do your employees get paid while they train?",
        )


@rule("training_unpaid", faq="Q10", points=30, title="Training is unpaid")
def training_unpaid(offer: Offer, config: RuleConfig) -> Iterator[Finding]:
    if offer.training_pay == TrainingPay.UNPAID:
        yield finding(
            config,
            "training_unpaid",
            Severity.RED_FLAG,
            f"The training{_length(offer)} is unpaid: you work for free before the first paycheck. "
            "The most respected companies pay for training, so this counts against the offer.",
            "How long is the unpaid training, and is any of it paid back once I start taking calls?",
        )


@rule("training_paid", faq="Q10", points=0, title="Training is paid (a good sign)")
def training_paid(offer: Offer, config: RuleConfig) -> Iterator[Finding]:
    if offer.training_pay == TrainingPay.PAID:
        yield finding(
            config,
            "training_paid",
            Severity.INFO,
            f"Training{_length(offer)} is paid. That is a good sign: the most respected companies pay for it.",
        )


@rule("training_pay_unknown", faq="Q10", points=5, title="Whether training is paid is not stated")
def training_pay_unknown(offer: Offer, config: RuleConfig) -> Iterator[Finding]:
    if offer.training_pay not in (TrainingPay.PAID, TrainingPay.UNPAID, TrainingPay.CHARGED):
        yield finding(
            config,
            "training_pay_unknown",
            Severity.CAUTION,
            "The offer does not say whether training is paid. Every such job has training; good employers pay "
            "for it, and charging for it is a scam sign.",
            "How long is training, is it paid, and will I ever be asked to pay for it?",
        )
