"""One way to show an offer's verdict: the check page, the listing page and `check_offer` all use it.

A `CheckedOffer` holds the verdict, the score, the findings (each with the offer's own words behind
it), the questions to ask and the highlighted text, so the three can never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass

from listings.reading import ReadOffer
from scoring.config import RuleConfig
from scoring.extraction import Extraction, extract
from scoring.offer import Offer
from scoring.pay import PayEstimate
from scoring.verdict import evaluate
from scoring.vocabulary import Verdict


@dataclass(frozen=True)
class CheckedOffer:
    verdict: str
    score: int
    findings: list[dict]  # Finding.as_dict(), plus "evidence": the offer's own words behind it
    pay: PayEstimate | None
    rules_version: int | None
    reading: ReadOffer | None = None  # the offer's text with what was read from it, when there is a text

    @property
    def verdict_label(self) -> str:
        return Verdict(self.verdict).label if self.verdict else ""

    @property
    def questions(self) -> list[str]:
        """What to ask the employer, once each, in the findings' order."""
        return list(dict.fromkeys(f["ask"] for f in self.findings if f.get("ask")))


def check_offer(offer: Offer, config: RuleConfig, *, text: str = "", extraction: Extraction | None = None):
    """Score `offer` now. `text`: the offer's words, read again here (never taken from a client) unless
    `extraction` of that same text is given."""
    result = evaluate(offer, config)
    findings = result.findings_as_dicts()
    reading = None
    if text:
        evidence = (extraction or extract(text)).evidence
        reading = ReadOffer(text, evidence, offer)
        findings = reading.with_evidence(findings)
    return CheckedOffer(result.verdict, result.score, findings, result.pay, result.rules_version, reading)


def check_text(text: str, config: RuleConfig) -> tuple[CheckedOffer, Extraction]:
    """Read an offer's text and score what it says."""
    extraction = extract(text)
    return check_offer(extraction.to_offer(), config, text=text, extraction=extraction), extraction


def check_listing(listing) -> CheckedOffer:
    """A listing's stored verdict, with the words behind each finding from the evidence stored with it."""
    reading = ReadOffer.from_listing(listing)
    stored = listing.findings or []
    return CheckedOffer(
        listing.verdict,
        listing.score,
        reading.with_evidence(stored) if reading else stored,
        PayEstimate.from_dict(listing.pay_estimate) if listing.pay_estimate else None,
        listing.rules_version,
        reading,
    )
