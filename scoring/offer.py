"""The plain snapshot of an offer that the rules read.

A stored listing, a form answer that was never saved, and an imported row all become an `Offer`,
so one set of pure rules scores them all. Values are the TextChoices values from
listings.models.choices ("unknown" where the offer does not say); amounts are Decimal or None.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class FeeSnapshot:
    kind: str  # FeeKind value
    amount: Decimal | None = None
    currency: str = "USD"
    timing: str = "unknown"  # FeeTiming value
    recurring: str = "unknown"  # Answer value


@dataclass(frozen=True)
class Offer:
    title: str = ""
    description: str = ""
    employer_name: str = ""
    employer_status: str = ""  # Employer.Status value; "" when the employer is not in the database
    employer_email_domain: str = ""
    work_types: tuple[str, ...] = ()
    direction: str = "unknown"
    pay_basis: str = "unknown"
    pay_amount: Decimal | None = None
    pay_amount_max: Decimal | None = None
    pay_currency: str = "USD"
    guaranteed_minimum: str = "unknown"
    guaranteed_minimum_hourly: Decimal | None = None
    base_pay: str = "unknown"
    leads_provided: str = "unknown"
    worker_status: str = "unknown"
    needs_computer: str = "unknown"
    needs_landline: str = "unknown"
    needs_headset: str = "unknown"
    needs_quiet_room: str = "unknown"
    buy_from_employer: str = "unknown"
    hiring_regions: tuple[str, ...] = ()  # ISO 3166 codes: "US", "US-NY", "CA-ON", "PH"
    hours_per_week: int | None = None
    nights_weekends: str = "unknown"
    training_days: int | None = None
    training_pay: str = "unknown"
    experience_required: str = "unknown"
    benefits: str = "unknown"
    citizenship_required: str = "unknown"
    application_process: str = ""
    chat_app_interview: str = "unknown"
    money_handling: str = "unknown"
    personal_data_early: str = "unknown"
    pressure_to_decide: str = "unknown"  # urgency: "start today", "limited spots"
    recruiter_email: str = ""
    fees: tuple[FeeSnapshot, ...] = field(default_factory=tuple)


# Offer fields answered yes / no / unknown (listings.models.choices.Answer).
ANSWER_FIELDS = (
    "guaranteed_minimum",
    "base_pay",
    "leads_provided",
    "needs_computer",
    "needs_landline",
    "needs_headset",
    "needs_quiet_room",
    "buy_from_employer",
    "nights_weekends",
    "experience_required",
    "benefits",
    "citizenship_required",
    "chat_app_interview",
    "money_handling",
    "personal_data_early",
    "pressure_to_decide",
)


OFFER_FIELDS = tuple(
    name
    for name in Offer.__dataclass_fields__
    if name not in {"fees", "work_types", "hiring_regions", "employer_name", "employer_status", "employer_email_domain"}
)


def offer_from_listing(listing) -> Offer:
    """Snapshot a saved listing. Fetch it with Listing.objects.for_scoring() to keep queries constant."""
    employer = listing.employer
    return Offer(
        **{name: getattr(listing, name) for name in OFFER_FIELDS},
        employer_name=employer.name,
        employer_status=employer.status,
        employer_email_domain=employer.email_domain,
        work_types=tuple(sorted(w.code for w in listing.work_types.all())),
        hiring_regions=tuple(sorted(r.code for r in listing.hiring_regions.all())),
        fees=tuple(
            FeeSnapshot(kind=f.kind, amount=f.amount, currency=f.currency, timing=f.timing, recurring=f.recurring)
            for f in listing.fees.all()
        ),
    )
