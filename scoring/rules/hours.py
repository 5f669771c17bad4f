"""Q9: how many hours are available or required?"""

from __future__ import annotations

from collections.abc import Iterator

from listings.models.choices import Answer
from scoring.config import RuleConfig
from scoring.offer import Offer
from scoring.rules.base import Finding, Severity, finding, rule


@rule("hours_not_stated", faq="Q9", points=4, title="Hours per week and nights/weekends are not stated")
def hours_not_stated(offer: Offer, config: RuleConfig) -> Iterator[Finding]:
    if offer.hours_per_week is None and offer.nights_weekends == Answer.UNKNOWN:
        yield finding(
            config,
            "hours_not_stated",
            Severity.CAUTION,
            "The offer does not say how many hours you would work or whether nights and weekends are required. "
            "Some companies guarantee no hours at all, so your income could be far lower than you expect.",
            "How many hours a week are guaranteed or required, and must I work nights or weekends?",
        )
