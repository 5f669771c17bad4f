"""Q11: other questions a seeker needs answered before applying."""

from __future__ import annotations

from scoring.config import RuleConfig
from scoring.offer import Offer
from scoring.rules.base import Hit, rule
from scoring.vocabulary import Answer, Severity


@rule(
    faq="Q11",
    points=1,
    title="How to apply, citizenship or benefits is not stated",
    evidence=("application_process", "citizenship_required", "benefits"),
)
def other_info_missing(offer: Offer, config: RuleConfig) -> Hit | None:
    missing, asks = [], []
    if not offer.application_process.strip():
        missing.append("how applying works")
        asks.append("How does applying work and how long does it take?")
    if offer.answer("citizenship_required") == Answer.UNKNOWN:
        missing.append("whether you must be a citizen")
        asks.append("Must I be a citizen?")
    if offer.answer("benefits") == Answer.UNKNOWN:
        missing.append("whether there are benefits")
        asks.append("Do employees get benefits such as paid leave?")
    if missing:
        return Hit(
            Severity.NOTE,
            f"The offer does not say {', '.join(missing)}. You need these answers before deciding.",
            " ".join(asks),
        )
