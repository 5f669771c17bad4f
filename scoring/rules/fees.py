"""Q4: does the company charge applicants fees? Employers pay workers, not the other way round.

One fact gives one finding: every fee the offer names is judged by exactly one rule (`judged_by`), so
"pay a $99 training fee before you start" is one decisive warning (training_charged), not three.
"""

from __future__ import annotations

from decimal import Decimal

from scoring.config import RuleConfig
from scoring.offer import FeeSnapshot, Offer
from scoring.pay import money
from scoring.rules.base import Hit, rule
from scoring.vocabulary import Answer, FeeKind, FeeTiming, Severity, TrainingPay
from scoring.wording import Says
from scoring.wording import Says as _

# Q4: the accepted background-check fee is typically about $50; well above that deserves a question.
BACKGROUND_CHECK_TYPICAL = Decimal("50")
BACKGROUND_CHECK_LARGE = Decimal("100")
# Fees that exist only before a job does: nobody applies, sits a test or "registers" after an offer.
BEFORE_A_JOB_BY_NATURE = (FeeKind.APPLICATION, FeeKind.TESTING, FeeKind.STARTER_KIT)

FEE_NAMES = {
    FeeKind.APPLICATION.value: _("an application fee"),
    FeeKind.TESTING.value: _("a testing fee"),
    FeeKind.EQUIPMENT.value: _("a fee for equipment or software"),
    FeeKind.TRAINING.value: _("a training fee"),
    FeeKind.BACKGROUND_CHECK.value: _("a background or credit check fee"),
    FeeKind.STARTER_KIT.value: _("a starter kit, registration or activation fee"),
    FeeKind.OTHER.value: _("a fee"),
}


def judged_by(fee: FeeSnapshot) -> str:
    """The one rule that judges this fee, worst reading first."""
    if fee.kind == FeeKind.TRAINING:
        return "training_charged"
    if fee.timing == FeeTiming.BEFORE_OFFER or fee.kind in BEFORE_A_JOB_BY_NATURE:
        return "fee_before_offer"
    if fee.recurring == Answer.YES:
        return "fee_recurring"
    if fee.kind == FeeKind.BACKGROUND_CHECK:
        return "fee_background_check_after_offer" if fee.timing == FeeTiming.AFTER_OFFER else "fee_timing_unknown"
    if fee.kind == FeeKind.EQUIPMENT:
        return "equipment_bought_from_employer"
    return "fee_other"


def fees_judged_by(offer: Offer, rule_id: str) -> tuple[FeeSnapshot, ...]:
    return tuple(fee for fee in offer.fees if judged_by(fee) == rule_id)


def equipment_fees(offer: Offer) -> tuple[FeeSnapshot, ...]:
    return fees_judged_by(offer, "equipment_bought_from_employer")


def named_amounts(fees: tuple[FeeSnapshot, ...]) -> Says | str:
    """ " ($99.00, $25.00)": the fees' stated amounts, each shown as the reader's language writes it; "" when none
    is stated. The template is not marked for translation: every catalogue would only copy it."""
    stated = tuple(money(fee.amount, fee.currency) for fee in fees if fee.amount is not None)
    return Says(" (%(amounts)s)", amounts=stated) if stated else ""


def _names(fees: tuple[FeeSnapshot, ...]) -> tuple[_, ...]:
    """The fees' names (words to translate, joined with ", " when shown), in English alphabetical order."""
    return tuple(sorted({FEE_NAMES.get(fee.kind, FEE_NAMES[FeeKind.OTHER.value]) for fee in fees}))


@rule(faq="Q4", points=80, title="A fee is due before a job offer", evidence=("fees",))
def fee_before_offer(offer: Offer, config: RuleConfig) -> Hit | None:
    if fees := fees_judged_by(offer, "fee_before_offer"):
        return Hit(
            Severity.FRAUD,
            _(
                "You would have to pay %(fees)s%(amounts)s before you even get a job offer. Paying to apply, test, "
                "register or get a starter kit is a typical scam pattern: do not pay. Employers pay workers, not the "
                "other way round.",
                fees=_names(fees),
                amounts=named_amounts(fees),
            ),
            _("I do not pay any fee before a written offer: can you send me the written job offer first?"),
        )
    return None


@rule(faq="Q4", points=30, title="A fee repeats (monthly or yearly)", evidence=("fees",))
def fee_recurring(offer: Offer, config: RuleConfig) -> Hit | None:
    if fees := fees_judged_by(offer, "fee_recurring"):
        return Hit(
            Severity.RED_FLAG,
            _(
                "The offer has %(fees)s you would keep paying%(amounts)s. A job that charges you again and again is "
                "eating into your pay; employers pay workers, not the other way round.",
                fees=_names(fees),
                amounts=named_amounts(fees),
            ),
            _("What is the repeating fee for, how often is it charged, and can I stop it?"),
        )
    return None


@rule(faq="Q4", points=30, title="Another fee charged to the worker", evidence=("fees",))
def fee_other(offer: Offer, config: RuleConfig) -> Hit | None:
    if fees := fees_judged_by(offer, "fee_other"):
        return Hit(
            Severity.RED_FLAG,
            _(
                "The offer asks you to pay a fee%(amounts)s. Employers pay workers, not the other way round; any "
                "charge to get or keep the job is a warning sign.",
                amounts=named_amounts(fees),
            ),
            _("What is this fee for, when is it due (before or after a written offer), and is it refundable?"),
        )
    return None


@rule(
    faq="Q4", points=20, title="A background-check fee whose due date (before or after an offer) is not stated",
    evidence=("fees",),
)  # fmt: skip
def fee_timing_unknown(offer: Offer, config: RuleConfig) -> Hit | None:
    if fees := fees_judged_by(offer, "fee_timing_unknown"):
        return Hit(
            Severity.UNCLEAR,
            _(
                "The offer mentions %(fees)s%(amounts)s but not when it is due. Some legitimate companies charge a "
                "one-time check fee after a job offer; the same fee before an offer is a scam sign.",
                fees=_names(fees),
                amounts=named_amounts(fees),
            ),
            _("When exactly is this fee due: before or after I receive a written job offer?"),
        )
    return None


@rule(
    faq="Q4", points=3, title="One-time background check fee after an offer", evidence=("fees",)
)  # fmt: skip
def fee_background_check_after_offer(offer: Offer, config: RuleConfig) -> list[Hit]:
    hits = []
    note = _(
        "Some legitimate companies charge a one-time background or credit check fee (typically about %(typical)s) "
        "after a job offer. That is the one narrow exception to 'never pay to work'.",
        typical=money(BACKGROUND_CHECK_TYPICAL, "USD"),
    )
    for fee in fees_judged_by(offer, "fee_background_check_after_offer"):
        if fee.amount is not None and fee.currency == "USD" and fee.amount > BACKGROUND_CHECK_LARGE:
            hits.append(
                Hit(
                    Severity.NOTE,
                    _(
                        "%(note)s But %(amount)s is far more than usual.",
                        note=note,
                        amount=money(fee.amount, fee.currency),
                    ),
                    _("Why does the background check cost this much? Can I see the checking company's price?"),
                )
            )
        else:
            hits.append(
                Hit(
                    Severity.GOOD,
                    note,
                    _("Is the check fee charged only once, and only after I accept a written offer?"),
                )
            )
    return hits


def charged_for_training(offer: Offer) -> bool:
    return offer.training_pay == TrainingPay.CHARGED or bool(fees_judged_by(offer, "training_charged"))
