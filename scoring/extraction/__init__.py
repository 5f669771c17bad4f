"""Reading offers as job seekers receive them: checklist answers extracted from free text, with evidence.

extraction = extract(text)
extraction.answers      # {"pay_basis": "call", "pay_amount": Decimal("0.45"), "fees": (FeeSnapshot, ...)}
extraction.evidence     # (Evidence(field, value, start, end, text), ...): text[start:end] is the proof
extraction.to_offer(title=..., employer_name=...)   # an Offer for scoring.verdict.evaluate
extraction.as_dict()    # JSON for Listing.evidence; Extraction.from_dict() reads it back
segments(text, extraction.evidence)                 # text split for highlighting
"""

from scoring.extraction.extract import MAX_SCAN_CHARS, extract
from scoring.extraction.findings import RULE_FIELDS, evidence_for_rule
from scoring.extraction.highlight import Segment, segments
from scoring.extraction.result import Evidence, Extraction

__all__ = [
    "MAX_SCAN_CHARS",
    "RULE_FIELDS",
    "Evidence",
    "Extraction",
    "Segment",
    "evidence_for_rule",
    "extract",
    "segments",
]
