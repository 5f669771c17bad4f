"""Amounts of money written the way the page's language writes them (CLDR through Babel): in findings, pay notes,
listing cards, listing pages and feeds; English as it always read, and findings stored before as they were stored."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation

from listings.models import Fee
from listings.services import listing_saved
from scoring.checklist import CHECKLIST
from scoring.config import RuleConfig
from scoring.pay import PayEstimate, estimate_hourly_pay
from scoring.wording import shown
from tests.factories import ListingFactory
from tests.offers import clean_offer, fee

ISOLATED = "\u2066{}\u2069"  # left to right inside an Urdu sentence, as <bdi> would keep it

# A starter kit of ₱1,500 asked before any offer, on a job paid in pesos: (the fee in the finding, in the pay note).
PESO_FEE = {
    "en": ("registration or activation fee (1,500.00 PHP) before", "activation: 1,500.00 PHP once"),
    "nl": ("registratie of activering (PHP\xa01.500,00) moeten", "activering: eenmalig PHP\xa01.500,00,"),
    "af": ("aktiveringsfooi (PHP1\xa0500,00) moet", "aktivering: PHP1\xa0500,00 eenmalig"),
    "fil": ("registration o activation fee (₱1,500.00) bago", "activation: ₱1,500.00 isang beses"),
    "ur": (f"ایکٹیویشن کی فیس ({ISOLATED.format('PHP1,500.00')}) دینی", f"ایک بار {ISOLATED.format('PHP1,500.00')}،"),
}


def peso_offer():
    starter_kit = fee("starter_kit", "1500", currency="PHP", timing="before_offer")
    return clean_offer(pay_currency="PHP", pay_amount=Decimal("120"), hiring_regions=("PH",), fees=(starter_kit,))


def stored(value: dict) -> dict:
    """As a kept result or a listing's score keeps it: through JSON."""
    return json.loads(json.dumps(value))


@pytest.mark.parametrize("language", ["en", "nl", "af", "fil", "ur"])
def test_a_fee_finding_and_the_pay_notes_write_the_amount_the_way_each_language_does(language):
    offer = peso_offer()
    (finding,) = [f for rule in CHECKLIST for f in rule(offer, RuleConfig()) if f.rule == "fee_before_offer"]
    finding = stored(finding.as_dict())
    estimate = PayEstimate.from_dict(stored(estimate_hourly_pay(offer, RuleConfig().pay).as_dict()))

    with translation.override(language):
        explanation = shown(finding, "explanation")
        notes = " | ".join(estimate.shown_assumptions())

    in_finding, in_note = PESO_FEE[language]
    assert in_finding in explanation
    assert in_note in notes
    # The stored English, which the API, check_offer and the admin read, is the same whatever the page's language.
    assert "registration or activation fee (1,500.00 PHP) before" in finding["explanation"]


def test_dollar_costs_in_the_pay_notes_read_us_dollar_in_dutch_and_afrikaans_and_stay_as_before_in_english():
    estimate = PayEstimate.from_dict(stored(estimate_hourly_pay(clean_offer(), RuleConfig().pay).as_dict()))

    def notes(language):
        with translation.override(language):
            return estimate.shown_assumptions()

    assert "Internet: $50.00 a month" in notes("en")
    assert "Internet: US$\xa050,00 per maand" in notes("nl")
    assert "Internet: USD50,00 per maand" in notes("af")


def test_a_finding_stored_before_amounts_were_kept_as_data_still_shows_its_amount_as_stored():
    # What a finding kept before looked like: the amount among its values as text.
    template = (
        "You would have to pay %(fees)s%(amounts)s before you even get a job offer. Paying to apply, test, register "
        "or get a starter kit is a typical scam pattern: do not pay. Employers pay workers, not the other way round."
    )
    fees = [{"says": ["a starter kit, registration or activation fee", {}]}]
    old = {
        "explanation": "You would have to pay a starter kit, registration or activation fee ($99.00) before ...",
        "wording": {"explanation": [template, {"fees": fees, "amounts": " ($99.00)"}]},
    }

    with translation.override("nl"):
        dutch = shown(old, "explanation")
    with translation.override("en"):
        english = shown(old, "explanation")

    assert "Je zou een startpakket of kosten voor registratie of activering ($99.00) moeten betalen" in dutch
    assert english.startswith("You would have to pay a starter kit, registration or activation fee ($99.00) before")


def test_a_stored_amount_that_is_not_one_shows_the_english_instead_of_failing():
    finding = stored(
        [f for rule in CHECKLIST for f in rule(peso_offer(), RuleConfig()) if f.rule == "fee_before_offer"][0].as_dict()
    )
    finding["wording"]["explanation"][1]["amounts"]["says"][1]["amounts"][0]["amount"] = "<script>"

    with translation.override("nl"):
        shown_text = shown(finding, "explanation")

    assert shown_text == finding["explanation"]


@pytest.mark.django_db
def test_a_dutch_listing_page_browse_card_and_feed_write_euros_the_dutch_way(client):
    listing = ListingFactory(
        published=True, pay_currency="EUR", pay_amount=Decimal("14.40"), pay_amount_max=Decimal("16.00"), regions=["NL"]
    )
    listing.refresh_from_db()
    assert listing.hourly_estimate == Decimal("14.40")  # no U.S. home-office costs taken from euros

    client.get(reverse("listings:home"), {"lang": "nl"})
    detail = client.get(listing.get_absolute_url()).content.decode()
    browse = client.get(reverse("listings:browse")).content.decode()
    feed = client.get(reverse("listings:browse_feed"), {"lang": "nl"}).content.decode()

    assert "€\xa014,40–€\xa016,00</dd>" in detail  # the pay it states
    assert "<bdi>€\xa014,40</bdi> per uur" in detail  # the estimate above the chart
    assert "14.40" not in detail
    assert "ongeveer €\xa014,40 per uur na kosten" in browse
    assert "€\xa014,40–€\xa016,00" in feed and "ongeveer €\xa014,40 per uur na kosten" in feed


@pytest.mark.django_db
def test_an_urdu_listing_page_and_browse_card_keep_rupees_left_to_right_with_latin_digits(client):
    listing = ListingFactory(published=True, pay_currency="PKR", pay_amount=Decimal("250"), regions=["PK"])
    Fee.objects.create(
        listing=listing, kind="starter_kit", amount=Decimal("3000"), currency="PKR", timing="before_offer"
    )
    listing_saved(listing=listing)  # scored again with its fee, as the admin's save does
    listing.refresh_from_db()
    assert Decimal("200") < listing.hourly_estimate < Decimal("250")

    client.get(reverse("listings:home"), {"lang": "ur"})
    detail = client.get(listing.get_absolute_url()).content.decode()
    browse = client.get(reverse("listings:browse")).content.decode()

    assert f"{ISOLATED.format('Rs250.00')}</dd>" in detail  # the pay it states
    hourly = ISOLATED.format(f"Rs{listing.hourly_estimate:,}")  # less the fee spread over twelve months
    assert f"<bdi>{hourly}</bdi>" in detail
    assert f"اخراجات کے بعد تقریباً {hourly} فی گھنٹہ" in browse
    assert f"({ISOLATED.format('Rs3,000.00')})" in detail  # the fee in the fee finding
    assert "250.00 PKR" not in detail and "3,000.00 PKR" not in detail


@pytest.mark.django_db
def test_english_listing_pages_cards_and_feeds_read_as_before(client):
    listing = ListingFactory(published=True, pay_amount=Decimal("15.00"), pay_amount_max=Decimal("18.00"))
    listing.refresh_from_db()
    hourly = f"${listing.hourly_estimate}"

    detail = client.get(listing.get_absolute_url()).content.decode()
    browse = client.get(reverse("listings:browse")).content.decode()
    feed = client.get(reverse("listings:browse_feed")).content.decode()

    assert "15.00–18.00 USD</dd>" in detail
    assert f"<bdi>{hourly}</bdi> an hour" in detail
    assert f"about {hourly} an hour after costs" in browse
    assert "Per hour: 15.00–18.00 USD" in feed and f"about {hourly} an hour after costs" in feed
    assert "\u2066" not in detail + browse + feed and "US$" not in detail + browse + feed


@pytest.mark.django_db
def test_a_dutch_digest_quotes_a_listings_fee_the_dutch_way_and_an_english_one_as_before():
    from listings.subscriptions.digest import listing_details

    listing = ListingFactory(published=True, pay_currency="EUR", pay_amount=Decimal("15.00"), regions=["NL"])
    Fee.objects.create(listing=listing, kind="starter_kit", amount=Decimal("50"), currency="EUR", timing="before_offer")
    listing_saved(listing=listing)

    dutch = listing_details([listing.pk], "nl")[listing.pk]
    english = listing_details([listing.pk], "en")[listing.pk]

    assert "registratie of activering (€\xa050,00) moeten betalen" in dutch["text"]
    assert "registratie of activering (€\xa050,00) moeten betalen" in dutch["html"]
    assert "registration or activation fee (50.00 EUR) before" in english["text"]
