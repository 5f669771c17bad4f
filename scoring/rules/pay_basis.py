"""Q6: on what basis is pay given? Per-minute and per-call pay only count time on the phone."""

from __future__ import annotations

from scoring.config import RuleConfig
from scoring.offer import Offer
from scoring.rules.base import Hit, rule
from scoring.vocabulary import Answer, PayBasis, Severity, WorkerStatus
from scoring.wording import Says as _

# The words that show how pay is worked out and how much it is (or that it is far above market).
PAY_EVIDENCE = ("pay_basis", "pay_amount", "guaranteed_minimum", "guaranteed_minimum_hourly", "signal:pay_above_market")


def is_pay_per_call_or_minute(offer: Offer) -> bool:
    return offer.pay_basis in (PayBasis.CALL, PayBasis.MINUTE)


def minimum_state(offer: Offer) -> str:
    """The guaranteed minimum as an Answer value; a stated hourly minimum counts as "yes"."""
    if offer.answer("guaranteed_minimum") == Answer.UNKNOWN and offer.guaranteed_minimum_hourly is not None:
        return Answer.YES.value
    return offer.answer("guaranteed_minimum")


def paid_only_for_calls(offer: Offer) -> bool:
    """Per call or per minute with no minimum promised: waiting for calls is unpaid. An offer that says
    nothing of a minimum has none to rely on."""
    return is_pay_per_call_or_minute(offer) and minimum_state(offer) != Answer.YES


def _unit(offer: Offer) -> _:
    return _("per call") if offer.pay_basis == PayBasis.CALL else _("per minute on the phone")


@rule(faq="Q6", points=30, title="Pay per call or per minute with no guaranteed minimum", evidence=PAY_EVIDENCE)
def pay_per_call_no_minimum(offer: Offer, config: RuleConfig) -> Hit | None:
    # A contractor paid this way is the worse case of the same fact: contractor_no_minimum (Q7) says it.
    if paid_only_for_calls(offer) and (
        offer.worker_status != WorkerStatus.CONTRACTOR or not config.enabled("contractor_no_minimum")
    ):
        return Hit(
            Severity.RED_FLAG,
            _(
                "You are paid only %(unit)s, and no minimum per hour is guaranteed. Time spent waiting for calls is "
                "not paid, so on a quiet day you could earn very little.",
                unit=_unit(offer),
            ),
            _("How many calls (or minutes) does a typical agent get per hour, and is there any minimum pay per hour?"),
        )
    return None


def commission_only(offer: Offer) -> bool:
    """Paid by commission with no base: said outright, or a commission rate given with no base mentioned ("a
    great commission structure", with no figure and no word on a base, leaves the question open instead)."""
    if offer.pay_basis != PayBasis.COMMISSION:
        return False
    base = offer.answer("base_pay")
    return base == Answer.NO or (base != Answer.YES and offer.pay_amount is not None)


@rule(
    faq="Q6",
    points=30,
    title="Commission-only sales, or commission with no leads",
    evidence=("pay_basis", "base_pay", "leads_provided"),
)
def commission_no_base(offer: Offer, config: RuleConfig) -> Hit | None:
    no_leads = offer.pay_basis == PayBasis.COMMISSION and offer.answer("leads_provided") == Answer.NO
    if commission_only(offer) or no_leads:
        if commission_only(offer) and no_leads:
            missing = _("no base pay and no leads provided")
        else:
            missing = _("no base pay") if commission_only(offer) else _("no leads provided")
        return Hit(
            Severity.RED_FLAG,
            _(
                "This is sales paid by commission with %(missing)s. You earn only when you make a sale, so you could "
                "work many hours for nothing.",
                missing=missing,
            ),
            _("Is there any base pay? Do you provide the leads, and what do agents typically earn per hour?"),
        )
    return None


@rule(faq="Q6", points=4, title="Commission with a base pay; whether leads are provided is not stated",
      evidence=("pay_basis", "base_pay"))  # fmt: skip
def commission_leads_unknown(offer: Offer, config: RuleConfig) -> Hit | None:
    if (
        offer.pay_basis == PayBasis.COMMISSION
        and offer.answer("base_pay") == Answer.YES
        and offer.answer("leads_provided") == Answer.UNKNOWN
    ):
        return Hit(
            Severity.NOTE,
            _("There is a base pay plus commission. The offer does not say whether you get leads (people to call)."),
            _("Do you provide the leads, and what share of agents' pay comes from commission?"),
        )
    return None


@rule(faq="Q6", points=20, title="How much the job pays, or on what basis, is not stated (a key fact)",
      evidence=("pay_basis", "pay_amount"))  # fmt: skip
def pay_not_stated(offer: Offer, config: RuleConfig) -> Hit | None:
    amount_given = offer.pay_amount is not None or offer.guaranteed_minimum_hourly is not None
    if offer.pay_basis == PayBasis.COMMISSION:
        # Commission pay is judged above; "Basic + commission" with no figure for the basic still leaves the pay
        # itself unsaid.
        stated = offer.answer("base_pay") != Answer.YES or amount_given
    else:
        stated = offer.pay_basis != PayBasis.UNKNOWN and amount_given
    if not stated:
        return Hit(
            Severity.UNCLEAR,
            _(
                "The offer does not say what it pays, or whether you are paid per hour, per minute or per call. "
                "Per-minute and per-call pay only count time on the phone, not waiting for calls, so this matters "
                "a lot, and without a figure you cannot compare offers."
            ),
            _("What is the pay, and is it per hour, per minute or per call? Is there a guaranteed minimum?"),
        )
    return None
