"""What extraction returns: checklist answers, and the spans of text each answer came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from scoring.extraction.language import is_read, language_name
from scoring.offer import FeeSnapshot, Offer

EVIDENCE_FORMAT = 1
# Offer fields that are not Listing columns but relations; the rest map 1:1 onto Listing fields.
RELATION_FIELDS = ("fees", "hiring_regions", "work_types")
# Read from the text but kept elsewhere: a listing's employer is a row of its own, chosen by a moderator.
NOT_LISTING_COLUMNS = (*RELATION_FIELDS, "employer_name")


@dataclass(frozen=True)
class Evidence:
    """`text[start:end]` of the extraction input is where `field` got `value`.

    `field` is an Offer field name ("pay_basis", "fees"...) or "signal:<name>" for a sign the
    checklist names but the Offer has no field for (urgency, nationwide, gift cards...).
    """

    field: str
    value: str
    start: int
    end: int
    text: str

    def as_dict(self) -> dict:
        return {"field": self.field, "value": self.value, "start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: dict) -> Evidence:
        return cls(
            field=str(data["field"]),
            value=str(data.get("value", "")),
            start=int(data["start"]),
            end=int(data["end"]),
            text=str(data.get("text", "")),
        )


def _json_value(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, FeeSnapshot):
        return {
            "kind": value.kind,
            "amount": None if value.amount is None else str(value.amount),
            "currency": value.currency,
            "timing": value.timing,
            "recurring": value.recurring,
        }
    if isinstance(value, tuple | list):
        return [_json_value(v) for v in value]
    return value


def _from_json(name: str, value: Any) -> Any:
    if name == "fees":
        return tuple(
            FeeSnapshot(
                kind=f["kind"],
                amount=None if f.get("amount") is None else Decimal(f["amount"]),
                currency=f.get("currency", "USD"),
                timing=f.get("timing", "unknown"),
                recurring=f.get("recurring", "unknown"),
            )
            for f in value
        )
    if name in ("hiring_regions", "work_types"):
        return tuple(value)
    if name in ("pay_amount", "pay_amount_max", "guaranteed_minimum_hourly") and value is not None:
        return Decimal(value)
    return value


@dataclass(frozen=True)
class Extraction:
    """Answers an offer's text reveals (only those: everything else stays "unknown"), with evidence.

    `answers` uses Offer field names (and yes/no answer names) and the values of scoring.vocabulary.
    `scanned_chars` < `text_length` when a huge text was only read in part.
    """

    answers: dict[str, Any] = field(default_factory=dict)
    evidence: tuple[Evidence, ...] = ()
    text_length: int = 0
    scanned_chars: int = 0
    notes: tuple[str, ...] = ()
    language: str = ""  # ISO 639-1, "" when too short to tell (scoring.extraction.language)

    @property
    def truncated(self) -> bool:
        return self.scanned_chars < self.text_length

    @property
    def language_read(self) -> bool:
        """Whether the text is in a language the reading understands (or too short to tell)."""
        return is_read(self.language)

    @property
    def language_name(self) -> str:
        return language_name(self.language)

    @property
    def signals(self) -> tuple[Evidence, ...]:
        return tuple(e for e in self.evidence if e.field.startswith("signal:"))

    def evidence_for(self, name: str) -> tuple[Evidence, ...]:
        return tuple(e for e in self.evidence if e.field == name)

    def to_offer(self, **overrides) -> Offer:
        """An Offer with the extracted answers; `overrides` (e.g. a visitor's corrections, the title) win."""
        return Offer.from_values(self.answers, **overrides)

    def listing_values(self) -> dict[str, Any]:
        """Answers that are plain Listing columns (no fees, regions or work types), plus benefits notes."""
        values = {k: v for k, v in self.answers.items() if k not in NOT_LISTING_COLUMNS}
        notes = "; ".join(dict.fromkeys(e.text.strip() for e in self.evidence_for("benefits") if e.value == "yes"))
        if notes:
            values["benefits_notes"] = notes[:500]
        return values

    def answers_as_dict(self) -> dict:
        """The answers alone, JSON-safe (what a batch result gives; the evidence is not built)."""
        return {name: _json_value(value) for name, value in self.answers.items()}

    def as_dict(self) -> dict:
        """JSON-safe, for Listing.evidence; `from_dict` reads it back."""
        return {
            "format": EVIDENCE_FORMAT,
            "answers": self.answers_as_dict(),
            "evidence": [e.as_dict() for e in self.evidence],
            "text_length": self.text_length,
            "scanned_chars": self.scanned_chars,
            "notes": list(self.notes),
            "language": self.language,
        }

    @classmethod
    def from_dict(cls, data: dict) -> Extraction:
        if not data:
            return cls()
        return cls(
            answers={name: _from_json(name, value) for name, value in data.get("answers", {}).items()},
            evidence=tuple(Evidence.from_dict(e) for e in data.get("evidence", ())),
            text_length=int(data.get("text_length", 0)),
            scanned_chars=int(data.get("scanned_chars", 0)),
            notes=tuple(data.get("notes", ())),
            language=str(data.get("language", "")),
        )
