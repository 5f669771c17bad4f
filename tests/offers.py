"""Offers for the scoring tests: plain dataclasses, no database."""

import json
import random
from decimal import Decimal
from pathlib import Path

from scoring.offer import FeeSnapshot, Offer

# The labelled offers the verdict is measured on (bench/verdict_corpus/LABELLING.md).
CORPUS = Path(__file__).resolve().parent.parent / "bench" / "verdict_corpus"


def corpus_records(paths=None):
    """Each labelled offer as a dict (id, label, split, lang, text...), from the corpus or from `paths` (files in
    its format), in file order."""
    for path in paths or sorted(CORPUS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield json.loads(line)


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


# Texts with thousands of phrases an offer would have are read in part, and say so; texts with nothing to
# read (a digit run, brackets, a label followed by a run of spaces) are read to the end. bench/hostile_text.py
# measures how long each takes; pytest-timeout fails a reading that backtracks for minutes.
READ_IN_PART, READ_IN_FULL = True, False
CHECKLIST_WORDS = [
    "training",
    "fee",
    "$99",
    "per",
    "hour",
    "Telegram",
    "WhatsApp",
    "interview",
    "SSN",
    "bank",
    "account",
    "starter",
    "kit",
    "Texas,",
    "California,",
    "Philippines",
    "Manila",
    "urgent",
    "start",
    "today",
    "limited",
    "spots",
    "no",
    "not",
    "never",
    "commission",
    "leads",
    "guaranteed",
    "minimum",
    "1099",
    "contractor",
    "employee",
    "W-2",
    "headset",
    "laptop",
    "provided",
    "paid",
    "unpaid",
    "gift",
    "card",
    "bitcoin",
    "USDT",
    "reship",
    "package",
    "check",
    "deposit",
    "R15",
    "₱18,000",
    "Rs",
    "20000",
    "€",
    "14",
    "£",
    "-",
    "to",
    ",",
    ";",
    ".",
    "\n",
    "(",
    ")",
    "a@b.com",
    "http://x.y",
]
TARGET_SECONDS = 1.0


def adversarial_texts(size: int) -> dict[str, tuple[str, bool]]:
    def fill(unit: str) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    def tail(head: str, unit: str) -> str:  # a label and then one character repeated to the end
        return head + fill(unit)[: size - len(head) - 1] + "x"

    words = random.Random(1)
    return {
        "random checklist words": (
            " ".join(words.choice(CHECKLIST_WORDS) for _ in range(size // 5))[:size],
            READ_IN_PART,
        ),
        "digit run": (fill("7"), READ_IN_FULL),
        "repeated currency symbols": (fill("$"), READ_IN_FULL),
        "amounts glued by commas": (fill("$1,"), READ_IN_PART),
        "many amounts": (fill("$12.50 per hour, "), READ_IN_PART),
        "fee words and amounts": (fill("training fee $99 "), READ_IN_PART),
        "one long word": (fill("a"), READ_IN_FULL),
        "many e-mail addresses": (fill("recruiter.name@gmail.com "), READ_IN_PART),
        "many URLs": (fill("https://example.org/apply?id=1 "), READ_IN_FULL),
        "state names without punctuation": (fill("Texas "), READ_IN_PART),
        "chat apps and urgency": (fill("Telegram interview start today limited spots "), READ_IN_PART),
        "no sentence breaks": (fill("pay 15 per hour training fee kit 99 whatsapp ssn bank "), READ_IN_PART),
        "brackets": (fill("(["), READ_IN_FULL),
        "a salary label and spaces": (tail("Karachi salary ", " "), READ_IN_FULL),
        "a form field and spaces": (tail("SSN:", " "), READ_IN_FULL),
        "a form field and underscores": (tail("bank account number", "_"), READ_IN_FULL),
        "a run of full stops": (tail("Pay $15/hr", "."), READ_IN_FULL),
    }
