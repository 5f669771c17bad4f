"""Q1: what kind of work, and for whom?"""

from __future__ import annotations

from scoring.config import RuleConfig
from scoring.offer import Offer
from scoring.rules.base import Hit, rule
from scoring.vocabulary import Direction, Severity


@rule(faq="Q1", points=4, title="The kind of work (and the direction of calls) is not stated")
def work_not_described(offer: Offer, config: RuleConfig) -> Hit | None:
    if not offer.work_types and offer.direction == Direction.UNKNOWN:
        return Hit(
            Severity.NOTE,
            "The offer does not say what the work is (customer service, sales, tech support...) or whether you "
            "answer calls or dial out. A real employer says what you will do and for which client.",
            "What exactly will I do: answer calls or make them, what kind of calls, and for which company or client?",
        )
    return None
