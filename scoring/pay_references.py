"""Local pay figures: each country's legal minimum, and the pay above which an entry-level phone job is
"too good to be true", in the country's own currency, each with its source and date.

An offer is compared with the figures of the place it hires in, in its currency (`local_pay`). The
figures are stated the way the law states them (per hour, day or month) and turned into an hourly
figure here: a day is 8 hours, a month 173.3 hours (40 hours x 52 weeks / 12).

An offer paid in another currency than the place's (U.S. dollars for a Filipino agent) is compared after
conversion at the moderators' exchange rates (scoring.exchange), where no place in its own currency applies.

The figures below are the defaults: they seed the table moderators keep in the admin
(scoring.models.LocalPayFigure), and are what scoring uses with no database (bench/, `check_offer` alone).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, fields
from datetime import date
from decimal import Decimal
from types import MappingProxyType
from typing import NamedTuple

from django.db.models import TextChoices

from scoring.exchange import CODE_RATES, Conversion, ExchangeRates
from scoring.offer import Offer
from scoring.pay import BLS_P90, FEDERAL_MINIMUM, FULL_TIME_HOURS, MONTHS_PER_YEAR, WEEKS_PER_YEAR
from scoring.pay_regions import (
    CANADIAN_MINIMUMS,
    INDIAN_MINIMUMS,
    PHILIPPINE_MINIMUMS,
    US_STATE_MINIMUMS,
    US_TIERED_MINIMUMS,
    RegionalMinimum,
)
from scoring.vocabulary import WorkerStatus

HOURS_PER_DAY = Decimal("8")
HOURS_PER_MONTH = Decimal(FULL_TIME_HOURS * WEEKS_PER_YEAR) / MONTHS_PER_YEAR


class Per(TextChoices):
    """The period a figure is stated for, as the law or the source states it."""

    HOUR = "hour", "an hour"
    DAY = "day", "a day (8 hours)"
    MONTH = "month", "a month (173.3 hours)"


HOURS_IN = {Per.HOUR: None, Per.DAY: HOURS_PER_DAY, Per.MONTH: HOURS_PER_MONTH}


def hourly(amount: Decimal | None, per: str) -> Decimal | None:
    """A figure stated per hour, day or month, per hour."""
    if amount is None:
        return None
    hours = HOURS_IN[Per(per)]
    return amount if hours is None else amount / hours


@dataclass(frozen=True)
class LocalPay:
    place: str  # ISO 3166 code the figures apply to: "US", "CA-ON", "PH"
    name: str  # "the Philippines (Metro Manila)"
    currency: str  # ISO 4217
    minimum: Decimal | None  # the legal minimum as stated, per `minimum_per`; None where no single figure applies
    minimum_per: str
    minimum_text: str  # as the law states it: "₱695 a day"
    far_above: Decimal | None  # entry-level pay above this (per `far_above_per`) is far above market
    far_above_per: str
    far_above_text: str
    source: str
    as_of: date | None  # when the figures came into force or were published; None when the source gives no date
    # Ontario: employees who work from their own home, phone work included, have a higher minimum (per minimum_per).
    homeworker_minimum: Decimal | None = None
    # The same figures per hour, what the rules compare: derived once, here.
    minimum_hourly: Decimal | None = field(init=False, compare=False, repr=False)
    far_above_hourly: Decimal | None = field(init=False, compare=False, repr=False)
    homeworker_minimum_hourly: Decimal | None = field(init=False, compare=False, repr=False)

    def __post_init__(self):
        object.__setattr__(self, "minimum_hourly", hourly(self.minimum, self.minimum_per))
        object.__setattr__(self, "far_above_hourly", hourly(self.far_above, self.far_above_per))
        object.__setattr__(self, "homeworker_minimum_hourly", hourly(self.homeworker_minimum, self.minimum_per))

    def stated(self) -> dict:
        """The figures as stated (no derived hourly values): what the database keeps for each place."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.init}


REFERENCES: tuple[LocalPay, ...] = (
    LocalPay(
        "US",
        "the U.S.",
        "USD",
        FEDERAL_MINIMUM,
        Per.HOUR,
        f"${FEDERAL_MINIMUM} an hour (federal minimum wage)",
        BLS_P90,
        Per.HOUR,
        f"the top 10% of U.S. customer service representatives (${BLS_P90} an hour)",
        "U.S. Department of Labor, federal minimum wage since 2009-07-24; BLS customer service representatives, 2017",
        date(2009, 7, 24),
    ),
    LocalPay(
        "CA",
        "Canada",
        "CAD",
        Decimal("15.00"),
        Per.HOUR,
        "$15.00 an hour (Alberta, the lowest provincial minimum)",
        Decimal("35.00"),
        Per.HOUR,
        "well above the average call-centre agent's $23.13 an hour",
        "Alberta Employment Standards ($15.00 since 2018-10-01); Alberta occupation profile, call centre agent",
        date(2018, 10, 1),
    ),
    LocalPay(
        "CA-ON",
        "Ontario",
        "CAD",
        Decimal("17.60"),
        Per.HOUR,
        "$17.60 an hour ($19.35 for employees working from home)",
        Decimal("35.00"),
        Per.HOUR,
        "well above the average call-centre agent's $23.13 an hour",
        "Ontario Employment Standards, 2025-10-01 (general and homeworker rates)",
        date(2025, 10, 1),
        homeworker_minimum=Decimal("19.35"),
    ),
    LocalPay(
        "PH",
        "the Philippines (Metro Manila)",
        "PHP",
        Decimal("695"),
        Per.DAY,
        "₱695 a day (Metro Manila, Wage Order NCR-26)",
        Decimal("40000"),
        Per.MONTH,
        "₱40,000 a month, well above the ₱20,000–30,000 agents usually earn with allowances",
        "Wage Order NCR-26, in force 2025-07-18; agent pay from job ads and DOLE",
        date(2025, 7, 18),
    ),
    LocalPay(
        "ZA",
        "South Africa",
        "ZAR",
        Decimal("30.23"),
        Per.HOUR,
        "R30.23 an hour (national minimum wage)",
        Decimal("22500"),
        Per.MONTH,
        "R22,500 a month, half again the R15,000 top of usual agent pay",
        "National Minimum Wage, Government Gazette 54075, in force 2026-03-01; agent pay from job ads",
        date(2026, 3, 1),
    ),
    LocalPay(
        "PK",
        "Pakistan",
        "PKR",
        Decimal("37000"),
        Per.MONTH,
        "Rs 37,000 a month (federal minimum wage)",
        None,
        Per.MONTH,
        "",
        "Federal budget FY2024-25 (unchanged for FY2025-26), Business Recorder 2025-06-11",
        date(2024, 7, 1),  # the start of fiscal year 2024-25
    ),
    LocalPay(
        "IN-DL",
        "Delhi",
        "INR",
        Decimal("18456"),
        Per.MONTH,
        "₹18,456 a month (unskilled workers, Delhi)",
        Decimal("40000"),
        Per.MONTH,
        "₹40,000 a month, the top of usual international voice-process pay",
        "Delhi minimum wages from 2025-04-01 (Business Standard); agent pay from job ads",
        date(2025, 4, 1),
    ),
    LocalPay(
        "IN",
        "India",
        "INR",
        None,
        Per.MONTH,
        "set by each state",
        Decimal("40000"),
        Per.MONTH,
        "₹40,000 a month, the top of usual international voice-process pay",
        "Agent pay from job ads; minimum wages differ by state",
        None,  # the job ads behind the market figure are undated
    ),
    LocalPay(
        "NL",
        "the Netherlands",
        "EUR",
        Decimal("14.71"),
        Per.HOUR,
        "€14.71 an hour (statutory minimum, age 21 and over)",
        Decimal("25.00"),
        Per.HOUR,
        "well above the €15–17 an hour in-house agents earn",
        "SVB / Rijksoverheid minimum wage 2026-01-01; survey of 50 call-centre vacancies",
        date(2026, 1, 1),
    ),
    # The GMMI (gewaarborgd gemiddeld minimummaandinkomen), stated a month for a 38-hour week: per hour over that
    # week (2,154.11 x 12 / (38 x 52)), as the rules judge a Belgian monthly salary (SHORTEST_FULL_TIME_WEEK).
    LocalPay(
        "BE",
        "Belgium",
        "EUR",
        Decimal("13.08"),
        Per.HOUR,
        "€13.08 an hour (€2,154.11 a month for 38 hours a week, the guaranteed minimum, age 18 and over)",
        None,  # no public figure for agents' pay: three times the minimum is far above it (scoring.rules.pay_level)
        Per.HOUR,
        "",
        "GMMI from 2026-01-01 (Playroll 2026; Fairwork Belgium gives €2,070.48 from 2024-05-01; verify on the "
        "FPS Employment page: indexed with prices)",
        date(2026, 1, 1),
    ),
    LocalPay(
        "GB",
        "the U.K.",
        "GBP",
        Decimal("12.71"),
        Per.HOUR,
        "£12.71 an hour (National Living Wage, age 21 and over)",
        Decimal("25.00"),
        Per.HOUR,
        "about twice the £12–14 an hour U.K. call-centre agents earn",
        "National Minimum Wage rates from 2026-04-01 (the Low Pay Commission's recommendations, accepted by the "
        "government in November 2025); U.K. call-centre agent vacancies",
        date(2026, 4, 1),
    ),
    LocalPay(
        "AU",
        "Australia",
        "AUD",
        Decimal("26.44"),
        Per.HOUR,
        "A$26.44 an hour (national minimum wage; casual employees get 25% more)",
        Decimal("55.00"),
        Per.HOUR,
        "well above the A$35 an hour median of Australian call or contact centre workers",
        "Fair Work Commission, Annual Wage Review 2025-26, from the first pay period on or after 2026-07-01 "
        "(A$1,004.90 a week; reported by Workplace Law); Jobs and Skills Australia, Call or Contact Centre Workers "
        "(ANZSCO 5411), median hourly earnings A$35 (ABS, May 2023)",
        date(2026, 7, 1),
    ),
    LocalPay(
        "NZ",
        "New Zealand",
        "NZD",
        Decimal("23.95"),
        Per.HOUR,
        "NZ$23.95 an hour (adult minimum wage)",
        None,
        Per.HOUR,
        "",
        "New Zealand adult minimum wage from 2026-04-01, announced by the Minister for Workplace Relations and Safety "
        "(BusinessDesk; Economic Times)",
        date(2026, 4, 1),
    ),
)


def _regional(code: str, row: RegionalMinimum, country: LocalPay) -> LocalPay:
    """A region's minimum (scoring.pay_regions) beside its country's market figure."""
    return LocalPay(
        code,
        row.name,
        country.currency,
        Decimal(row.amount),
        Per(row.per),
        row.text,
        country.far_above,
        country.far_above_per,
        country.far_above_text,
        row.source,
        row.as_of,
    )


_COUNTRY = {r.place: r for r in REFERENCES}
US_STATES = tuple(
    _regional(code, RegionalMinimum(name, amount, Per.HOUR, f"${amount} an hour ({name} minimum wage, 2026)",
                                    as_of, source), _COUNTRY["US"])
    for code, (name, amount, as_of, source) in US_STATE_MINIMUMS.items()
)  # fmt: skip
REGIONS = (
    *US_STATES,
    *(_regional(code, row, _COUNTRY["US"]) for code, row in US_TIERED_MINIMUMS.items()),
    *(_regional(code, row, _COUNTRY["CA"]) for code, row in CANADIAN_MINIMUMS.items()),
    *(_regional(code, row, _COUNTRY["PH"]) for code, row in PHILIPPINE_MINIMUMS.items()),
    *(_regional(code, row, _COUNTRY["IN"]) for code, row in INDIAN_MINIMUMS.items()),
)
# When the offer names no place these figures fit, its currency says which country's figures apply.
COUNTRY_OF_CURRENCY = {"USD": "US", "CAD": "CA", "PHP": "PH", "ZAR": "ZA", "PKR": "PK", "INR": "IN", "EUR": "NL",
                       "GBP": "GB", "AUD": "AU", "NZD": "NZ"}  # fmt: skip
# Currencies clients abroad pay agents in ("$4 an hour" to a Filipino agent, pounds to a South African one): only
# these are converted. An offer paid in pesos, rupees or rand that names the U.S. or the U.K. names the client's
# campaign ("UK energy campaign", "night shift (US)"), not where the agent works.
PAID_FROM_ABROAD = frozenset({"USD", "GBP", "EUR"})
# Where the clients of offshore agents usually are. A rupee, peso or rand offer that names one of these is held to
# the minimum of the currency's own country (nobody in the U.K. is paid in rupees), and a place here beside
# "Philippines-based applicants" is the client's, not the agent's.
CLIENT_COUNTRIES = frozenset({"US", "GB", "CA", "AU", "NZ"})
# Not rupees read as Indian only because nothing in the offer names Pakistan ("Rs" with no other sign is INR).
PAID_AT_HOME = frozenset({"PKR", "PHP", "ZAR"})
# "$" is read as U.S. dollars, but the "$" of an offer hiring in Canada, Australia or New Zealand is that country's
# dollar: never converted.
SHARED_SIGN = frozenset({("USD", "CAD"), ("USD", "AUD"), ("USD", "NZD")})
CHOICES_CACHED = 1024  # several rules ask for every offer scored; offers share few places


class Comparison(NamedTuple):
    """The figures an offer is compared with, and the conversion of its pay into their currency (None when the
    offer pays in that currency)."""

    reference: LocalPay
    conversion: Conversion | None = None

    def local(self, amount: Decimal) -> Decimal:
        """An amount of the offer's pay in the figures' currency."""
        return amount if self.conversion is None else self.conversion(amount)


def _lowest_minimum(places: list[LocalPay]) -> LocalPay:
    return min(places, key=lambda p: (p.minimum_hourly is not None, p.minimum_hourly or 0))


class PayReferences:
    """Every place's figures by ISO code, the table an offer is compared with: the code's figures below
    (`CODE_FIGURES`, what runs with no database) or the ones moderators keep (scoring.models.LocalPayFigure),
    which reach the rules through the rule set's config, with the exchange rates (scoring.exchange) to compare an
    offer paid in a foreign currency. Read-only once built."""

    def __init__(self, references: Iterable[LocalPay], rates: ExchangeRates = CODE_RATES):
        self.by_place: Mapping[str, LocalPay] = MappingProxyType({r.place: r for r in references})
        self.rates = rates
        self._chosen: dict[tuple[tuple[str, ...], str], Comparison | None] = {}

    def __iter__(self) -> Iterator[LocalPay]:
        return iter(self.by_place.values())

    def __len__(self) -> int:
        return len(self.by_place)

    def __eq__(self, other) -> bool:
        same_figures = isinstance(other, PayReferences) and dict(self.by_place) == dict(other.by_place)
        return same_figures and self.rates == other.rates

    __hash__ = None  # mutable cache inside; compared by content

    def __repr__(self) -> str:
        return f"PayReferences({', '.join(self.by_place)})"

    def for_offer(self, offer: Offer) -> Comparison | None:
        key = (tuple(offer.hiring_regions), offer.pay_currency or "USD")
        try:
            return self._chosen[key]
        except KeyError:
            if len(self._chosen) >= CHOICES_CACHED:
                self._chosen.clear()
            chosen = self._chosen[key] = self._choose(*key)
            return chosen

    def _choose(self, hiring_regions: tuple[str, ...], currency: str) -> Comparison | None:
        # An offer hiring in several states or provinces is held to the lowest of their minimums: a place without
        # figures of its own counts with its country's.
        by_place = self.by_place
        places = [p for code in hiring_regions if (p := by_place.get(code) or by_place.get(code.split("-")[0]))]
        same_currency = [p for p in places if p.currency == currency]
        if any("-" in p.place for p in same_currency):
            return Comparison(_lowest_minimum(same_currency))
        country = COUNTRY_OF_CURRENCY.get(currency)
        hiring_countries = {code.split("-")[0] for code in hiring_regions}
        if country is not None and (not hiring_countries or country in hiring_countries) and country in by_place:
            return Comparison(by_place[country])
        if same_currency:  # a country that shares the currency (euros in Belgium)
            return Comparison(_lowest_minimum(same_currency))
        if (
            country is not None
            and country in by_place
            and currency in PAID_AT_HOME
            and hiring_countries <= CLIENT_COUNTRIES
        ):
            # "Rs 25,000 per month ... UK campaign": a rupee salary is paid in Pakistan, whatever campaign it serves
            return Comparison(by_place[country])
        # Paid in another currency than any place it hires in ("$4 an hour", hiring in Cebu): that place's
        # minimum, the offer's pay converted. With no place named, a foreign currency is compared with nothing.
        if currency not in PAID_FROM_ABROAD:
            return None
        converted = [
            (p, c)
            for p in places
            if (currency, p.currency) not in SHARED_SIGN and (c := self.rates.conversion(currency, p.currency))
        ]
        if not converted:
            return None
        reference = _lowest_minimum([p for p, _ in converted])
        return Comparison(reference, dict(converted)[reference])


CODE_FIGURES = PayReferences((*REFERENCES, *REGIONS))


def local_pay(offer: Offer, references: PayReferences) -> Comparison | None:
    """The figures for where the offer hires, in its currency: a region it names (Ontario, Delhi) first, else
    the country its currency belongs to, if that is where it hires, else a country that shares it (Belgium).
    An offer paid in another currency than every place it hires in is compared with the lowest of their
    minimums after conversion at the exchange rates; one that names no place, or a place with no figures or no
    rate, is compared with nothing rather than with another country."""
    return references.for_offer(offer)


def legal_minimum(offer: Offer, reference: LocalPay) -> Decimal | None:
    """The hourly minimum that applies to this offer's worker (contractors are not homeworkers)."""
    if reference.homeworker_minimum_hourly and offer.worker_status != WorkerStatus.CONTRACTOR:
        return reference.homeworker_minimum_hourly
    return reference.minimum_hourly


TIMES_MINIMUM_CAP = Decimal("99999.99")


def times_local_minimum(offer: Offer, hourly_wage: Decimal | None, references: PayReferences) -> Decimal | None:
    """An hourly wage as a multiple of the legal minimum where the job is: 1.50 is half again the minimum wage.

    The one pay figure that compares across currencies and countries (a rupee salary against a dollar
    wage; a dollar wage paid in Cebu, after conversion), used to sort listings by pay; None when the pay or the
    place's minimum is unknown (India has only state minimums; a place with no figures has none)."""
    comparison = local_pay(offer, references) if hourly_wage is not None else None
    minimum = legal_minimum(offer, comparison.reference) if comparison else None
    if not minimum:
        return None
    return min(TIMES_MINIMUM_CAP, (comparison.local(hourly_wage) / minimum).quantize(Decimal("0.01")))
