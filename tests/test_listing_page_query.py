"""The listing page's query, its SQL kept per process (listings.listing_page): the same listing as the ORM gives,
read afresh on every request."""

import pytest

from listings import listing_page, services
from listings.models import Employer, Listing
from tests.factories import EmployerFactory, FeeFactory, ListingFactory

pytestmark = pytest.mark.django_db


def as_read(listing: Listing) -> dict:
    """Every column of the listing and of its employer, and the annotations the page reads."""

    def columns(row):
        return {field.attname: getattr(row, field.attname) for field in type(row)._meta.concrete_fields}

    return {
        **columns(listing),
        "employer": columns(listing.employer),
        "employer_scam_elsewhere": listing.employer_scam_elsewhere,
        "card_tags": sorted(listing.card_tags),
    }


def test_it_reads_what_the_orm_reads_for_each_listing():
    employer = EmployerFactory(name="Cedar Contact", verified=True)
    listings = [
        ListingFactory(published=True, employer=employer, regions=["US-TX", "CA"], work=["sales", "surveys"]),
        ListingFactory(published=True, employer=employer, training_pay="charged", description=""),
        ListingFactory(published=True, pay_amount=None, hours_per_week=None),
    ]
    FeeFactory(listing=listings[1])

    for listing in listings:
        expected = listing_page.page_queryset("default").get(pk=listing.pk)
        read = listing_page.published_listing(listing.pk)
        assert as_read(read) == as_read(expected)
    assert listing_page.published_listing(listings[0].pk).employer_scam_elsewhere is True  # the second is a scam


def test_it_finds_no_listing_that_is_not_published_or_does_not_exist():
    draft = ListingFactory()
    assert listing_page.published_listing(draft.pk) is None
    assert listing_page.published_listing(draft.pk + 1000) is None


def test_a_change_shows_on_the_next_read():
    listing = ListingFactory(published=True)
    assert listing_page.published_listing(listing.pk).employer.status != Employer.Status.BLOCKED

    services.employer_set_status(employer=listing.employer, status=Employer.Status.BLOCKED, note="Fees")
    Listing.objects.filter(pk=listing.pk).update(title="Renamed agent")

    read = listing_page.published_listing(listing.pk)
    assert (read.title, read.employer.status) == ("Renamed agent", Employer.Status.BLOCKED)
    Listing.objects.filter(pk=listing.pk).update(status=Listing.Status.EXPIRED)
    assert listing_page.published_listing(listing.pk) is None
