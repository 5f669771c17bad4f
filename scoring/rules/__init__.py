"""The checklist as rules. Importing this package registers every rule module in REGISTRY."""

from scoring.rules import (  # noqa: F401  (imported to register their rules)
    beyond_faq,
    employer,
    equipment,
    fees,
    hours,
    location,
    other_questions,
    pay_basis,
    pay_level,
    status,
    training,
    work,
)
from scoring.rules.base import REGISTRY, Finding, Severity, finding, rule

__all__ = ["REGISTRY", "Finding", "Severity", "finding", "rule"]
