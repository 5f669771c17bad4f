"""What moderators already know about the employer (verified, flagged, blocked)."""

from __future__ import annotations

from collections.abc import Iterator

from listings.models.employer import EmployerStatus
from scoring.config import RuleConfig
from scoring.offer import Offer
from scoring.rules.base import Finding, Severity, finding, rule


def _name(offer: Offer) -> str:
    return offer.employer_name or "This employer"


@rule("employer_blocked", faq="beyond_faq", points=100, title="Moderators blocked this employer")
def employer_blocked(offer: Offer, config: RuleConfig) -> Iterator[Finding]:
    if offer.employer_status == EmployerStatus.BLOCKED:
        yield finding(
            config,
            "employer_blocked",
            Severity.DECISIVE,
            f"{_name(offer)} has been blocked by our moderators after reports or checks. Do not apply, pay or send "
            "personal details.",
            "Can you give me the company's registered name, address and website so I can check it with the BBB?",
        )


@rule("employer_flagged", faq="beyond_faq", points=35, title="Moderators flagged this employer")
def employer_flagged(offer: Offer, config: RuleConfig) -> Iterator[Finding]:
    if offer.employer_status == EmployerStatus.FLAGGED:
        yield finding(
            config,
            "employer_flagged",
            Severity.RED_FLAG,
            f"Our moderators flagged {_name(offer)}: be careful. Check it with the Better Business Bureau (BBB) and "
            "the U.S. Federal Trade Commission (FTC) before going further.",
            "Can you give me the company's registered name, address and website so I can check it?",
        )


@rule("employer_verified", faq="beyond_faq", points=0, title="Moderators verified this employer")
def employer_verified(offer: Offer, config: RuleConfig) -> Iterator[Finding]:
    if offer.employer_status == EmployerStatus.VERIFIED:
        yield finding(
            config,
            "employer_verified",
            Severity.INFO,
            f"Our moderators verified {_name(offer)} as a real company. Still check that the offer really comes "
            "from them (for example, from their own email domain).",
        )
