"""The checklist's words: every answer an offer can give, and the verdicts and severities it gets.

`scoring` owns the checklist, so its vocabulary lives here; `listings` stores these values in its
models (and re-exports them from `listings.models`). Pure: importing and using these needs no Django
settings, so the rules, the pay estimate and the verdict run anywhere.

"Unknown" is always its own value: an offer that does not say is not an offer that says "no".
"""

from __future__ import annotations

from decimal import Decimal
from enum import IntEnum

from django.db.models import TextChoices


class Answer(TextChoices):
    YES = "yes", "Yes"
    NO = "no", "No"
    UNKNOWN = "unknown", "Don't know / not stated"


class WorkType(TextChoices):
    SALES = "sales", "Sales / telemarketing"
    CUSTOMER_SERVICE = "customer_service", "Customer service"
    VERIFICATION = "verification", "Verification"
    TECH_SUPPORT = "tech_support", "Technical support"
    SURVEYS = "surveys", "Surveys"
    QUALITY_ASSURANCE = "quality_assurance", "Quality assurance"
    RESERVATIONS = "reservations", "Reservations"


class Direction(TextChoices):
    INBOUND = "inbound", "Inbound (answering calls)"
    OUTBOUND = "outbound", "Outbound (dialing from a list)"
    BOTH = "both", "Inbound and outbound"
    UNKNOWN = "unknown", "Not stated"


class PayBasis(TextChoices):
    HOUR = "hour", "Per hour"
    MINUTE = "minute", "Per minute on the phone"
    CALL = "call", "Per call"
    COMMISSION = "commission", "Commission"
    SALARY = "salary", "Salary (per year)"
    UNKNOWN = "unknown", "Not stated"


class WorkerStatus(TextChoices):
    EMPLOYEE = "employee", "Employee (W-2 / payroll)"
    CONTRACTOR = "contractor", "Independent contractor"
    UNKNOWN = "unknown", "Not stated"


class HiresAs(TextChoices):
    EMPLOYEES = "employees", "Employees"
    CONTRACTORS = "contractors", "Independent contractors"
    BOTH = "both", "Both"
    UNKNOWN = "unknown", "Not known"


class BusinessModel(TextChoices):
    OUTSOURCER = "outsourcer", "Outsourcer serving clients"
    IN_HOUSE = "in_house", "Runs its own support"
    UNKNOWN = "unknown", "Not known"


class TrainingPay(TextChoices):
    PAID = "paid", "Paid"
    UNPAID = "unpaid", "Unpaid"
    CHARGED = "charged", "Seeker must pay for it"
    UNKNOWN = "unknown", "Not stated"


class FeeKind(TextChoices):
    APPLICATION = "application", "Application fee"
    TESTING = "testing", "Testing fee"
    EQUIPMENT = "equipment", "Equipment / software"
    TRAINING = "training", "Training fee"
    BACKGROUND_CHECK = "background_check", "Background / credit check"
    STARTER_KIT = "starter_kit", "Starter kit / registration / activation"
    OTHER = "other", "Other fee"


class FeeTiming(TextChoices):
    BEFORE_OFFER = "before_offer", "Before a job offer"
    AFTER_OFFER = "after_offer", "After a job offer"
    UNKNOWN = "unknown", "Not stated"


class Currency(TextChoices):
    USD = "USD", "US dollar"
    CAD = "CAD", "Canadian dollar"
    PHP = "PHP", "Philippine peso"
    INR = "INR", "Indian rupee"
    ZAR = "ZAR", "South African rand"
    PKR = "PKR", "Pakistani rupee"
    EUR = "EUR", "Euro"
    GBP = "GBP", "Pound sterling"


# The most a year of pay could be in each currency; above it a figure is a typo, not an offer. A rupee
# salary of ₹12 lakh a year (1,200,000) is ordinary, a dollar salary of that size is not.
YEARLY_PAY_CEILING = {
    "USD": Decimal("1000000"),
    "CAD": Decimal("1000000"),
    "EUR": Decimal("1000000"),
    "GBP": Decimal("1000000"),
    "ZAR": Decimal("20000000"),
    "PHP": Decimal("50000000"),
    "INR": Decimal("90000000"),
    "PKR": Decimal("99000000"),
}
PAY_CEILING = max(YEARLY_PAY_CEILING.values())


def pay_ceiling(currency: str) -> Decimal:
    return YEARLY_PAY_CEILING.get(currency, PAY_CEILING)


class EmployerStatus(TextChoices):
    """What moderators know about an employer; a blocked employer is a fraud signal of its own."""

    UNREVIEWED = "unreviewed", "Not yet reviewed"
    VERIFIED = "verified", "Verified by moderators"
    FLAGGED = "flagged", "Flagged: be careful"
    BLOCKED = "blocked", "Blocked: do not apply"


class Verdict(TextChoices):
    """The verdict bands, best to worst (checklist "Verdict bands")."""

    LOOKS_LEGITIMATE = "looks_legitimate", "Looks legitimate"
    ASK_MORE_QUESTIONS = "ask_more_questions", "Ask more questions"
    RED_FLAGS = "red_flags", "Red flags"
    LIKELY_SCAM = "likely_scam", "Likely scam"


BANDS = tuple(Verdict)  # best to worst


class Severity(IntEnum):
    """What one finding means for the verdict (checklist "Verdict bands"); ordered from best to worst.

    A FRAUD finding makes the verdict "Likely scam" and a RED_FLAG one "Red flags", whatever else the
    offer says. UNCLEAR findings (a key fact not stated, a claim to check) add up their points, and past
    the rule set's allowance the verdict is "Ask more questions". NOTE findings are questions worth
    asking that never lower the verdict; GOOD ones are good signs.
    """

    GOOD = 0
    NOTE = 1
    UNCLEAR = 2
    RED_FLAG = 3
    FRAUD = 4

    @property
    def key(self) -> str:
        """The name stored with a finding ("red_flag")."""
        return self.name.lower()

    @property
    def label(self) -> str:
        return SEVERITY_LABELS[self]

    @classmethod
    def from_key(cls, key: str) -> Severity:
        return cls[_OLD_KEYS.get(key, key).upper()]


SEVERITY_LABELS = {
    Severity.GOOD: "Good sign",
    Severity.NOTE: "Worth asking",
    Severity.UNCLEAR: "Not stated",
    Severity.RED_FLAG: "Red flag",
    Severity.FRAUD: "Fraud signal",
}
# Findings stored before the current severities, read until their listing is re-scored.
_OLD_KEYS = {"info": "good", "caution": "note", "decisive": "fraud"}
