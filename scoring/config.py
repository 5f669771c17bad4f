"""The active rule set's configuration as plain data: what the pure rules and the pay estimate read.

The values moderators edit are the fields of `Thresholds` and `PayAssumptions`: the rule set model has
a field of the same name for each (scoring.models), and its form lists them from here. The local pay
figures (`local_pay`) are data too: the code's by default, the moderators' table when the config comes
from the database (RuleSet.to_config).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scoring.pay_references import PayReferences


@dataclass(frozen=True)
class RuleWeight:
    points: int
    enabled: bool = True


@dataclass(frozen=True)
class PayAssumptions:
    talk_minutes_per_hour: Decimal = Decimal("40")  # per-minute pay only counts time on the phone (Q6)
    calls_per_hour: Decimal = Decimal("6")  # per-call pay only counts answered calls (Q6)
    hours_per_week_if_unknown: int = 20
    phone_line_monthly: Decimal = Decimal("30")  # extra landline (Q3, Q8)
    internet_monthly: Decimal = Decimal("50")
    antivirus_monthly: Decimal = Decimal("5")
    fee_spread_months: int = 12  # charged fees are spread over this period


@dataclass(frozen=True)
class Thresholds:
    """How the verdict reads the findings (scoring.verdict.verdict_for)."""

    # Points of "not stated" findings an offer may have and still look legitimate. With the default
    # weights (pay 20, employee or contractor 8, training pay 8, where they hire 6, equipment 5) that is:
    # pay stated, and at most two of the other key facts left out.
    unclear_points_allowed: int = 16


@dataclass(frozen=True)
class RuleConfig:
    version: int = 0
    weights: Mapping[str, RuleWeight] = field(default_factory=dict)
    thresholds: Thresholds = field(default_factory=Thresholds)
    pay: PayAssumptions = field(default_factory=PayAssumptions)
    local_pay: PayReferences = field(default_factory=lambda: _code_figures())

    def weight(self, rule_id: str, default: int) -> RuleWeight:
        return self.weights.get(rule_id) or _default_weight(default)

    @cached_property
    def disabled_rules(self) -> frozenset[str]:
        # Computed once per config: evaluate() asks for every rule of every offer it scores.
        return frozenset(rule_id for rule_id, weight in self.weights.items() if not weight.enabled)

    def enabled(self, rule_id: str) -> bool:
        """A rule that leaves a fact to another ("one fact, one finding") speaks itself when that one is off."""
        return rule_id not in self.disabled_rules


def _code_figures() -> PayReferences:
    # Imported on first use: pay_references builds on scoring.pay, which reads this module's PayAssumptions.
    from scoring.pay_references import CODE_FIGURES

    return CODE_FIGURES


@lru_cache(maxsize=256)
def _default_weight(points: int) -> RuleWeight:
    return RuleWeight(points=points)
