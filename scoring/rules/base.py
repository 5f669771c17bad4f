"""What a rule is and what it returns. Rules are pure: they read an Offer and a RuleConfig, nothing else.

A rule is a function decorated with `@rule(...)`: its name is the rule's id, and the decorator gives
the checklist question it answers, its default weight, a title for moderators and the offer fields
that are its evidence in the text. The function returns a `Hit` (or a list of them, or None); the
rule turns each into a `Finding` with its id, question and the rule set's weight.
`scoring.checklist.CHECKLIST` lists every rule in order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from scoring.config import RuleConfig
from scoring.offer import Offer
from scoring.vocabulary import Severity
from scoring.wording import WORDING, wording_of


@dataclass(frozen=True)
class Finding:
    rule: str  # stable id, e.g. "fee_before_offer"
    severity: Severity
    points: int  # taken off the score of 100; from the rule set's weights
    faq: str  # "Q1".."Q11", or "beyond_faq"
    explanation: str  # plain words for a job seeker: English, a scoring.wording.Says when translatable
    ask: str  # the question to put to the employer ("" when there is nothing to ask)

    def as_dict(self) -> dict:
        # Written out by hand: dataclasses.asdict deep-copies and is slow over 100,000 listings.
        found = {
            "rule": self.rule,
            "severity": self.severity.key,
            "points": self.points,
            "faq": self.faq,
            "explanation": str(self.explanation),
            "ask": str(self.ask),
        }
        if wording := wording_of(explanation=self.explanation, ask=self.ask):
            found[WORDING] = wording  # shown in the page's language (scoring.wording.shown)
        return found


@dataclass(frozen=True)
class Hit:
    """What a rule found in one offer. `points=None` takes the rule set's weight; good signs give 0."""

    severity: Severity
    explanation: str
    ask: str = ""
    points: int | None = None


RuleFunction = Callable[[Offer, RuleConfig], "Hit | Iterable[Hit] | None"]


@dataclass(frozen=True)
class Rule:
    id: str
    faq: str  # "Q1".."Q11" or "beyond_faq"
    default_points: int
    title: str  # what the rule checks, for moderators editing weights
    evidence: tuple[str, ...]  # Offer fields (or "signal:<name>") whose words in the text back a finding
    function: RuleFunction

    def __call__(self, offer: Offer, config: RuleConfig) -> list[Finding]:
        hits = self.function(offer, config)
        if not hits:
            return []
        if isinstance(hits, Hit):
            hits = (hits,)
        weight = config.weight(self.id, self.default_points).points
        return [
            Finding(
                rule=self.id,
                severity=hit.severity,
                points=weight if hit.points is None else hit.points,
                faq=self.faq,
                explanation=hit.explanation,
                ask=hit.ask,
            )
            for hit in hits
        ]


def rule(*, faq: str, points: int, title: str, evidence: tuple[str, ...] = ()):
    """Declare a checklist rule; the function's name is its id."""

    def declare(function: RuleFunction) -> Rule:
        return Rule(function.__name__, faq, points, title, tuple(evidence), function)

    return declare
