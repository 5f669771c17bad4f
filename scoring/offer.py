"""The plain snapshot of an offer that the rules read.

A stored listing, a form answer that was never saved, an imported row and an offer's extracted text
all become an `Offer` through `Offer.from_values`, so one set of pure rules scores them all. Values
are those of `scoring.vocabulary` ("unknown" where the offer does not say); amounts are Decimal or None.

The yes/no/unknown answers (does the interview happen only by chat app? must you buy gear from the
employer?...) are one mapping, `answers`, read with `offer.answer(name)`: a new answer needs no change
here, only the model field that stores it, the rule that reads it and the extraction that finds it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, fields
from decimal import Decimal
from typing import Any

from scoring.vocabulary import Answer

_STATED = (Answer.YES.value, Answer.NO.value)
_ANSWER_VALUES = frozenset(Answer.values)


class Answers(Mapping):
    """Yes/no answers by field name; a name that is not here is "unknown". Immutable and hashable, so
    an Offer can key a cache."""

    __slots__ = ("_dict", "_items")

    def __init__(self, values: Mapping[str, str] | None = None):
        stated = {name: str(value) for name, value in (values or {}).items() if value in _STATED}
        self._dict = stated
        self._items = tuple(sorted(stated.items()))

    def __getitem__(self, name: str) -> str:
        return self._dict[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._dict)

    def __len__(self) -> int:
        return len(self._dict)

    def __hash__(self) -> int:
        return hash(self._items)

    def __eq__(self, other) -> bool:
        return isinstance(other, Answers) and self._items == other._items

    def __repr__(self) -> str:
        return f"Answers({self._dict!r})"


@dataclass(frozen=True)
class FeeSnapshot:
    kind: str  # FeeKind value
    amount: Decimal | None = None
    currency: str = "USD"
    timing: str = "unknown"  # FeeTiming value
    recurring: str = "unknown"  # Answer value


UNKNOWN = Answer.UNKNOWN.value
# The name the importer gives an employer a row does not name ("Unknown employer (import emscad)").
UNKNOWN_EMPLOYER = "Unknown employer"


@dataclass(frozen=True)
class Offer:
    title: str = ""
    description: str = ""
    employer_name: str = ""
    employer_status: str = ""  # EmployerStatus value; "" when the employer is not in the database
    employer_email_domain: str = ""
    work_types: tuple[str, ...] = ()
    direction: str = "unknown"
    pay_basis: str = "unknown"
    pay_amount: Decimal | None = None
    pay_amount_max: Decimal | None = None
    pay_currency: str = "USD"
    guaranteed_minimum_hourly: Decimal | None = None
    worker_status: str = "unknown"
    hiring_regions: tuple[str, ...] = ()  # ISO 3166 codes: "US", "US-NY", "CA-ON", "PH"
    hours_per_week: int | None = None
    training_days: int | None = None
    training_pay: str = "unknown"
    application_process: str = ""
    recruiter_email: str = ""
    fees: tuple[FeeSnapshot, ...] = field(default_factory=tuple)
    answers: Answers = field(default_factory=Answers)

    def answer(self, name: str) -> str:
        """A yes/no answer ("yes", "no" or "unknown")."""
        return self.answers._dict.get(name, UNKNOWN)

    @property
    def names_employer(self) -> bool:
        name = self.employer_name.strip()
        return bool(name) and not name.lower().startswith(UNKNOWN_EMPLOYER.lower())

    def value(self, name: str):
        """Any field or yes/no answer by name, as a Listing's attribute of that name would give it."""
        return getattr(self, name) if name in FIELD_NAMES else self.answer(name)

    @classmethod
    def from_values(cls, values: Mapping[str, Any], *, employer=None, **extra) -> Offer:
        """The snapshot of flat values: a listing's columns, a form's cleaned data, extracted answers or
        an imported row. Offer fields are copied; any other value that is a yes/no/unknown answer becomes
        one of `answers`; anything else is ignored. `extra` (relations...) wins over `values`; `employer`
        (anything with name, status and email_domain) fills the employer's fields.
        """
        merged = {**values, **extra}
        if employer is not None:
            merged.update(
                employer_name=employer.name,
                employer_status=employer.status,
                employer_email_domain=employer.email_domain,
            )
        own = {name: merged[name] for name in FIELD_NAMES if name in merged and name != "answers"}
        answers = {name: value for name, value in merged.items() if name not in FIELD_NAMES and _is_answer(value)}
        if isinstance(merged.get("answers"), Mapping):
            answers.update(merged["answers"])
        for name in ("work_types", "hiring_regions", "fees"):
            if name in own:
                own[name] = tuple(own[name] or ())
        return cls(**own, answers=Answers(answers))

    def column_values(self) -> dict[str, Any]:
        """The values a Listing stores in its own columns: COLUMN_FIELDS and every stated answer."""
        return {**{name: getattr(self, name) for name in COLUMN_FIELDS}, **self.answers}


def _is_answer(value) -> bool:
    return isinstance(value, str) and value in _ANSWER_VALUES


FIELD_NAMES = frozenset(f.name for f in fields(Offer))
# Offer fields that are Listing columns of the same name (the rest are relations or the employer's).
NOT_COLUMNS = {
    "fees",
    "work_types",
    "hiring_regions",
    "answers",
    "employer_name",
    "employer_status",
    "employer_email_domain",
}
COLUMN_FIELDS = tuple(f.name for f in fields(Offer) if f.name not in NOT_COLUMNS)
