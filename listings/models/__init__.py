from listings.models.employer import Employer
from listings.models.fee import Fee
from listings.models.help import HELP_COUNTRIES, ReportingChannel
from listings.models.listing import Listing
from listings.models.moderation import StatusChange
from listings.models.reference import Region, WorkType
from listings.models.report import Report
from listings.models.saved_check import SavedCheck

# The checklist's vocabulary belongs to scoring; re-exported here for the model code that stores it.
from scoring.vocabulary import (  # noqa: E402, I001
    Answer,
    BusinessModel,
    Currency,
    Direction,
    EmployerStatus,
    FeeKind,
    FeeTiming,
    HiresAs,
    PayBasis,
    TrainingPay,
    Verdict,
    WorkerStatus,
)

__all__ = [
    "Answer",
    "BusinessModel",
    "Currency",
    "Direction",
    "Employer",
    "EmployerStatus",
    "Fee",
    "HELP_COUNTRIES",
    "FeeKind",
    "FeeTiming",
    "HiresAs",
    "Listing",
    "PayBasis",
    "Region",
    "Report",
    "ReportingChannel",
    "SavedCheck",
    "StatusChange",
    "TrainingPay",
    "Verdict",
    "WorkType",
    "WorkerStatus",
]
