"""Q3: what home-office equipment is needed? Basic gear you own is normal; buying from the employer is not."""

from __future__ import annotations

from collections.abc import Iterator

from listings.models.choices import Answer
from scoring.config import RuleConfig
from scoring.offer import Offer
from scoring.rules.base import Finding, Severity, finding, rule

BASIC_GEAR = (
    ("needs_computer", "a modern computer"),
    ("needs_landline", "a landline phone (cordless phones are usually not allowed)"),
    ("needs_headset", "a headset"),
    ("needs_quiet_room", "a quiet room with a door"),
)


@rule(
    "equipment_bought_from_employer",
    faq="Q3",
    points=30,
    title="Equipment or software must be bought from the employer",
)
def equipment_bought_from_employer(offer: Offer, config: RuleConfig) -> Iterator[Finding]:
    if offer.buy_from_employer == Answer.YES:
        yield finding(
            config,
            "equipment_bought_from_employer",
            Severity.RED_FLAG,
            "You would have to buy equipment or software from the employer. Home agents normally need only basic "
            "gear they already own or buy anywhere; selling you special gear is a way to make money from you.",
            "Exactly what must I buy from you, how much does it cost, and can I buy the same thing elsewhere?",
        )


@rule("equipment_basic", faq="Q3", points=0, title="Only basic, general-purpose equipment is needed")
def equipment_basic(offer: Offer, config: RuleConfig) -> Iterator[Finding]:
    if offer.buy_from_employer == Answer.YES:
        return
    needed = [label for name, label in BASIC_GEAR if getattr(offer, name) == Answer.YES]
    if offer.buy_from_employer == Answer.NO or needed:
        gear = "; ".join(needed) if needed else "basic equipment of your own"
        yield finding(
            config,
            "equipment_basic",
            Severity.INFO,
            f"You need your own basic gear: {gear}. That is normal for home call-center work. "
            "Count its cost, and plan for childcare if you need quiet while on calls.",
        )


@rule("equipment_unknown", faq="Q3", points=3, title="The equipment needed is not stated")
def equipment_unknown(offer: Offer, config: RuleConfig) -> Iterator[Finding]:
    if offer.buy_from_employer == Answer.YES:
        return
    nothing_stated = all(getattr(offer, name) == Answer.UNKNOWN for name, _ in BASIC_GEAR)
    if offer.buy_from_employer == Answer.UNKNOWN or nothing_stated:
        yield finding(
            config,
            "equipment_unknown",
            Severity.CAUTION,
            "The offer does not say what equipment you need or whether you must buy anything from the company. "
            "Basic gear (computer, landline, headset) is normal; buying special gear from the employer is not.",
            "What equipment and software do I need, and must any of it be bought from you?",
        )
