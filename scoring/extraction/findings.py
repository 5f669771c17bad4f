"""Which evidence backs which finding, so a page can show a finding next to the words it came from.

Each rule declares its evidence fields (scoring/rules/); rules about something missing have none.
"""

from __future__ import annotations

from collections.abc import Iterable

from scoring.checklist import CHECKLIST
from scoring.extraction.result import Evidence

# Rule id -> the Offer fields (or "signal:<name>") whose words back its findings.
RULE_FIELDS: dict[str, frozenset[str]] = {rule.id: frozenset(rule.evidence) for rule in CHECKLIST if rule.evidence}


def evidence_for_rule(rule_id: str, evidence: Iterable[Evidence]) -> list[Evidence]:
    """The evidence behind a finding of `rule_id` (empty when the finding is about something missing)."""
    fields = RULE_FIELDS.get(rule_id, frozenset())
    return [e for e in evidence if e.field in fields]
