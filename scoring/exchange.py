"""Exchange rates, to compare an offer paid in one currency with the minimum wage of a country that uses another
(a Filipino agent paid "$4 an hour" by a U.S. client, a South African one paid in pounds).

Each rate is how many units of a currency one U.S. dollar buys, with the date and the source it was read from;
a pair of other currencies is crossed through the dollar. The rates below are the defaults: they seed the table
moderators keep in the admin (scoring.models.ExchangeRate) and are what scoring uses with no database. A
reference rate is only good to compare a wage with a minimum ("about ₱230"): it is not what a bank pays out.

Sources, read for this release (each central bank's published rate, as reported where the bank's own page was
not reachable):
- PHP: Bangko Sentral ng Pilipinas reference rate of 2025-09-01, ₱57.15 (BSP reference exchange rate bulletin,
  reported by Planet Philippines UK, 2025-09-01).
- PKR, EUR, GBP: State Bank of Pakistan weighted average customer exchange rates of 2026-01-23 (mid of buying
  and selling: USD 279.6035 / 280.0286, EUR 326.8653 / 327.3552, GBP 375.4522 / 376.0291; reported by PPI News
  Agency, 2026-01-23); the euro and the pound crossed through the rupee.
- CAD: State Bank of Pakistan weighted average customer exchange rates of 2025-11-04 (USD 280.6469 / 281.0788,
  CAD 199.4984 / 199.8075; reported by PkRevenue, 2025-11-04), crossed through the rupee.
- INR, ZAR: European Central Bank euro reference rates of 2025-02-28 (USD 1.0411, INR 90.9710, ZAR 19.1917 per
  euro), crossed through the euro. The oldest rows: a moderator should bring them up to date.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from types import MappingProxyType

BASE_CURRENCY = "USD"  # every rate is stated against it; it has no row of its own
ONE = Decimal("1")


@dataclass(frozen=True)
class Rate:
    currency: str  # ISO 4217
    per_usd: Decimal  # units of `currency` one U.S. dollar buys
    as_of: date  # the day the rate was published for
    source: str


@dataclass(frozen=True)
class Conversion:
    """The offer's pay in the currency of the minimum it is compared with."""

    source: str  # the offer's currency
    target: str  # the local figures' currency
    factor: Decimal  # units of `target` per unit of `source`
    as_of: date  # the older of the rates' dates

    def __call__(self, amount: Decimal) -> Decimal:
        return amount * self.factor


class ExchangeRates:
    """Every currency's rate against the U.S. dollar, by ISO code. Read-only once built."""

    def __init__(self, rates: Iterable[Rate]):
        self.by_currency: Mapping[str, Rate] = MappingProxyType({r.currency: r for r in rates})

    def __iter__(self) -> Iterator[Rate]:
        return iter(self.by_currency.values())

    def __len__(self) -> int:
        return len(self.by_currency)

    def __eq__(self, other) -> bool:
        return isinstance(other, ExchangeRates) and dict(self.by_currency) == dict(other.by_currency)

    __hash__ = None

    def __repr__(self) -> str:
        return f"ExchangeRates({', '.join(self.by_currency)})"

    def conversion(self, source: str, target: str) -> Conversion | None:
        """From `source` to `target`, or None where either has no rate (or they are the same currency)."""
        if source == target:
            return None
        rates = [self.by_currency.get(c) for c in (source, target) if c != BASE_CURRENCY]
        if any(r is None for r in rates):
            return None
        per_usd = {r.currency: r.per_usd for r in rates} | {BASE_CURRENCY: ONE}
        return Conversion(source, target, per_usd[target] / per_usd[source], min(r.as_of for r in rates))


def _mid(buying: str, selling: str) -> Decimal:
    return (Decimal(buying) + Decimal(selling)) / 2


SBP_2026_01_23 = "State Bank of Pakistan, weighted average customer exchange rates of 2026-01-23 (PPI News Agency)"
SBP_2025_11_04 = "State Bank of Pakistan, weighted average customer exchange rates of 2025-11-04 (PkRevenue)"
ECB_2025_02_28 = "European Central Bank, euro reference rates of 2025-02-28, crossed through the euro (verify: oldest)"
_PKR_PER_USD = _mid("279.6035", "280.0286")
_PKR_PER_USD_NOV = _mid("280.6469", "281.0788")
_ECB_USD_PER_EUR = Decimal("1.0411")


def _rounded(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.000001"))


SEEDED_RATES: tuple[Rate, ...] = (
    Rate("PHP", Decimal("57.15"), date(2025, 9, 1),
         "Bangko Sentral ng Pilipinas reference rate of 2025-09-01 (BSP bulletin, via Planet Philippines UK)"),
    Rate("PKR", _rounded(_PKR_PER_USD), date(2026, 1, 23), f"{SBP_2026_01_23}, mid of buying and selling"),
    Rate("EUR", _rounded(_PKR_PER_USD / _mid("326.8653", "327.3552")), date(2026, 1, 23),
         f"{SBP_2026_01_23}, crossed through the rupee"),
    Rate("GBP", _rounded(_PKR_PER_USD / _mid("375.4522", "376.0291")), date(2026, 1, 23),
         f"{SBP_2026_01_23}, crossed through the rupee"),
    Rate("CAD", _rounded(_PKR_PER_USD_NOV / _mid("199.4984", "199.8075")), date(2025, 11, 4),
         f"{SBP_2025_11_04}, crossed through the rupee"),
    Rate("INR", _rounded(Decimal("90.9710") / _ECB_USD_PER_EUR), date(2025, 2, 28), ECB_2025_02_28),
    Rate("ZAR", _rounded(Decimal("19.1917") / _ECB_USD_PER_EUR), date(2025, 2, 28), ECB_2025_02_28),
    Rate("AUD", _rounded(Decimal("1.6741") / _ECB_USD_PER_EUR), date(2025, 2, 28), ECB_2025_02_28),
    Rate("NZD", _rounded(Decimal("1.8579") / _ECB_USD_PER_EUR), date(2025, 2, 28), ECB_2025_02_28),
)  # fmt: skip
CODE_RATES = ExchangeRates(SEEDED_RATES)
