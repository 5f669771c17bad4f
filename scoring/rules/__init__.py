"""The checklist as rules. Importing this package registers every rule module in REGISTRY."""

from scoring.rules.base import REGISTRY, Finding, Severity, finding, rule

__all__ = ["REGISTRY", "Finding", "Severity", "finding", "rule"]
