"""The checklist's words: every answer an offer can give, and the verdicts and severities it gets.

`scoring` owns the checklist, so its vocabulary lives here; `listings` stores these values in its
models (and re-exports them from `listings.models`). Pure: importing these needs no Django settings, and
the rules, the pay estimate and the verdict use only the values. The choices' labels are marked for
translation (gettext_lazy, words from locale/GLOSSARY.md): a public form shows them in the page's language,
the admin and the JSON API, which always run in English, get the English.

"Unknown" is always its own value: an offer that does not say is not an offer that says "no".
"""

from __future__ import annotations

from decimal import Decimal
from enum import IntEnum

from django.db.models import TextChoices
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Answer(TextChoices):
    YES = "yes", _("Yes")
    NO = "no", _("No")
    UNKNOWN = "unknown", _("Don't know / not stated")


class WorkType(TextChoices):
    SALES = "sales", _("Sales / telemarketing")
    CUSTOMER_SERVICE = "customer_service", _("Customer service")
    VERIFICATION = "verification", _("Verification")
    TECH_SUPPORT = "tech_support", _("Technical support")
    SURVEYS = "surveys", _("Surveys")
    QUALITY_ASSURANCE = "quality_assurance", _("Quality assurance")
    RESERVATIONS = "reservations", _("Reservations")


class Direction(TextChoices):
    INBOUND = "inbound", _("Inbound (answering calls)")
    OUTBOUND = "outbound", _("Outbound (dialing from a list)")
    BOTH = "both", _("Inbound and outbound")
    UNKNOWN = "unknown", _("Not stated")


class PayBasis(TextChoices):
    HOUR = "hour", _("Per hour")
    MINUTE = "minute", _("Per minute on the phone")
    CALL = "call", _("Per call")
    COMMISSION = "commission", _("Commission")
    SALARY = "salary", _("Salary (per year)")
    UNKNOWN = "unknown", _("Not stated")


class WorkerStatus(TextChoices):
    EMPLOYEE = "employee", _("Employee (W-2 / payroll)")
    CONTRACTOR = "contractor", _("Independent contractor")
    UNKNOWN = "unknown", _("Not stated")


class HiresAs(TextChoices):
    EMPLOYEES = "employees", _("Employees")
    CONTRACTORS = "contractors", _("Independent contractors")
    BOTH = "both", _("Both")
    UNKNOWN = "unknown", _("Not known")


class BusinessModel(TextChoices):
    OUTSOURCER = "outsourcer", _("Outsourcer serving clients")
    IN_HOUSE = "in_house", _("Runs its own support")
    UNKNOWN = "unknown", _("Not known")


class TrainingPay(TextChoices):
    PAID = "paid", _("Paid")
    UNPAID = "unpaid", _("Unpaid")
    CHARGED = "charged", _("Seeker must pay for it")
    UNKNOWN = "unknown", _("Not stated")


class FeeKind(TextChoices):
    APPLICATION = "application", _("Application fee")
    TESTING = "testing", _("Testing fee")
    EQUIPMENT = "equipment", _("Equipment / software")
    TRAINING = "training", _("Training fee")
    BACKGROUND_CHECK = "background_check", _("Background / credit check")
    STARTER_KIT = "starter_kit", _("Starter kit / registration / activation")
    OTHER = "other", _("Other fee")


class FeeTiming(TextChoices):
    BEFORE_OFFER = "before_offer", _("Before a job offer")
    AFTER_OFFER = "after_offer", _("After a job offer")
    UNKNOWN = "unknown", _("Not stated")


class Currency(TextChoices):
    USD = "USD", _("US dollar")
    CAD = "CAD", _("Canadian dollar")
    PHP = "PHP", _("Philippine peso")
    INR = "INR", _("Indian rupee")
    ZAR = "ZAR", _("South African rand")
    PKR = "PKR", _("Pakistani rupee")
    EUR = "EUR", _("Euro")
    GBP = "GBP", _("Pound sterling")
    AUD = "AUD", _("Australian dollar")
    NZD = "NZD", _("New Zealand dollar")


# The most a year of pay could be in each currency; above it a figure is a typo, not an offer. A rupee
# salary of ₹12 lakh a year (1,200,000) is ordinary, a dollar salary of that size is not.
YEARLY_PAY_CEILING = {
    "USD": Decimal("1000000"),
    "CAD": Decimal("1000000"),
    "EUR": Decimal("1000000"),
    "GBP": Decimal("1000000"),
    "AUD": Decimal("1000000"),
    "NZD": Decimal("1000000"),
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

    UNREVIEWED = "unreviewed", _("Not yet reviewed")
    VERIFIED = "verified", _("Verified by moderators")
    FLAGGED = "flagged", _("Flagged: be careful")
    BLOCKED = "blocked", _("Blocked: do not apply")


class Verdict(TextChoices):
    """The verdict bands, best to worst (checklist "Verdict bands")."""

    LOOKS_LEGITIMATE = "looks_legitimate", pgettext_lazy("verdict", "Looks legitimate")
    ASK_MORE_QUESTIONS = "ask_more_questions", pgettext_lazy("verdict", "Ask more questions")
    RED_FLAGS = "red_flags", pgettext_lazy("verdict", "Red flags")
    LIKELY_SCAM = "likely_scam", pgettext_lazy("verdict", "Likely scam")


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
