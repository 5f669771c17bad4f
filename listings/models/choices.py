"""Choices shared by employers, listings and checked offers.

"Unknown" is always its own value: an offer that does not say is not an offer that says "no".
"""

from django.db import models


class Answer(models.TextChoices):
    YES = "yes", "Yes"
    NO = "no", "No"
    UNKNOWN = "unknown", "Don't know / not stated"


class WorkType(models.TextChoices):
    SALES = "sales", "Sales / telemarketing"
    CUSTOMER_SERVICE = "customer_service", "Customer service"
    VERIFICATION = "verification", "Verification"
    TECH_SUPPORT = "tech_support", "Technical support"
    SURVEYS = "surveys", "Surveys"
    QUALITY_ASSURANCE = "quality_assurance", "Quality assurance"
    RESERVATIONS = "reservations", "Reservations"


class Direction(models.TextChoices):
    INBOUND = "inbound", "Inbound (answering calls)"
    OUTBOUND = "outbound", "Outbound (dialing from a list)"
    BOTH = "both", "Inbound and outbound"
    UNKNOWN = "unknown", "Not stated"


class PayBasis(models.TextChoices):
    HOUR = "hour", "Per hour"
    MINUTE = "minute", "Per minute on the phone"
    CALL = "call", "Per call"
    COMMISSION = "commission", "Commission"
    SALARY = "salary", "Salary (per year)"
    UNKNOWN = "unknown", "Not stated"


class WorkerStatus(models.TextChoices):
    EMPLOYEE = "employee", "Employee (W-2 / payroll)"
    CONTRACTOR = "contractor", "Independent contractor"
    UNKNOWN = "unknown", "Not stated"


class HiresAs(models.TextChoices):
    EMPLOYEES = "employees", "Employees"
    CONTRACTORS = "contractors", "Independent contractors"
    BOTH = "both", "Both"
    UNKNOWN = "unknown", "Not known"


class BusinessModel(models.TextChoices):
    OUTSOURCER = "outsourcer", "Outsourcer serving clients"
    IN_HOUSE = "in_house", "Runs its own support"
    UNKNOWN = "unknown", "Not known"


class TrainingPay(models.TextChoices):
    PAID = "paid", "Paid"
    UNPAID = "unpaid", "Unpaid"
    CHARGED = "charged", "Seeker must pay for it"
    UNKNOWN = "unknown", "Not stated"


class FeeKind(models.TextChoices):
    APPLICATION = "application", "Application fee"
    TESTING = "testing", "Testing fee"
    EQUIPMENT = "equipment", "Equipment / software"
    TRAINING = "training", "Training fee"
    BACKGROUND_CHECK = "background_check", "Background / credit check"
    STARTER_KIT = "starter_kit", "Starter kit / registration / activation"
    OTHER = "other", "Other fee"


class FeeTiming(models.TextChoices):
    BEFORE_OFFER = "before_offer", "Before a job offer"
    AFTER_OFFER = "after_offer", "After a job offer"
    UNKNOWN = "unknown", "Not stated"


class Currency(models.TextChoices):
    USD = "USD", "US dollar"
    CAD = "CAD", "Canadian dollar"
    PHP = "PHP", "Philippine peso"
    INR = "INR", "Indian rupee"
    ZAR = "ZAR", "South African rand"
    PKR = "PKR", "Pakistani rupee"
    EUR = "EUR", "Euro"
    GBP = "GBP", "Pound sterling"
