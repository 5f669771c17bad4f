"""What a rule is and what it returns. Rules are pure: they read an Offer and a RuleConfig, nothing else."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import IntEnum

from scoring.config import RuleConfig
from scoring.offer import Offer


class Severity(IntEnum):
    """Ordered: the worst finding caps the verdict."""

    INFO = 0  # a good sign or a neutral note
    CAUTION = 1  # information is missing: ask more questions
    RED_FLAG = 2  # a serious warning sign
    DECISIVE = 3  # caps the verdict at "Likely scam" whatever the points

    @property
    def label(self) -> str:
        return {0: "good sign", 1: "ask", 2: "red flag", 3: "decisive"}[self.value]


@dataclass(frozen=True)
class Finding:
    rule: str  # stable id, e.g. "fee_before_offer"
    severity: Severity
    points: int  # taken off the score of 100; from the rule set's weights
    faq: str  # "Q1".."Q11", or "beyond_faq"
    explanation: str  # plain words for a job seeker
    ask: str  # the question to put to the employer ("" when there is nothing to ask)

    def as_dict(self) -> dict:
        # Written out by hand: dataclasses.asdict deep-copies and is slow over 100,000 listings.
        return {
            "rule": self.rule,
            "severity": self.severity.name.lower(),
            "points": self.points,
            "faq": self.faq,
            "explanation": self.explanation,
            "ask": self.ask,
        }


RuleFunction = Callable[[Offer, RuleConfig], Iterable[Finding]]


@dataclass(frozen=True)
class RuleSpec:
    id: str
    faq: str
    default_points: int
    title: str  # what the rule checks, for moderators editing weights
    function: RuleFunction


REGISTRY: dict[str, RuleSpec] = {}


def rule(rule_id: str, *, faq: str, points: int, title: str):
    """Register a rule. The function yields findings built with `finding(...)`."""

    def register(function: RuleFunction) -> RuleFunction:
        if rule_id in REGISTRY:
            raise ValueError(f"Duplicate rule id {rule_id!r}")
        REGISTRY[rule_id] = RuleSpec(rule_id, faq, points, title, function)
        return function

    return register


def finding(
    config: RuleConfig, rule_id: str, severity: Severity, explanation: str, ask: str = "", *, points: int | None = None
) -> Finding:
    """A finding whose points come from the rule set (the rule's weight), unless given (e.g. 0 for a good sign)."""
    spec = REGISTRY[rule_id]
    weight = config.weight(rule_id, spec.default_points).points if points is None else points
    return Finding(rule=rule_id, severity=severity, points=weight, faq=spec.faq, explanation=explanation, ask=ask)
