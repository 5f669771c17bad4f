from listings.models.choices import (
    Answer,
    BusinessModel,
    Currency,
    Direction,
    FeeKind,
    FeeTiming,
    HiresAs,
    PayBasis,
    TrainingPay,
    WorkerStatus,
)
from listings.models.employer import Employer
from listings.models.fee import Fee
from listings.models.listing import Listing
from listings.models.moderation import StatusChange
from listings.models.reference import Region, WorkType
from listings.models.report import Report

__all__ = [
    "Answer",
    "BusinessModel",
    "Currency",
    "Direction",
    "Employer",
    "Fee",
    "FeeKind",
    "FeeTiming",
    "HiresAs",
    "Listing",
    "PayBasis",
    "Region",
    "Report",
    "StatusChange",
    "TrainingPay",
    "WorkType",
    "WorkerStatus",
]
