"""Q11: other questions a seeker needs answered before applying."""

from __future__ import annotations

from functools import cache

from scoring.config import RuleConfig
from scoring.offer import Offer
from scoring.rules.base import Hit, rule
from scoring.vocabulary import Answer, Severity
from scoring.wording import Says as _
from scoring.wording import one_after_another


@rule(
    faq="Q11",
    points=1,
    title="How to apply, citizenship or benefits is not stated",
    evidence=("application_process", "citizenship_required", "benefits"),
)
def other_info_missing(offer: Offer, config: RuleConfig) -> Hit | None:
    return _other_info_hit(
        not offer.application_process.strip(),
        offer.answer("citizenship_required") == Answer.UNKNOWN,
        offer.answer("benefits") == Answer.UNKNOWN,
    )


@cache
def _other_info_hit(no_process: bool, no_citizenship: bool, no_benefits: bool) -> Hit | None:
    # Eight possible findings, made once each: this rule runs for every offer of a batch or a re-score.
    missing, asks = [], []
    if no_process:
        missing.append(_("how applying works"))
        asks.append(_("How does applying work and how long does it take?"))
    if no_citizenship:
        missing.append(_("whether you must be a citizen"))
        asks.append(_("Must I be a citizen?"))
    if no_benefits:
        missing.append(_("whether there are benefits"))
        asks.append(_("Do employees get benefits such as paid leave?"))
    if missing:
        return Hit(
            Severity.NOTE,
            _(
                "The offer does not say %(missing)s. You need these answers before deciding.",
                missing=tuple(missing),
            ),
            one_after_another(*asks),
        )
