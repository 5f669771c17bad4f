"""Browsing honestly: no reassuring tick next to an employer no moderator has reviewed, nor on a listing whose
employer has another listing that reads as a likely scam; the caution is as prominent as the verdict."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from listings import services
from tests.factories import EmployerFactory, FeeFactory, ListingFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 0
    cache.clear()


def card(body: str, title: str) -> str:
    start = body.index(title)
    return body[body.rindex("<article", 0, start) : body.index("</article>", start)]


def test_an_unreviewed_employers_clean_listing_carries_no_tick_but_a_caution(client):
    ListingFactory(published=True, title="Reservations agent", employer=EmployerFactory(name="New Co"))
    ListingFactory(published=True, title="Billing agent", employer=EmployerFactory(name="Known Co", verified=True))

    body = client.get(reverse("listings:browse")).content.decode()

    unreviewed, verified = card(body, "Reservations agent"), card(body, "Billing agent")
    assert "verdict-unconfirmed" in unreviewed and "✓" not in unreviewed
    assert "Employer not yet reviewed by moderators" in unreviewed
    assert "verdict-good" in verified and "✓" in verified and "not yet reviewed" not in verified


def test_a_listing_whose_employer_has_a_likely_scam_elsewhere_says_so_at_once(client):
    employer = EmployerFactory(name="Mixed Signals Ltd", verified=True)
    clean = ListingFactory(published=True, title="Inbound care agent", employer=employer)
    before = card(client.get(reverse("listings:browse")).content.decode(), "Inbound care agent")
    assert "✓" in before

    risky = ListingFactory(published=True, title="Easy phone job", employer=employer)
    FeeFactory(listing=risky, kind="starter_kit", timing="before_offer")
    services.listing_saved(listing=risky)

    after = card(client.get(reverse("listings:browse")).content.decode(), "Inbound care agent")
    assert "Another listing of this employer reads as a likely scam" in after and "✓" not in after
    page = client.get(clean.get_absolute_url()).content.decode()
    assert "Another listing of this employer reads as a likely scam" in page


def test_cards_and_listing_pages_show_dates_and_how_to_apply(client):
    import datetime

    listing = ListingFactory(
        published=True,
        title="Reservations agent",
        employer=EmployerFactory(verified=True),
        posted_on=datetime.date(2026, 11, 20),
        expires_on=datetime.date(2026, 12, 31),
        application_process="Apply online, then a phone interview.",
        source_url="https://careers.example.com/jobs/42",
    )

    body = card(client.get(reverse("listings:browse")).content.decode(), "Reservations agent")
    assert "Posted 20 Nov 2026" in body and "closes 31 Dec 2026" in body
    page = client.get(listing.get_absolute_url()).content.decode()
    assert "20 November 2026" in page and "31 December 2026" in page
    assert "Apply online, then a phone interview." in page
    assert 'href="https://careers.example.com/jobs/42" rel="nofollow noopener noreferrer">the employer' in page
