"""One way to show an offer's verdict: the check page, the listing page and `check_offer` all use it.

A `CheckedOffer` holds the verdict, the score, the findings (each with the offer's own words behind
it), the questions to ask and the highlighted text, so the three can never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from listings import labels
from listings.already_paid import offer_country
from listings.reading import MarkedText, ReadOffer
from scoring.config import RuleConfig
from scoring.extraction import Extraction, extract
from scoring.offer import Offer
from scoring.pay import PayEstimate
from scoring.verdict import evaluate
from scoring.vocabulary import Severity, Verdict
from scoring.wording import shown

# How each kind of finding is shown, worst first: the scam reading, then the deal reading, then questions.
GROUPS = tuple(
    (severity, anchor, labels.GROUP_HEADINGS[severity])
    for severity, anchor in (
        (Severity.FRAUD, "fraud"),
        (Severity.RED_FLAG, "red-flags"),
        (Severity.UNCLEAR, "unclear"),
        (Severity.NOTE, "notes"),
        (Severity.GOOD, "good"),
    )
)
FAQ_ORDER = [f"Q{n}" for n in range(1, 12)] + ["beyond_faq"]


@dataclass(frozen=True)
class CheckedOffer:
    verdict: str
    score: int
    findings: list[dict]  # Finding.as_dict(), plus "evidence": the offer's own words behind it
    pay: PayEstimate | None
    rules_version: int | None
    reading: ReadOffer | MarkedText | None = None  # the offer's text with what was read from it, if any
    country: str = ""  # the served country the offer is for ("PH"): whose reporting channels to show first

    def as_dict(self) -> dict:
        """JSON-safe: everything the verdict's pages show, so a kept result shows the same whatever the rules
        become (`from_dict` reads it back). The text is kept as marked, not the evidence behind it."""
        reading = self.reading.marked() if isinstance(self.reading, ReadOffer) else self.reading
        return {
            "verdict": self.verdict,
            "score": self.score,
            "findings": self.findings,
            "pay": self.pay.as_dict() if self.pay else None,
            "rules_version": self.rules_version,
            "reading": reading.as_dict() if reading else None,
            "country": self.country,
        }

    @classmethod
    def from_dict(cls, data: dict) -> CheckedOffer:
        return cls(
            verdict=data["verdict"],
            score=data["score"],
            findings=list(data.get("findings") or ()),
            pay=PayEstimate.from_dict(data["pay"]) if data.get("pay") else None,
            rules_version=data.get("rules_version"),
            reading=MarkedText.from_dict(data["reading"]) if data.get("reading") else None,
            country=data.get("country", ""),
        )

    @property
    def verdict_label(self) -> str:
        """In the active language (the API, always English, names it too)."""
        return labels.verdict_label(self.verdict)

    @cached_property
    def shown_findings(self) -> list[dict]:
        """The findings with their explanation and question in the active language (stored in English)."""
        return [{**f, "explanation": shown(f, "explanation"), "ask": shown(f, "ask")} for f in self.findings]

    @cached_property
    def _by_severity(self) -> dict[Severity, list[dict]]:
        by_severity: dict[Severity, list[dict]] = {}
        for finding in self.shown_findings:
            by_severity.setdefault(Severity.from_key(finding.get("severity", "note")), []).append(finding)
        return by_severity

    @property
    def groups(self) -> list[tuple[str, str, list[dict]]]:
        """(anchor, heading, findings) for each kind of finding present, worst first."""
        return [
            (anchor, heading, self._by_severity[severity])
            for severity, anchor, heading in GROUPS
            if severity in self._by_severity
        ]

    @cached_property
    def question_groups(self) -> list[tuple[str, list[str]]]:
        """The questions to ask, grouped by the checklist question they come from, in checklist order
        (a good sign's question is not among them)."""
        by_faq: dict[str, list[str]] = {}
        for finding in self.shown_findings:
            if finding.get("ask") and finding not in self._by_severity.get(Severity.GOOD, ()):
                asks = by_faq.setdefault(finding.get("faq", "beyond_faq"), [])
                if finding["ask"] not in asks:
                    asks.append(finding["ask"])
        return sorted(by_faq.items(), key=lambda item: FAQ_ORDER.index(item[0]) if item[0] in FAQ_ORDER else 99)

    @property
    def questions(self) -> list[str]:
        """What to ask the employer, once each: the questions of the pages, in the same order."""
        return [ask for _, asks in self.question_groups for ask in asks]

    @property
    def scam_signals(self) -> int:
        return len(self._by_severity.get(Severity.FRAUD, ()))

    @property
    def hurtful_terms(self) -> int:
        return len(self._by_severity.get(Severity.RED_FLAG, ()))

    @property
    def unstated_key_facts(self) -> int:
        return len(self._by_severity.get(Severity.UNCLEAR, ()))

    @property
    def is_scam(self) -> bool:
        return self.verdict == Verdict.LIKELY_SCAM

    @property
    def may_have_cost_money(self) -> bool:
        """Red flags or a scam: the seeker may already have paid or sent documents."""
        return self.verdict in (Verdict.RED_FLAGS, Verdict.LIKELY_SCAM)


def check_offer(offer: Offer, config: RuleConfig, *, text: str = "", extraction: Extraction | None = None):
    """Score `offer` now. `text`: the offer's words, read again here (never taken from a client) unless
    `extraction` of that same text is given."""
    result = evaluate(offer, config)
    findings = result.findings_as_dicts()
    reading = None
    if text:
        reading = ReadOffer.from_extraction(text, extraction or extract(text), offer)
        findings = reading.with_evidence(findings)
    country = offer_country(offer.hiring_regions, offer.pay_currency)
    return CheckedOffer(result.verdict, result.score, findings, result.pay, result.rules_version, reading, country)


def check_text(text: str, config: RuleConfig, *, known_employer=None) -> tuple[CheckedOffer, Extraction]:
    """Read an offer's text and score what it says. `known_employer(name)`: the employer moderators know by
    the name the text gives (or None); its status then counts as on the check form and a listing."""
    extraction = extract(text)
    name = extraction.answers.get("employer_name", "")
    employer = known_employer(name) if known_employer and name else None
    offer = extraction.to_offer(employer=employer)
    return check_offer(offer, config, text=text, extraction=extraction), extraction


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
        # The currency says the country without a query; a prefetched region list says it better.
        offer_country(
            [r.code for r in getattr(listing, "_prefetched_objects_cache", {}).get("hiring_regions", ())],
            listing.pay_currency,
        ),
    )
