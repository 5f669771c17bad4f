"""Q2: does the company hire where I live?"""

from __future__ import annotations

from scoring.config import RuleConfig
from scoring.offer import Offer
from scoring.rules.base import Hit, rule
from scoring.vocabulary import Severity
from scoring.wording import Says as _


@rule(faq="Q2", points=0, title="Hiring locations are stated", evidence=("hiring_regions", "signal:nationwide"))
def regions_stated(offer: Offer, config: RuleConfig) -> Hit | None:
    if offer.hiring_regions:
        return Hit(
            Severity.GOOD,
            _(
                "The offer says where it hires (%(regions)s). Check that you live there: if you don't, you are not "
                "eligible, but that does not make the offer a scam.",
                regions=", ".join(offer.hiring_regions),
            ),
        )
    return None


@rule(faq="Q2", points=6, title="Hiring locations are not stated (a key fact)")
def regions_not_stated(offer: Offer, config: RuleConfig) -> Hit | None:
    if not offer.hiring_regions:
        return Hit(
            Severity.UNCLEAR,
            _(
                "The offer does not say where it hires. Many companies only hire in certain countries or states, which "
                "is normal, but they should say so, so you can check you are eligible."
            ),
            _("Which countries or states do you hire in, and can I keep the job if I move?"),
        )
    return None
