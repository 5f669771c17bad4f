"""Turns findings into a verdict, a score and a pay estimate: the one entry point, `evaluate`.

The verdict answers two questions (checklist "Verdict bands"): is it a scam, and is it a fair deal.
A fraud signal makes it "Likely scam" and terms that hurt the worker make it "Red flags", however the
rest reads; otherwise key facts left unstated, past the rule set's allowance, make it "Ask more
questions", and an offer whose key facts are stated and fine "Looks legitimate". The score (100 less
every finding's points) ranks offers within and across bands; it never decides the band.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from scoring.checklist import CHECKLIST
from scoring.config import RuleConfig
from scoring.offer import Offer
from scoring.pay import PayEstimate, estimate_hourly_pay
from scoring.pay_references import times_local_minimum
from scoring.rules.base import Finding
from scoring.rules.pay_level import wage_per_hour
from scoring.vocabulary import Severity, Verdict


@dataclass(frozen=True)
class Result:
    score: int
    verdict: str
    findings: tuple[Finding, ...]
    pay: PayEstimate
    rules_version: int
    pay_vs_minimum: Decimal | None = None  # the promised hourly wage as a multiple of the local minimum wage

    def findings_as_dicts(self) -> list[dict]:
        return [f.as_dict() for f in self.findings]

    @property
    def scam_signals(self) -> tuple[Finding, ...]:
        """The first reading: is someone after the seeker's money, identity or free labour?"""
        return tuple(f for f in self.findings if f.severity == Severity.FRAUD)

    @property
    def hurtful_terms(self) -> tuple[Finding, ...]:
        """The second reading: does a real job's deal hurt the worker?"""
        return tuple(f for f in self.findings if f.severity == Severity.RED_FLAG)


def verdict_for(findings: tuple[Finding, ...] | list[Finding], config: RuleConfig) -> str:
    worst = max((f.severity for f in findings), default=Severity.GOOD)
    if worst == Severity.FRAUD:
        return Verdict.LIKELY_SCAM
    if worst == Severity.RED_FLAG:
        return Verdict.RED_FLAGS
    unclear = sum(f.points for f in findings if f.severity == Severity.UNCLEAR)
    if unclear > config.thresholds.unclear_points_allowed:
        return Verdict.ASK_MORE_QUESTIONS
    return Verdict.LOOKS_LEGITIMATE


def evaluate(offer: Offer, config: RuleConfig) -> Result:
    """Apply every enabled rule of the checklist. Pure: no queries, no saves."""
    findings: list[Finding] = []
    disabled = config.disabled_rules
    for rule in CHECKLIST:
        if rule.id not in disabled:
            findings.extend(rule(offer, config))
    findings.sort(key=lambda f: (-f.severity, -f.points, f.rule))
    pay = estimate_hourly_pay(offer, config.pay)
    return Result(
        score=max(0, min(100, 100 - sum(f.points for f in findings))),
        verdict=verdict_for(findings, config),
        findings=tuple(findings),
        pay=pay,
        rules_version=config.version,
        # The same wage the minimum-wage rule compares (before home-office costs, which only U.S. offers carry).
        pay_vs_minimum=times_local_minimum(offer, wage_per_hour(offer, config), config.local_pay),
    )
