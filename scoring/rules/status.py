"""Q7: employee or independent contractor? Either can be legitimate; they are protected differently."""

from __future__ import annotations

from scoring.config import RuleConfig
from scoring.offer import Offer
from scoring.rules.base import Hit, rule
from scoring.rules.pay_basis import PAY_EVIDENCE, paid_only_for_calls
from scoring.vocabulary import Severity, WorkerStatus
from scoring.wording import Says as _


def _near_zero_income(offer: Offer) -> bool:
    return offer.worker_status == WorkerStatus.CONTRACTOR and paid_only_for_calls(offer)


@rule(
    faq="Q7",
    points=30,
    title="Contractor paid per call or minute with no minimum",
    evidence=("worker_status", *PAY_EVIDENCE),
)
def contractor_no_minimum(offer: Offer, config: RuleConfig) -> Hit | None:
    if _near_zero_income(offer):
        return Hit(
            Severity.RED_FLAG,
            _(
                "You would be an independent contractor paid only for calls or minutes, with no guaranteed minimum. "
                "Contractors are not covered by minimum-wage law, so your income can be near zero when calls are few."
            ),
            _(
                "Is there a guaranteed minimum per hour? What did agents in this role actually earn per hour last "
                "month?"
            ),
        )
    return None


@rule(faq="Q7", points=0, title="Independent contractor (a note on what it means)", evidence=("worker_status",))
def contractor_status(offer: Offer, config: RuleConfig) -> Hit | None:
    if offer.worker_status == WorkerStatus.CONTRACTOR and not _near_zero_income(offer):
        return Hit(
            Severity.GOOD,
            _(
                "You would be an independent contractor. That can be legitimate, but no taxes are taken out of your "
                "pay "
                "(you pay them yourself), and minimum-wage and overtime law does not cover you."
            ),
            _("Will you send me a tax form for my earnings, and how often and how am I paid?"),
        )
    return None


@rule(faq="Q7", points=8, title="Employee or contractor is not stated (a key fact)")
def worker_status_unknown(offer: Offer, config: RuleConfig) -> Hit | None:
    if offer.worker_status not in (WorkerStatus.EMPLOYEE, WorkerStatus.CONTRACTOR):
        return Hit(
            Severity.UNCLEAR,
            _(
                "The offer does not say whether you would be an employee or an independent contractor. Employees get "
                "taxes withheld and at least minimum wage even when no calls come in; contractors do not."
            ),
            _("Will I be an employee on payroll or an independent contractor?"),
        )
    return None
