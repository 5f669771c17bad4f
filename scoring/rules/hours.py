"""Q9: how many hours are available or required?"""

from __future__ import annotations

from scoring.config import RuleConfig
from scoring.offer import Offer
from scoring.rules.base import Hit, rule
from scoring.vocabulary import Answer, Severity
from scoring.wording import Says as _


@rule(
    faq="Q9",
    points=2,
    title="Hours per week and nights/weekends are not stated",
    evidence=("hours_per_week", "nights_weekends"),
)
def hours_not_stated(offer: Offer, config: RuleConfig) -> Hit | None:
    if offer.hours_per_week is None and offer.answer("nights_weekends") == Answer.UNKNOWN:
        return Hit(
            Severity.NOTE,
            _(
                "The offer does not say how many hours you would work or whether nights and weekends are required. "
                "Some companies guarantee no hours at all, so your income could be far lower than you expect."
            ),
            _("How many hours a week are guaranteed or required, and must I work nights or weekends?"),
        )
