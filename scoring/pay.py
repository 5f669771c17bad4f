"""What an offer really pays per hour (Q8), and the U.S. reference figures to compare it with.

Pure and cheap: it runs for every scored offer, so no regexes and a small cache on the
(frozen, hashable) offer and assumptions.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from scoring.amounts import REFERENCE_CURRENCY, Amount, cents
from scoring.config import PayAssumptions
from scoring.offer import Offer
from scoring.vocabulary import Answer, FeeKind, PayBasis
from scoring.wording import WORDING, Says, from_data, render
from scoring.wording import Says as _

# U.S. Bureau of Labor Statistics, customer service representatives, 2017; federal minimum wage.
FEDERAL_MINIMUM = Decimal("7.25")
BLS_P10 = Decimal("10.27")
BLS_MEDIAN = Decimal("15.81")
BLS_P90 = Decimal("26.12")

PAY_REFERENCES = (
    ("federal_minimum", "U.S. federal minimum wage", FEDERAL_MINIMUM),
    ("bls_p10", "Bottom 10% of U.S. customer service representatives", BLS_P10),
    ("bls_median", "Median U.S. customer service representative", BLS_MEDIAN),
    ("bls_p90", "Top 10% of U.S. customer service representatives", BLS_P90),
)

ZERO = Decimal("0.00")
WEEKS_PER_YEAR = 52
MONTHS_PER_YEAR = 12
# A yearly salary is quoted for full-time work (the BLS turns annual wages into hourly ones over
# 2,080 hours): spreading it over the rule set's part-time guess would make an ordinary salary look
# "too good to be true".
FULL_TIME_HOURS = 40
# The pay notes are stored with a listing's estimate in English, like the findings' English words, and beside
# them their templates and values (`wording`), shown in the page's language (`shown_*`). FeeKind's labels are
# translated lazily for the forms, so these are the notes' own.
FEE_LABELS = {
    FeeKind.APPLICATION: _("Application fee"),
    FeeKind.TESTING: _("Testing fee"),
    FeeKind.EQUIPMENT: _("Equipment / software"),
    FeeKind.TRAINING: _("Training fee"),
    FeeKind.BACKGROUND_CHECK: _("Background / credit check"),
    FeeKind.STARTER_KIT: _("Starter kit / registration / activation"),
    FeeKind.OTHER: _("Other fee"),
}
# Why there is no estimate, as a sentence of its own and after "No estimate: ".
NO_BASIS = (
    _("The offer does not say how pay is worked out (per hour, per minute, per call...)."),
    _("the offer does not say how pay is worked out (per hour, per minute, per call...)."),
)
COMMISSION_ONLY = (
    _("Commission-only pay depends on sales, and no guaranteed hourly minimum is stated."),
    _("commission-only pay depends on sales, and no guaranteed hourly minimum is stated."),
)
NO_AMOUNT = (_("The offer does not state how much it pays."), _("the offer does not state how much it pays."))


def money(amount: Decimal, currency: str) -> Amount:
    """ "$12.50" for U.S. dollars, "12.50 PHP" otherwise; shown in the reader's language where a finding or a note
    quotes it (scoring.amounts)."""
    return Amount(amount, currency)


def _decimal_or_none(value) -> Decimal | None:
    return None if value is None else Decimal(value)


@dataclass(frozen=True)
class PayEstimate:
    hourly: Decimal | None  # estimated real hourly pay after home-office costs and fees
    gross_hourly: Decimal | None
    costs_per_hour: Decimal
    fees_per_hour: Decimal
    hours_per_week_used: int
    currency: str
    comparable: bool  # True only for U.S. dollars: the reference figures are U.S. dollars
    method: str
    assumptions: tuple[str, ...]
    unknown_reason: str = ""

    def as_dict(self) -> dict:
        return {
            "hourly": None if self.hourly is None else str(self.hourly),
            "gross_hourly": None if self.gross_hourly is None else str(self.gross_hourly),
            "costs_per_hour": str(self.costs_per_hour),
            "fees_per_hour": str(self.fees_per_hour),
            "hours_per_week_used": self.hours_per_week_used,
            "currency": self.currency,
            "comparable": self.comparable,
            "method": self.method,
            "assumptions": list(self.assumptions),
            "unknown_reason": self.unknown_reason,
            WORDING: {
                "method": _as_data(self.method),
                "unknown_reason": _as_data(self.unknown_reason),
                "assumptions": [_as_data(note) for note in self.assumptions],
            },
        }

    def shown_method(self) -> str:
        return _shown(self.method)

    def shown_unknown_reason(self) -> str:
        return _shown(self.unknown_reason)

    def shown_assumptions(self) -> list[str]:
        return [_shown(note) for note in self.assumptions]

    @classmethod
    def from_dict(cls, data: dict) -> PayEstimate:
        wording = data.get(WORDING) or {}
        notes = wording.get("assumptions") or ()
        assumptions = tuple(data.get("assumptions", ()))
        if len(notes) == len(assumptions):
            assumptions = tuple(_said(note, data) for note, data in zip(assumptions, notes, strict=True))
        return cls(
            hourly=_decimal_or_none(data.get("hourly")),
            gross_hourly=_decimal_or_none(data.get("gross_hourly")),
            costs_per_hour=Decimal(data.get("costs_per_hour") or "0.00"),
            fees_per_hour=Decimal(data.get("fees_per_hour") or "0.00"),
            hours_per_week_used=int(data.get("hours_per_week_used") or 0),
            currency=data.get("currency", REFERENCE_CURRENCY),
            comparable=bool(data.get("comparable", False)),
            method=_said(data.get("method", ""), wording.get("method")),
            assumptions=assumptions,
            unknown_reason=_said(data.get("unknown_reason", ""), wording.get("unknown_reason")),
        )


def _as_data(text: str) -> list | None:
    return text.as_data() if isinstance(text, Says) else None


def _said(english: str, data) -> str:
    """The stored English with its stored wording again, when it has one that still renders."""
    try:
        return from_data(data) if data else english
    except (KeyError, TypeError, ValueError, IndexError):
        return english


def _shown(text: str) -> str:
    """A note in the active language; its English when it has no wording (stored before, or not a Says)."""
    if isinstance(text, Says):
        try:
            return render(text.as_data())
        except (KeyError, TypeError, ValueError, IndexError):
            pass  # a catalogue out of step: the English is still right
    return str(text)


def estimate_hourly_pay(offer: Offer, pay: PayAssumptions) -> PayEstimate:
    """Gross hourly pay from the pay basis, less home-office costs and fees spread over working hours."""
    try:
        return _estimate_cached(offer, pay)
    except TypeError:  # an unhashable field (a list where a tuple belongs): skip the cache
        return _estimate(offer, pay)


@lru_cache(maxsize=4096)
def _estimate_cached(offer: Offer, pay: PayAssumptions) -> PayEstimate:
    return _estimate(offer, pay)


def _gross(offer: Offer, pay: PayAssumptions, hours: int, notes: list[str]) -> tuple[Decimal | None, str, tuple]:
    """(exact gross hourly or None, method sentence, (reason, reason after "No estimate: ") when None, else ())."""
    basis, amount, currency = offer.pay_basis, offer.pay_amount, offer.pay_currency
    minimum = offer.guaranteed_minimum_hourly if offer.answer("guaranteed_minimum") != Answer.NO else None
    if basis == PayBasis.UNKNOWN or not basis:
        return None, "", NO_BASIS
    if basis == PayBasis.COMMISSION or amount is None:
        if minimum is None:
            if basis == PayBasis.COMMISSION:
                return None, "", COMMISSION_ONLY
            return None, "", NO_AMOUNT
        notes.append(
            _("Only the guaranteed minimum of %(minimum)s an hour is counted", minimum=money(minimum, currency))
        )
        return minimum, _("The guaranteed hourly minimum, less home-office costs and fees."), ()
    if basis == PayBasis.HOUR:
        gross = amount
        method = _("The hourly rate (bottom of any range), less home-office costs and fees.")
    elif basis == PayBasis.MINUTE:
        gross = amount * pay.talk_minutes_per_hour
        notes.append(
            _(
                "Time on the phone: %(minutes)s minutes in each hour (waiting is not paid)",
                minutes=pay.talk_minutes_per_hour,
            )
        )
        method = _("The per-minute rate times the minutes on the phone in an hour, less home-office costs and fees.")
    elif basis == PayBasis.CALL:
        gross = amount * pay.calls_per_hour
        notes.append(_("Calls handled: %(calls)s an hour (waiting for calls is not paid)", calls=pay.calls_per_hour))
        method = _("The per-call rate times the calls handled in an hour, less home-office costs and fees.")
    elif basis == PayBasis.SALARY:
        gross = amount / (WEEKS_PER_YEAR * hours)
        notes.append(
            _("Yearly salary spread over %(weeks)s weeks of %(hours)s hours", weeks=WEEKS_PER_YEAR, hours=hours)
        )
        method = _("The yearly salary divided by the hours worked in a year, less home-office costs and fees.")
    else:
        reason = f"Unrecognised pay basis {basis!r}."  # a programming error, not a seeker's concern
        return None, "", (reason, reason[0].lower() + reason[1:])
    if minimum is not None and minimum > gross:
        notes.append(_("Raised to the guaranteed minimum of %(minimum)s an hour", minimum=money(minimum, currency)))
        gross = minimum
    return gross, method, ()


def _estimate(offer: Offer, pay: PayAssumptions) -> PayEstimate:
    currency = offer.pay_currency or REFERENCE_CURRENCY
    comparable = currency == REFERENCE_CURRENCY
    notes: list[str] = []
    hours = offer.hours_per_week if offer.hours_per_week and offer.hours_per_week > 0 else 0
    if hours:
        notes.append(_("Hours per week: %(hours)s (stated in the offer)", hours=hours))
    elif offer.pay_basis == PayBasis.SALARY:
        hours = FULL_TIME_HOURS
        notes.append(
            _("Hours per week: %(hours)s (not stated; a yearly salary is taken to be for full-time work)", hours=hours)
        )
    else:
        hours = max(1, pay.hours_per_week_if_unknown)
        notes.append(_("Hours per week: %(hours)s (not stated in the offer, so assumed)", hours=hours))
    hours_per_month = Decimal(hours * WEEKS_PER_YEAR) / MONTHS_PER_YEAR

    gross, method, reasons = _gross(offer, pay, hours, notes)
    reason = reasons[0] if reasons else ""

    monthly_costs = ZERO
    if comparable:
        if offer.answer("needs_landline") != Answer.NO:
            monthly_costs += pay.phone_line_monthly
            notes.append(_("Extra phone line: %(cost)s a month", cost=money(pay.phone_line_monthly, currency)))
        monthly_costs += pay.internet_monthly + pay.antivirus_monthly
        notes.append(_("Internet: %(cost)s a month", cost=money(pay.internet_monthly, currency)))
        notes.append(_("Antivirus: %(cost)s a month", cost=money(pay.antivirus_monthly, currency)))
    else:
        notes.append(_("Home-office costs not subtracted: the cost assumptions are in U.S. dollars"))

    fees_total = ZERO
    for fee in offer.fees:
        if fee.amount is None:
            continue
        label = FEE_LABELS.get(fee.kind, fee.kind)
        if fee.currency != currency:
            notes.append(
                _(
                    "%(fee)s in %(fee_currency)s not subtracted: pay is in %(currency)s",
                    fee=label,
                    fee_currency=fee.currency,
                    currency=currency,
                )
            )
            continue
        if fee.recurring == Answer.YES:
            fees_total += fee.amount / hours_per_month
            notes.append(_("%(fee)s: %(amount)s every month", fee=label, amount=money(fee.amount, currency)))
        else:
            months = max(1, pay.fee_spread_months)
            fees_total += fee.amount / (hours_per_month * months)
            notes.append(
                _(
                    "%(fee)s: %(amount)s once, spread over %(months)s months",
                    fee=label,
                    amount=money(fee.amount, currency),
                    months=months,
                )
            )
    notes.append(
        _(
            "Working hours per month: %(hours_per_month)s (%(hours)s hours x 52 weeks / 12)",
            hours_per_month=cents(hours_per_month),
            hours=hours,
        )
    )

    costs_per_hour = cents(monthly_costs / hours_per_month)
    fees_per_hour = cents(fees_total)
    gross_hourly = None if gross is None else cents(gross)
    return PayEstimate(
        hourly=None if gross_hourly is None else gross_hourly - costs_per_hour - fees_per_hour,
        gross_hourly=gross_hourly,
        costs_per_hour=costs_per_hour,
        fees_per_hour=fees_per_hour,
        hours_per_week_used=hours,
        currency=currency,
        comparable=comparable,
        method=method or _("No estimate: %(reason)s", reason=reasons[1]),
        assumptions=tuple(notes),
        unknown_reason=reason,
    )
