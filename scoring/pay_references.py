"""Local pay figures: each country's legal minimum, and the pay above which an entry-level phone job is
"too good to be true", in the country's own currency, each with its source and date.

An offer is compared with the figures of the place it hires in, in its currency (`local_pay`). The
figures are stated the way the law states them (per hour, day or month) and turned into an hourly
figure here: a day is 8 hours, a month 173.3 hours (40 hours x 52 weeks / 12).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from scoring.offer import Offer
from scoring.pay import BLS_P90, FEDERAL_MINIMUM, FULL_TIME_HOURS, MONTHS_PER_YEAR, WEEKS_PER_YEAR
from scoring.vocabulary import WorkerStatus

HOURS_PER_DAY = Decimal("8")
HOURS_PER_MONTH = Decimal(FULL_TIME_HOURS * WEEKS_PER_YEAR) / MONTHS_PER_YEAR


def per_day(amount: str) -> Decimal:
    return Decimal(amount) / HOURS_PER_DAY


def per_month(amount: str) -> Decimal:
    return Decimal(amount) / HOURS_PER_MONTH


@dataclass(frozen=True)
class LocalPay:
    place: str  # ISO 3166 code the figures apply to: "US", "CA-ON", "PH"
    name: str  # "the Philippines (Metro Manila)"
    currency: str
    minimum_hourly: Decimal | None  # the legal minimum, per hour; None where no single figure applies
    minimum_text: str  # as the law states it: "₱695 a day"
    far_above_hourly: Decimal | None  # entry-level pay above this is far above market
    far_above_text: str
    source: str
    # Ontario: employees who work from their own home, phone work included, have a higher minimum.
    homeworker_minimum_hourly: Decimal | None = None


REFERENCES: tuple[LocalPay, ...] = (
    LocalPay(
        "US",
        "the U.S.",
        "USD",
        FEDERAL_MINIMUM,
        f"${FEDERAL_MINIMUM} an hour (federal minimum wage)",
        BLS_P90,
        f"the top 10% of U.S. customer service representatives (${BLS_P90} an hour)",
        "U.S. Department of Labor, federal minimum wage since 2009-07-24; BLS customer service representatives, 2017",
    ),
    LocalPay(
        "CA",
        "Canada",
        "CAD",
        Decimal("15.00"),
        "$15.00 an hour (Alberta, the lowest provincial minimum)",
        Decimal("35.00"),
        "well above the average call-centre agent's $23.13 an hour",
        "Alberta Employment Standards ($15.00 since 2018-10-01); Alberta occupation profile, call centre agent",
    ),
    LocalPay(
        "CA-ON",
        "Ontario",
        "CAD",
        Decimal("17.60"),
        "$17.60 an hour ($19.35 for employees working from home)",
        Decimal("35.00"),
        "well above the average call-centre agent's $23.13 an hour",
        "Ontario Employment Standards, 2025-10-01 (general and homeworker rates)",
        homeworker_minimum_hourly=Decimal("19.35"),
    ),
    LocalPay(
        "PH",
        "the Philippines (Metro Manila)",
        "PHP",
        per_day("695"),
        "₱695 a day (Metro Manila, Wage Order NCR-26)",
        per_month("30000"),
        "₱30,000 a month, the top of usual agent pay with allowances",
        "Wage Order NCR-26, in force 2025-07-18; agent pay from job ads and DOLE",
    ),
    LocalPay(
        "ZA",
        "South Africa",
        "ZAR",
        Decimal("30.23"),
        "R30.23 an hour (national minimum wage)",
        per_month("15000"),
        "R15,000 a month, the top of usual agent pay",
        "National Minimum Wage, Government Gazette 54075, in force 2026-03-01; agent pay from job ads",
    ),
    LocalPay(
        "PK",
        "Pakistan",
        "PKR",
        per_month("37000"),
        "Rs 37,000 a month (federal minimum wage)",
        None,
        "",
        "Federal budget FY2024-25 (unchanged for FY2025-26), Business Recorder 2025-06-11",
    ),
    LocalPay(
        "IN-DL",
        "Delhi",
        "INR",
        per_month("18456"),
        "₹18,456 a month (unskilled workers, Delhi)",
        per_month("40000"),
        "₹40,000 a month, the top of usual international voice-process pay",
        "Delhi minimum wages from 2025-04-01 (Business Standard); agent pay from job ads",
    ),
    LocalPay(
        "IN",
        "India",
        "INR",
        None,
        "set by each state",
        per_month("40000"),
        "₹40,000 a month, the top of usual international voice-process pay",
        "Agent pay from job ads; minimum wages differ by state",
    ),
    LocalPay(
        "NL",
        "the Netherlands",
        "EUR",
        Decimal("14.71"),
        "€14.71 an hour (statutory minimum, age 21 and over)",
        Decimal("25.00"),
        "well above the €15–17 an hour in-house agents earn",
        "SVB / Rijksoverheid minimum wage 2026-01-01; survey of 50 call-centre vacancies",
    ),
    LocalPay(
        "GB",
        "the U.K.",
        "GBP",
        Decimal("12.21"),
        "£12.21 an hour (National Living Wage, age 21 and over)",
        Decimal("25.00"),
        "about twice the £12–14 an hour U.K. call-centre agents earn",
        "GOV.UK National Minimum Wage rates from 2025-04-01; U.K. call-centre agent vacancies",
    ),
)
# U.S. states whose own minimum wage is above the federal one, as in force from 2026-01-01. A state not listed
# pays at least the federal $7.25; city minimums (Seattle, San Francisco) are left out.
US_STATE_MINIMUMS = {
    "US-AZ": ("Arizona", "15.15"),
    "US-CA": ("California", "16.90"),
    "US-CT": ("Connecticut", "16.94"),
    "US-DC": ("Washington, D.C.", "17.95"),
    "US-HI": ("Hawaii", "16.00"),
    "US-ME": ("Maine", "15.10"),
    "US-MI": ("Michigan", "13.73"),
    "US-MN": ("Minnesota", "11.41"),
    "US-MO": ("Missouri", "15.00"),
    "US-MT": ("Montana", "10.85"),
    "US-NE": ("Nebraska", "15.00"),
    "US-NJ": ("New Jersey", "15.92"),
    "US-NY": ("New York", "16.00"),  # $17.00 in New York City, Long Island and Westchester
    "US-OH": ("Ohio", "11.00"),
    "US-RI": ("Rhode Island", "16.00"),
    "US-SD": ("South Dakota", "11.85"),
    "US-VT": ("Vermont", "14.42"),
    "US-VA": ("Virginia", "12.77"),
    "US-WA": ("Washington State", "17.13"),
}
US_STATES = tuple(
    LocalPay(
        code,
        name,
        "USD",
        Decimal(amount),
        f"${amount} an hour ({name} minimum wage, 2026)",
        REFERENCES[0].far_above_hourly,
        REFERENCES[0].far_above_text,
        "State minimum wage increases effective 2026-01-01 (Wage & Hour Defense blog, Workforce.com, 2026)",
    )
    for code, (name, amount) in US_STATE_MINIMUMS.items()
)
BY_PLACE = {reference.place: reference for reference in (*REFERENCES, *US_STATES)}
# When the offer names no place these figures fit, its currency says which country's figures apply.
COUNTRY_OF_CURRENCY = {"USD": "US", "CAD": "CA", "PHP": "PH", "ZAR": "ZA", "PKR": "PK", "INR": "IN", "EUR": "NL",
                       "GBP": "GB"}  # fmt: skip


def local_pay(offer: Offer) -> LocalPay | None:
    """The figures for where the offer hires, in its currency: a region it names (Ontario, Delhi) first, else
    the country its currency belongs to, if that is where it hires. An offer that hires only elsewhere (in
    Greece, say, with no currency stated) is compared with nothing rather than with another country."""
    return _local_pay(tuple(offer.hiring_regions), offer.pay_currency or "USD")


@lru_cache(maxsize=1024)  # several rules ask for every offer scored; offers share few places
def _local_pay(hiring_regions: tuple[str, ...], currency: str) -> LocalPay | None:
    # An offer hiring in several states or provinces is held to the lowest of their minimums: a place without
    # figures of its own counts with its country's.
    places = [BY_PLACE.get(code) or BY_PLACE.get(code.split("-")[0]) for code in hiring_regions]
    regional = [p for p in places if p is not None and p.currency == currency]
    if regional and any("-" in p.place for p in regional):
        return min(regional, key=lambda p: (p.minimum_hourly is not None, p.minimum_hourly or 0))
    country = COUNTRY_OF_CURRENCY.get(currency)
    hiring_countries = {code.split("-")[0] for code in hiring_regions}
    if country is None or (hiring_countries and country not in hiring_countries):
        return None
    return BY_PLACE.get(country)


def legal_minimum(offer: Offer, reference: LocalPay) -> Decimal | None:
    """The hourly minimum that applies to this offer's worker (contractors are not homeworkers)."""
    if reference.homeworker_minimum_hourly and offer.worker_status != WorkerStatus.CONTRACTOR:
        return reference.homeworker_minimum_hourly
    return reference.minimum_hourly


TIMES_MINIMUM_CAP = Decimal("99999.99")


def times_local_minimum(offer: Offer, hourly: Decimal | None) -> Decimal | None:
    """An hourly wage as a multiple of the legal minimum where the job is: 1.50 is half again the minimum wage.

    The one pay figure that compares across currencies and countries (a rupee salary against a dollar
    wage), used to sort listings by pay; None when the pay or the place's minimum is unknown (India has
    only state minimums; a place with no figures has none)."""
    reference = local_pay(offer) if hourly is not None else None
    minimum = legal_minimum(offer, reference) if reference else None
    if not minimum:
        return None
    return min(TIMES_MINIMUM_CAP, (hourly / minimum).quantize(Decimal("0.01")))
