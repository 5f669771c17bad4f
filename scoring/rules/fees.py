"""Q4: does the company charge applicants fees? Employers pay workers, not the other way round."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from listings.models.choices import Answer, FeeKind, FeeTiming
from scoring.config import RuleConfig
from scoring.offer import FeeSnapshot, Offer
from scoring.pay import money
from scoring.rules.base import Finding, Severity, finding, rule

# Q4: the accepted background-check fee is typically about $50; well above that deserves a question.
BACKGROUND_CHECK_TYPICAL = Decimal("50")
BACKGROUND_CHECK_LARGE = Decimal("100")

FEE_NAMES = {
    FeeKind.APPLICATION.value: "an application fee",
    FeeKind.TESTING.value: "a testing fee",
    FeeKind.EQUIPMENT.value: "a fee for equipment or software",
    FeeKind.TRAINING.value: "a training fee",
    FeeKind.BACKGROUND_CHECK.value: "a background or credit check fee",
    FeeKind.STARTER_KIT.value: "a starter kit, registration or activation fee",
    FeeKind.OTHER.value: "a fee",
}


def _fees(offer: Offer, kind: str) -> tuple[FeeSnapshot, ...]:
    return tuple(fee for fee in offer.fees if fee.kind == kind)


def _amounts(fees: tuple[FeeSnapshot, ...]) -> str:
    stated = [money(fee.amount, fee.currency) for fee in fees if fee.amount is not None]
    return f" ({', '.join(stated)})" if stated else ""


def _kind_rule(rule_id: str, kind: str, severity: Severity, points: int, title: str, why: str, ask: str):
    """One rule per fee kind: each kind has its own explanation and its own weight."""

    @rule(rule_id, faq="Q4", points=points, title=title)
    def check(offer: Offer, config: RuleConfig) -> Iterator[Finding]:
        fees = _fees(offer, kind)
        if fees:
            yield finding(
                config, rule_id, severity, f"The offer asks you to pay {FEE_NAMES[kind]}{_amounts(fees)}. {why}", ask
            )

    check.__name__ = rule_id
    return check


fee_application = _kind_rule(
    "fee_application",
    FeeKind.APPLICATION.value,
    Severity.RED_FLAG,
    30,
    "Application fee",
    "Real employers do not charge people to apply: they pay workers, not the other way round.",
    "Why do I have to pay to apply, and can you confirm in writing that applying is free?",
)
fee_testing = _kind_rule(
    "fee_testing",
    FeeKind.TESTING.value,
    Severity.RED_FLAG,
    30,
    "Testing fee",
    "Legitimate companies test applicants online for free; a fee to take a test is a warning sign.",
    "Why is there a charge for the skills test? Can I take it without paying?",
)
fee_equipment = _kind_rule(
    "fee_equipment",
    FeeKind.EQUIPMENT.value,
    Severity.RED_FLAG,
    30,
    "Equipment or software fee",
    "Home agents need only basic gear (a computer, a landline, a headset). Paying the company for "
    "special equipment or software is a warning sign.",
    "Which exact equipment and software do I need, and can I buy it anywhere instead of from you?",
)
fee_training = _kind_rule(
    "fee_training",
    FeeKind.TRAINING.value,
    Severity.DECISIVE,
    60,
    "Training fee",
    "The most respected companies pay you while you train. Being charged for training is a red flag: avoid it.",
    "Is training paid? Why would I pay you for it?",
)
fee_starter_kit = _kind_rule(
    "fee_starter_kit",
    FeeKind.STARTER_KIT.value,
    Severity.RED_FLAG,
    35,
    "Starter kit or registration fee",
    "Starter kit, registration, activation and certification fees are a common way scams take money up front.",
    "What exactly does this fee pay for, and can I start the job without paying it?",
)
fee_other = _kind_rule(
    "fee_other",
    FeeKind.OTHER.value,
    Severity.RED_FLAG,
    30,
    "Other fee charged to the applicant",
    "Employers pay workers, not the other way round; any charge to get or keep the job is a warning sign.",
    "What is this fee for, when is it due, and is it refundable?",
)


def _before_offer(fee: FeeSnapshot) -> bool:
    return fee.timing == FeeTiming.BEFORE_OFFER


@rule("fee_before_offer", faq="Q4", points=80, title="A fee is due before a job offer")
def fee_before_offer(offer: Offer, config: RuleConfig) -> Iterator[Finding]:
    fees = tuple(fee for fee in offer.fees if _before_offer(fee))
    if fees:
        names = ", ".join(sorted({FEE_NAMES.get(fee.kind, "a fee") for fee in fees}))
        yield finding(
            config,
            "fee_before_offer",
            Severity.DECISIVE,
            f"You would have to pay {names}{_amounts(fees)} before you even get a job offer. Paying "
            "before an offer is a typical scam pattern: do not pay.",
            "Can you send me a written job offer first? I do not pay any fee before an offer.",
        )


@rule("fee_recurring", faq="Q4", points=30, title="A fee repeats (monthly or yearly)")
def fee_recurring(offer: Offer, config: RuleConfig) -> Iterator[Finding]:
    fees = tuple(fee for fee in offer.fees if fee.recurring == Answer.YES)
    if fees:
        yield finding(
            config,
            "fee_recurring",
            Severity.RED_FLAG,
            f"The offer has a fee you would keep paying{_amounts(fees)}. A job that charges you again and "
            "again is eating into your pay; employers pay workers, not the other way round.",
            "What is the repeating fee for, how often is it charged, and can I stop it?",
        )


@rule("fee_timing_unknown", faq="Q4", points=10, title="A fee's due date (before or after an offer) is not stated")
def fee_timing_unknown(offer: Offer, config: RuleConfig) -> Iterator[Finding]:
    fees = tuple(fee for fee in offer.fees if fee.timing not in (FeeTiming.BEFORE_OFFER, FeeTiming.AFTER_OFFER))
    if fees:
        yield finding(
            config,
            "fee_timing_unknown",
            Severity.CAUTION,
            "The offer mentions a fee but not when it is due. A fee due before a job offer is a scam sign; "
            "the only accepted fee is a one-time background check after an offer.",
            "When exactly is this fee due: before or after I receive a written job offer?",
        )


def _accepted_background_check(fee: FeeSnapshot) -> bool:
    return fee.kind == FeeKind.BACKGROUND_CHECK and fee.timing == FeeTiming.AFTER_OFFER and fee.recurring != Answer.YES


@rule("fee_background_check_after_offer", faq="Q4", points=3, title="One-time background check fee after an offer")
def fee_background_check_after_offer(offer: Offer, config: RuleConfig) -> Iterator[Finding]:
    for fee in offer.fees:
        if not _accepted_background_check(fee):
            continue
        note = (
            "Some legitimate companies charge a one-time background or credit check fee (typically about "
            f"{money(BACKGROUND_CHECK_TYPICAL, 'USD')}) after a job offer. That is the one narrow exception to "
            "'never pay to work'."
        )
        ask = "Is the check fee charged only once, and only after I accept a written offer?"
        if fee.amount is not None and fee.currency == "USD" and fee.amount > BACKGROUND_CHECK_LARGE:
            yield finding(
                config,
                "fee_background_check_after_offer",
                Severity.CAUTION,
                f"{note} But {money(fee.amount, fee.currency)} is far more than usual.",
                "Why does the background check cost this much? Can I see the checking company's price?",
            )
        else:
            yield finding(config, "fee_background_check_after_offer", Severity.INFO, note, ask)
