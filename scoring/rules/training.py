"""Q10: what training is needed, and is it paid? The most respected companies pay for it."""

from __future__ import annotations

from scoring.config import RuleConfig
from scoring.offer import Offer
from scoring.rules.base import Hit, rule
from scoring.rules.fees import charged_for_training, fees_judged_by, named_amounts
from scoring.vocabulary import Severity, TrainingPay
from scoring.wording import Says as _


def _length(offer: Offer) -> str:
    return _(" (%(days)s days)", days=offer.training_days) if offer.training_days else ""


@rule(
    faq="Q10",
    points=70,
    title="The seeker must pay for training",
    evidence=("training_pay", "training_days", "fees"),
)
def training_charged(offer: Offer, config: RuleConfig) -> Hit | None:
    if charged_for_training(offer):
        amounts = named_amounts(fees_judged_by(offer, "training_charged"))
        return Hit(
            Severity.FRAUD,
            _(
                "You would have to pay for the training%(length)s%(amounts)s. Charging for training is a red flag: "
                "avoid this offer. Real employers pay you while you learn the job.",
                length=_length(offer),
                amounts=amounts,
            ),
            _("Why would I pay for training? Do your employees get paid while they train?"),
        )
    return None


@rule(faq="Q10", points=30, title="Training is unpaid", evidence=("training_pay", "training_days"))
def training_unpaid(offer: Offer, config: RuleConfig) -> Hit | None:
    if offer.training_pay == TrainingPay.UNPAID and not charged_for_training(offer):
        return Hit(
            Severity.RED_FLAG,
            _(
                "The training%(length)s is unpaid: you work for free before the first paycheck. The most respected "
                "companies pay for training, so this counts against the offer.",
                length=_length(offer),
            ),
            _("How long is the unpaid training, and is any of it paid back once I start taking calls?"),
        )
    return None


@rule(faq="Q10", points=0, title="Training is paid (a good sign)", evidence=("training_pay", "training_days"))
def training_paid(offer: Offer, config: RuleConfig) -> Hit | None:
    if offer.training_pay == TrainingPay.PAID and not charged_for_training(offer):
        return Hit(
            Severity.GOOD,
            _(
                "Training%(length)s is paid. That is a good sign: the most respected companies pay for it.",
                length=_length(offer),
            ),
        )
    return None


@rule(faq="Q10", points=8, title="Whether training is paid is not stated (a key fact)")
def training_pay_unknown(offer: Offer, config: RuleConfig) -> Hit | None:
    if offer.training_pay == TrainingPay.UNKNOWN and not charged_for_training(offer):
        return Hit(
            Severity.UNCLEAR,
            _(
                "The offer does not say whether training is paid. Every such job has training; good employers pay "
                "for it, and charging for it is a scam sign."
            ),
            _("How long is training, is it paid, and will I ever be asked to pay for it?"),
        )
    return None
