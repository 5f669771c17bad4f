"""Offers for the scoring tests: plain dataclasses, no database."""

from decimal import Decimal

from scoring.offer import FeeSnapshot, Offer

CLEAN = {
    "title": "Customer service agent (remote)",
    "employer_name": "Acme Support",
    "employer_status": "",
    "employer_email_domain": "acme.com",
    "work_types": ("customer_service",),
    "direction": "inbound",
    "pay_basis": "hour",
    "pay_amount": Decimal("15.00"),
    "pay_currency": "USD",
    "guaranteed_minimum": "yes",
    "worker_status": "employee",
    "needs_computer": "yes",
    "needs_landline": "yes",
    "needs_headset": "yes",
    "needs_quiet_room": "yes",
    "buy_from_employer": "no",
    "hiring_regions": ("US-NY", "US-TX"),
    "hours_per_week": 40,
    "nights_weekends": "no",
    "training_days": 10,
    "training_pay": "paid",
    "experience_required": "yes",
    "benefits": "yes",
    "citizenship_required": "no",
    "application_process": "Online assessment, then a phone interview; about two weeks.",
    "chat_app_interview": "no",
    "money_handling": "no",
    "personal_data_early": "no",
    "pressure_to_decide": "no",
    "recruiter_email": "jobs@acme.com",
}


def clean_offer(**changes) -> Offer:
    """A complete, honest offer: $15/hour employee, paid training, no fees, everything a seeker needs stated.
    Yes/no answers are changed by name like any other field (clean_offer(money_handling="yes"))."""
    return Offer.from_values({**CLEAN, **changes})


def fee(kind: str = "application", amount: str | None = "50", **changes) -> FeeSnapshot:
    return FeeSnapshot(kind=kind, amount=None if amount is None else Decimal(amount), **changes)
