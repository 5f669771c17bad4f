"""Regional minimum wages (scoring/pay_regions.py): an offer read from its text is compared with the minimum of the
province, state or region it hires in, in its currency, and an offer hiring in several is held to the lowest.
Amounts in the offers are derived from the figures table, so a moderator-style update of a figure moves both."""

import dataclasses
import importlib
from decimal import Decimal

import pytest
from django.apps import apps

from listings.models import Listing
from listings.services import listing_submit_from_offer
from scoring.config import RuleConfig
from scoring.extraction import extract
from scoring.models import LocalPayFigure
from scoring.pay_references import CODE_FIGURES, LocalPay
from scoring.pay_regions import CANADIAN_MINIMUMS, INDIAN_MINIMUMS, PHILIPPINE_MINIMUMS, US_STATE_MINIMUMS
from scoring.verdict import evaluate

pytestmark = pytest.mark.django_db

FIGURES = CODE_FIGURES.by_place
seeding = importlib.import_module("scoring.migrations.0007_regional_minimum_wages")


def below_minimum(text: str) -> str | None:
    """What a seeker reads when the offer pays less than the legal minimum where it hires, else None."""
    findings = evaluate(extract(text).to_offer(), RuleConfig()).findings_as_dicts()
    return next((f["explanation"] for f in findings if f["rule"] == "pay_below_minimum_wage"), None)


def names(place: str) -> str:
    """The words a finding quotes for a place: its name and its minimum as the law states it."""
    return f"the legal minimum in {FIGURES[place].name}: {FIGURES[place].minimum_text}"


def a_day(amount: Decimal) -> str:
    return f"₱{amount:.0f} per day"


def philippine_offer(place: str, pay: str) -> str:
    return f"Work from home call center agent. Hiring in {place} only. Salary: {pay}, 8 hours a day, employee."


CEBU, NCR = FIGURES["PH-07"], FIGURES["PH"]
BETWEEN_CEBU_AND_MANILA = (CEBU.minimum + NCR.minimum) / 2  # legal in Cebu, below Metro Manila's minimum


def test_the_figures_are_those_the_seeker_would_check_cebu_below_manila_and_each_stated_per_day():
    assert CEBU.minimum_per == NCR.minimum_per == "day"
    assert CEBU.minimum < BETWEEN_CEBU_AND_MANILA < NCR.minimum


@pytest.mark.parametrize("place", ["Cebu", "Cebu City", "Lapu-Lapu"])
def test_an_offer_in_cebu_below_the_central_visayas_minimum_is_flagged_with_that_regions_figure(place):
    pay = a_day(CEBU.minimum - 40)

    finding = below_minimum(philippine_offer(place, pay))

    assert finding is not None and names("PH-07") in finding


def test_cebu_pay_above_the_regional_minimum_is_legal_there_but_the_same_text_for_manila_is_below_ncr():
    pay = a_day(BETWEEN_CEBU_AND_MANILA)

    in_cebu = below_minimum(philippine_offer("Cebu City", pay))
    in_manila = below_minimum(philippine_offer("Metro Manila", pay))

    assert in_cebu is None
    assert in_manila is not None and names("PH") in in_manila


@pytest.mark.parametrize(
    ("place", "code"),
    [("Davao City", "PH-11"), ("Iloilo", "PH-06"), ("Clark, Pampanga", "PH-03"), ("Cavite", "PH-40")],
)
def test_each_philippine_call_centre_region_is_compared_with_its_own_minimum(place, code):
    pay = a_day(FIGURES[code].minimum - 20)

    finding = below_minimum(philippine_offer(place, pay))

    assert finding is not None and names(code) in finding


def test_an_alberta_offer_at_14_dollars_an_hour_is_below_albertas_minimum():
    alberta = FIGURES["CA-AB"]
    assert Decimal("14") < alberta.minimum_hourly

    for where in ("Candidates must live in Alberta.", "Remote agents – Calgary, AB."):
        finding = below_minimum(f"Remote customer service agent. {where} Pay: C$14 per hour, full time employee.")

        assert finding is not None and names("CA-AB") in finding, where


def test_a_bengaluru_salary_is_compared_with_karnatakas_minimum():
    karnataka = FIGURES["IN-KA"]
    salary = f"₹{karnataka.minimum - 1000:.0f}"
    text = "Work from home voice process. Candidates in {} only. Salary {} per month, full time."

    for city in ("Bengaluru", "Bangalore"):
        finding = below_minimum(text.format(city, salary))

        assert finding is not None and names("IN-KA") in finding, city
    assert below_minimum(text.format("Bengaluru", f"₹{karnataka.minimum + 1000:.0f}")) is None


@pytest.mark.parametrize(
    ("city", "code"), [("Mumbai", "IN-MH"), ("Hyderabad", "IN-TS"), ("Gurugram", "IN-HR"), ("Noida", "IN-UP")]
)
def test_each_indian_call_centre_city_is_compared_with_its_states_minimum(city, code):
    salary = f"₹{FIGURES[code].minimum - 500:.0f}"

    finding = below_minimum(f"Work from home voice process. Candidates in {city} only. Salary {salary} per month.")

    assert finding is not None and names(code) in finding


def test_an_offer_hiring_in_several_provinces_is_held_to_the_lowest_of_their_minimums():
    alberta, british_columbia = FIGURES["CA-AB"], FIGURES["CA-BC"]
    between = (alberta.minimum + british_columbia.minimum) / 2
    text = "Remote agents wanted in Alberta and British Columbia. Pay: C${:.2f} per hour, employee."

    assert below_minimum(text.format(between)) is None  # legal in Alberta
    below_both = below_minimum(text.format(alberta.minimum - 1))
    assert below_both is not None and names("CA-AB") in below_both


def test_an_offer_hiring_in_manila_and_cebu_keeps_both_places_and_is_held_to_cebus_minimum():
    text = philippine_offer("Metro Manila and Cebu", a_day(BETWEEN_CEBU_AND_MANILA))

    offer = extract(text).to_offer()

    assert offer.hiring_regions == ("PH-00", "PH-07")
    assert below_minimum(text) is None
    below_both = below_minimum(philippine_offer("Metro Manila and Cebu", a_day(CEBU.minimum - 40)))
    assert below_both is not None and names("PH-07") in below_both


def test_texas_at_the_federal_minimum_still_gets_the_note_about_the_lowest_paid_tenth_of_us_agents():
    findings = evaluate(
        extract("Remote customer service agent, employee. Hiring in Texas. Pay: $9.00 per hour.").to_offer(),
        RuleConfig(),
    ).findings_as_dicts()

    assert FIGURES["US-TX"].minimum_hourly < Decimal("9") < FIGURES["US"].far_above_hourly
    assert {f["rule"] for f in findings} >= {"pay_below_bls_p10"}
    assert "pay_below_minimum_wage" not in {f["rule"] for f in findings}


@pytest.mark.django_db(False)
def test_every_province_and_territory_and_the_ten_largest_states_have_a_figure_with_source_and_date():
    provinces = {"CA-AB", "CA-BC", "CA-MB", "CA-NB", "CA-NL", "CA-NS", "CA-NT", "CA-NU", "CA-ON", "CA-PE", "CA-QC",
                 "CA-SK", "CA-YT"}  # fmt: skip
    largest_states = {"US-CA", "US-TX", "US-FL", "US-NY", "US-PA", "US-IL", "US-OH", "US-GA", "US-NC", "US-MI"}
    regional = {*US_STATE_MINIMUMS, *CANADIAN_MINIMUMS, *PHILIPPINE_MINIMUMS, *INDIAN_MINIMUMS}

    assert provinces | largest_states <= set(FIGURES)
    assert {"PH-03", "PH-06", "PH-07", "PH-11", "PH-40", "IN-KA", "IN-MH", "IN-TS", "IN-HR", "IN-UP"} <= regional
    for place in regional:
        figure: LocalPay = FIGURES[place]
        assert figure.source and figure.as_of and figure.minimum, place
        assert figure.currency == FIGURES[place.split("-")[0]].currency, place


def test_every_seeded_regional_figure_passes_the_checks_a_moderators_edit_must_pass():
    regional = {*US_STATE_MINIMUMS, *CANADIAN_MINIMUMS, *PHILIPPINE_MINIMUMS, *INDIAN_MINIMUMS}

    rows = LocalPayFigure.objects.filter(place__in=regional)

    assert rows.count() == len(regional)
    for row in rows:
        row.full_clean()  # a known ISO place, the text states the amount, the minimum below far-above-market
        assert row.to_local_pay() == FIGURES[row.place]


def test_the_release_migration_adds_missing_places_and_leaves_a_place_already_kept_as_it_is():
    LocalPayFigure.objects.filter(place__in=seeding.NEW_PLACES).exclude(place="CA-AB").delete()
    LocalPayFigure.objects.filter(place="CA-AB").update(minimum=Decimal("16.00"), minimum_text="$16.00 an hour")

    seeding.seed(apps, None)
    seeding.seed(apps, None)  # safe to run again

    added = LocalPayFigure.objects.filter(place__in=seeding.NEW_PLACES)
    assert added.count() == len(seeding.NEW_PLACES)
    assert all(row.to_local_pay() == FIGURES[row.place] for row in added.exclude(place="CA-AB"))
    assert LocalPayFigure.objects.get(place="CA-AB").minimum == Decimal("16.00")


def test_a_submitted_cebu_or_bengaluru_offer_is_kept_as_hiring_in_the_country_listings_know():
    """Listings pick from countries, U.S. states and Canadian provinces; a region only the pay figures have is
    stored as its country rather than dropped."""
    texts = {
        "PH": philippine_offer("Cebu City", a_day(CEBU.minimum)),
        "IN": "Work from home voice process. Candidates in Bengaluru only. Salary ₹20,000 per month.",
        "CA-AB": "Remote customer service agent. Candidates must live in Calgary, Alberta. Pay: C$18 per hour.",
    }

    for stored, text in texts.items():
        extraction = extract(text)
        offer = dataclasses.replace(extraction.to_offer(), title="Remote agent", employer_name="Harbor Calls")
        listing = listing_submit_from_offer(offer=offer, evidence=extraction.as_dict())

        assert list(Listing.objects.get(pk=listing.pk).hiring_regions.values_list("code", flat=True)) == [stored]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Remote customer service agent, employee. Hiring in Oregon only. Pay: ${} per hour.", "US-OR"),
        ("Work from home voice process. Candidates in Chennai only. Salary ₹{} per month.", "IN-TN"),
        ("Work from home voice process. Tamil Nadu candidates only. Salary ₹{} per month.", "IN-TN"),
        ("Klantenservice thuiswerk, vast contract. Alleen wonend in Antwerpen. Salaris €{} per maand.", "BE"),
    ],
)
def test_oregon_tamil_nadu_and_belgium_are_found_for_offers_naming_them_and_compared_with_their_minimum(text, code):
    figure = FIGURES[code]
    below, above = figure.minimum * Decimal("0.9"), figure.minimum * Decimal("1.1")
    if figure.place == "BE":  # stated an hour; the offer states a month's salary, judged over 38 hours
        below, above = Decimal("1900"), Decimal("2300")

    finding = below_minimum(text.format(f"{below:.2f}"))

    assert finding is not None and names(code) in finding
    assert below_minimum(text.format(f"{above:.2f}")) is None


def test_oregon_names_its_three_tiers_and_belgium_its_monthly_minimum_over_38_hours():
    oregon, belgium = FIGURES["US-OR"], FIGURES["BE"]

    assert "standard" in oregon.minimum_text and "$16.30" in oregon.minimum_text and "$14.05" in oregon.minimum_text
    assert belgium.minimum_hourly == (Decimal("2154.11") * 12 / (38 * 52)).quantize(Decimal("0.01"))
    for place in ("US-OR", "IN-TN", "BE"):
        row = LocalPayFigure.objects.get(place=place)
        row.full_clean()
        assert row.to_local_pay() == FIGURES[place] and row.source and row.as_of
