"""What moderators already know about the employer (verified, flagged, blocked)."""

from __future__ import annotations

from scoring.config import RuleConfig
from scoring.offer import Offer
from scoring.rules.base import Hit, rule
from scoring.vocabulary import EmployerStatus, Severity
from scoring.wording import Says as _


def _name(offer: Offer, unnamed: _) -> str:
    return offer.employer_name or unnamed


@rule(faq="beyond_faq", points=100, title="Moderators blocked this employer")
def employer_blocked(offer: Offer, config: RuleConfig) -> Hit | None:
    if offer.employer_status == EmployerStatus.BLOCKED:
        return Hit(
            Severity.FRAUD,
            _(
                "%(employer)s has been blocked by our moderators after reports or checks. Do not apply, pay or send "
                "personal details.",
                employer=_name(offer, _("This employer")),
            ),
            _("Can you give me the company's registered name, address and website so I can check it with the BBB?"),
        )


@rule(faq="beyond_faq", points=35, title="Moderators flagged this employer")
def employer_flagged(offer: Offer, config: RuleConfig) -> Hit | None:
    if offer.employer_status == EmployerStatus.FLAGGED:
        return Hit(
            Severity.RED_FLAG,
            _(
                "Our moderators flagged %(employer)s: be careful. Check it with the Better Business Bureau (BBB) and "
                "the U.S. Federal Trade Commission (FTC) before going further.",
                employer=_name(offer, _("this employer")),
            ),
            _("Can you give me the company's registered name, address and website so I can check it?"),
        )


@rule(faq="beyond_faq", points=0, title="Moderators verified this employer")
def employer_verified(offer: Offer, config: RuleConfig) -> Hit | None:
    if offer.employer_status == EmployerStatus.VERIFIED:
        return Hit(
            Severity.GOOD,
            _(
                "Our moderators verified %(employer)s as a real company. Still check that the offer really comes "
                "from them (for example, from their own email domain).",
                employer=_name(offer, _("this employer")),
            ),
        )
