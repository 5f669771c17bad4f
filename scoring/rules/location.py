"""Q2: does the company hire where I live?"""

from __future__ import annotations

from collections.abc import Iterator

from scoring.config import RuleConfig
from scoring.offer import Offer
from scoring.rules.base import Finding, Severity, finding, rule


@rule("regions_stated", faq="Q2", points=0, title="Hiring locations are stated")
def regions_stated(offer: Offer, config: RuleConfig) -> Iterator[Finding]:
    if offer.hiring_regions:
        yield finding(
            config,
            "regions_stated",
            Severity.INFO,
            f"The offer says where it hires ({', '.join(offer.hiring_regions)}). Check that you live there: "
            "if you don't, you are not eligible, but that does not make the offer a scam.",
        )


@rule("regions_not_stated", faq="Q2", points=4, title="Hiring locations are not stated")
def regions_not_stated(offer: Offer, config: RuleConfig) -> Iterator[Finding]:
    if not offer.hiring_regions:
        yield finding(
            config,
            "regions_not_stated",
            Severity.CAUTION,
            "The offer does not say where it hires. Many companies only hire in certain countries or states, which "
            "is normal, but they should say so, so you can check you are eligible.",
            "Which countries or states do you hire in, and can I keep the job if I move?",
        )
