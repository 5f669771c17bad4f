"""Q1: what kind of work, and for whom?"""

from __future__ import annotations

from collections.abc import Iterator

from listings.models.choices import Direction
from scoring.config import RuleConfig
from scoring.offer import Offer
from scoring.rules.base import Finding, Severity, finding, rule


@rule("work_not_described", faq="Q1", points=4, title="The kind of work (and the direction of calls) is not stated")
def work_not_described(offer: Offer, config: RuleConfig) -> Iterator[Finding]:
    if not offer.work_types and offer.direction == Direction.UNKNOWN:
        yield finding(
            config,
            "work_not_described",
            Severity.CAUTION,
            "The offer does not say what the work is (customer service, sales, tech support...) or whether you "
            "answer calls or dial out. A real employer says what you will do and for which client.",
            "What exactly will I do: answer calls or make them, what kind of calls, and for which company or client?",
        )
