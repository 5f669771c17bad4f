"""Turns findings into a score, a verdict band and a pay estimate: the one entry point, `evaluate`."""

from __future__ import annotations

from dataclasses import dataclass

from scoring.checklist import CHECKLIST
from scoring.config import RuleConfig
from scoring.offer import Offer
from scoring.pay import PayEstimate, estimate_hourly_pay
from scoring.rules.base import Finding
from scoring.vocabulary import BANDS, Severity, Verdict

LOOKS_LEGITIMATE = Verdict.LOOKS_LEGITIMATE
ASK_MORE_QUESTIONS = Verdict.ASK_MORE_QUESTIONS
RED_FLAGS = Verdict.RED_FLAGS
LIKELY_SCAM = Verdict.LIKELY_SCAM

# The worst finding caps the verdict: missing information can never read as "fine",
# and a decisive sign is "Likely scam" whatever the points.
SEVERITY_CAP = {
    Severity.INFO: LOOKS_LEGITIMATE,
    Severity.CAUTION: ASK_MORE_QUESTIONS,
    Severity.RED_FLAG: RED_FLAGS,
    Severity.DECISIVE: LIKELY_SCAM,
}


@dataclass(frozen=True)
class Result:
    score: int
    verdict: str
    findings: tuple[Finding, ...]
    pay: PayEstimate
    rules_version: int

    def findings_as_dicts(self) -> list[dict]:
        return [f.as_dict() for f in self.findings]


def band_for_score(score: int, config: RuleConfig) -> str:
    t = config.thresholds
    if score >= t.looks_legitimate:
        return LOOKS_LEGITIMATE
    if score >= t.ask_more_questions:
        return ASK_MORE_QUESTIONS
    if score >= t.red_flags:
        return RED_FLAGS
    return LIKELY_SCAM


def worse(a: str, b: str) -> str:
    return max(a, b, key=BANDS.index)


def evaluate(offer: Offer, config: RuleConfig) -> Result:
    """Apply every enabled rule. Pure: no queries, no saves."""
    findings: list[Finding] = []
    disabled = config.disabled_rules
    for rule in CHECKLIST:
        if rule.id not in disabled:
            findings.extend(rule(offer, config))
    findings.sort(key=lambda f: (-f.severity, -f.points, f.rule))
    score = max(0, min(100, 100 - sum(f.points for f in findings)))
    verdict = band_for_score(score, config)
    if findings:
        verdict = worse(verdict, SEVERITY_CAP[findings[0].severity])
    return Result(
        score=score,
        verdict=verdict,
        findings=tuple(findings),
        pay=estimate_hourly_pay(offer, config.pay),
        rules_version=config.version,
    )
