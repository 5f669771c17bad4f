"""Queries whose SQL each process keeps (listings.compiled_query): the listing page's listing
(listings.listing_page) and browse's page of cards (listings.card_rows) read what the ORM reads, afresh on every
request."""

import pytest
from django.utils import translation

from listings import listing_page, services
from listings.card_rows import card_rows
from listings.cards import listing_cards
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


def test_card_rows_make_the_cards_the_orm_rows_make_in_every_language():
    unreviewed = EmployerFactory(name="Harbor <b>Calls</b>")
    listings = [
        ListingFactory(published=True, title="<script>x</script> Agent", employer=unreviewed, work=["sales"]),
        ListingFactory(published=True, employer=unreviewed, training_pay="charged"),  # a likely scam: caution
        ListingFactory(published=True, scored=False, expires_on="2031-01-31", posted_on="2030-12-01"),
        ListingFactory(published=True, employer=EmployerFactory(verified=True), pay_amount=None),
    ]
    ids = [listing.pk for listing in reversed(listings)]
    orm = {row.pk: row for row in Listing.objects.published().for_card_list().filter(pk__in=ids)}

    rows = card_rows(ids)

    assert sorted(rows) == sorted(orm)
    assert [rows[pk].get_absolute_url() for pk in ids] == [orm[pk].get_absolute_url() for pk in ids]
    for language in ("en", "nl", "af", "fil", "ur"):
        with translation.override(language):
            assert listing_cards([rows[pk] for pk in ids]) == listing_cards([orm[pk] for pk in ids])


def test_card_rows_leave_out_a_listing_unpublished_since():
    shown, withdrawn = ListingFactory(published=True), ListingFactory(published=True)
    Listing.objects.filter(pk=withdrawn.pk).update(status=Listing.Status.EXPIRED)

    assert list(card_rows([shown.pk, withdrawn.pk])) == [shown.pk]
    assert card_rows([]) == {}
