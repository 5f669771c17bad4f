"""Q3: what home-office equipment is needed? Basic gear you own is normal; buying from the employer is not."""

from __future__ import annotations

from scoring.config import RuleConfig
from scoring.offer import Offer
from scoring.rules.base import Hit, rule
from scoring.rules.fees import equipment_fees, named_amounts
from scoring.vocabulary import Answer, Severity
from scoring.wording import Says as _

BASIC_GEAR = (
    ("needs_computer", _("a modern computer")),
    ("needs_landline", _("a landline phone (cordless phones are usually not allowed)")),
    ("needs_headset", _("a headset")),
    ("needs_quiet_room", _("a quiet room with a door")),
)
GEAR_FIELDS = tuple(name for name, _ in BASIC_GEAR)


def buys_from_employer(offer: Offer) -> bool:
    """Gear or software bought from the employer: said so, or an equipment fee due once an offer is made.
    (An equipment fee due before an offer is money before a job exists: `fee_before_offer`.)"""
    return offer.answer("buy_from_employer") == Answer.YES or bool(equipment_fees(offer))


@rule(
    faq="Q3",
    points=30,
    title="Equipment or software must be bought from the employer",
    evidence=("buy_from_employer", "fees"),
)
def equipment_bought_from_employer(offer: Offer, config: RuleConfig) -> Hit | None:
    if buys_from_employer(offer):
        return Hit(
            Severity.RED_FLAG,
            _(
                "You would have to buy equipment or software from the employer%(amounts)s. Home agents normally need "
                "only basic gear they already own or buy anywhere; selling you special gear is a way to make money "
                "from you.",
                amounts=named_amounts(equipment_fees(offer)),
            ),
            _("Exactly what must I buy from you, how much does it cost, and can I buy the same thing elsewhere?"),
        )
    return None


@rule(
    faq="Q3",
    points=0,
    title="Only basic, general-purpose equipment is needed",
    evidence=(*GEAR_FIELDS, "buy_from_employer"),
)
def equipment_basic(offer: Offer, config: RuleConfig) -> Hit | None:
    if buys_from_employer(offer):
        return None
    needed = [label for name, label in BASIC_GEAR if offer.answer(name) == Answer.YES]
    if needed:
        return Hit(
            Severity.GOOD,
            _(
                "You need your own basic gear: %(gear)s. That is normal for home call-center work. Count its cost, "
                "and plan for childcare if you need quiet while on calls.",
                gear=tuple(needed),
            ),
        )
    if offer.answer("buy_from_employer") == Answer.NO:
        return Hit(
            Severity.GOOD,
            _(
                "You do not have to buy equipment from the employer (the offer says it is provided, or that nothing "
                "needs buying from them). That is how good employers do it."
            ),
        )
    return None


@rule(faq="Q3", points=5, title="The equipment needed is not stated (a key fact)")
def equipment_unknown(offer: Offer, config: RuleConfig) -> Hit | None:
    if buys_from_employer(offer):
        return None
    nothing_stated = all(offer.answer(name) == Answer.UNKNOWN for name in GEAR_FIELDS)
    if offer.answer("buy_from_employer") == Answer.UNKNOWN and nothing_stated:
        return Hit(
            Severity.UNCLEAR,
            _(
                "The offer does not say what equipment you need or whether you must buy anything from the company. "
                "Basic gear (computer, landline, headset) is normal; buying special gear from the employer is not."
            ),
            _("What equipment and software do I need, and must any of it be bought from you?"),
        )
    return None
