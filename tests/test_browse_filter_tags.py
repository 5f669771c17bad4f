"""Browse finds listings through the filter tags PostgreSQL keeps on each (migration 0017): whatever changes a
listing's work types, regions, fees or columns, the next browse request filters on what it is now."""

import re

import pytest
from django.urls import reverse

from listings.models import Fee, Listing, Region, WorkType
from tests.factories import ListingFactory

pytestmark = pytest.mark.django_db
BROWSE = reverse("listings:browse")


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 0


def titles(client, **params) -> set[str]:
    response = client.get(BROWSE, params)
    assert response.status_code == 200
    return set(re.findall(r'<h3 class="h5 card-title"><a href="[^"]+">([^<]+)</a>', response.content.decode()))


def test_changed_work_types_and_regions_move_a_listing_between_filters(client):
    listing = ListingFactory(published=True, title="Survey caller", work=["surveys"], regions=["CA-ON"])
    assert titles(client, work_type="surveys") == {"Survey caller"}
    assert titles(client, region="CA-ON") == {"Survey caller"}

    listing.work_types.set(WorkType.objects.filter(code="sales"))
    listing.hiring_regions.set(Region.objects.filter(code="US"))

    assert titles(client, work_type="surveys") == set()
    assert titles(client, work_type="sales") == {"Survey caller"}
    assert titles(client, region="CA-ON") == set()
    # Hiring in the whole country is hiring in each of its states.
    assert titles(client, region="US-TX") == {"Survey caller"}
    assert titles(client, region="US") == {"Survey caller"}


def test_a_fee_added_or_removed_shows_under_no_fees_at_once(client):
    listing = ListingFactory(published=True, title="Reservations agent")
    assert titles(client, no_fees="on") == {"Reservations agent"}

    fee = Fee.objects.create(listing=listing, kind="starter_kit", timing="before_offer", recurring="no")
    assert titles(client, no_fees="on") == set()

    fee.delete()
    assert titles(client, no_fees="on") == {"Reservations agent"}


def test_columns_saved_or_updated_in_bulk_are_filtered_as_they_are_now(client):
    listing = ListingFactory(published=True, title="Billing agent", pay_basis="hour", direction="inbound")
    assert titles(client, pay_basis="hour", direction="inbound") == {"Billing agent"}

    listing.pay_basis = "call"
    listing.save()
    Listing.objects.filter(pk=listing.pk).update(direction="both", worker_status="contractor", training_pay="paid")

    assert titles(client, pay_basis="hour") == set()
    both = {"pay_basis": "call", "worker_status": "contractor", "paid_training": "on"}
    assert titles(client, direction="inbound", **both) == {"Billing agent"}
    assert titles(client, direction="outbound", **both) == {"Billing agent"}


def test_a_new_verdict_is_filtered_at_once_and_the_minimum_score_still_holds(client):
    listing = ListingFactory(published=True, title="Chat agent")
    Listing.objects.filter(pk=listing.pk).update(verdict="red_flags", score=45)

    assert titles(client, verdict="red_flags") == {"Chat agent"}
    assert titles(client, verdict=["looks_legitimate", "red_flags"], min_score="45") == {"Chat agent"}
    assert titles(client, verdict="red_flags", min_score="46") == set()
    assert titles(client, verdict="looks_legitimate") == set()


def test_a_score_changed_alone_moves_the_listing_across_every_minimum(client):
    listing = ListingFactory(published=True, title="Survey agent")

    for score in [0, 59, 60, 100]:
        Listing.objects.filter(pk=listing.pk).update(score=score)  # the score only: its band is among the tags
        for minimum in [0, 1, 50, 59, 60, 61, 99, 100]:
            expected = {"Survey agent"} if minimum <= score else set()
            assert titles(client, min_score=str(minimum)) == expected, (score, minimum)

    Listing.objects.filter(pk=listing.pk).update(score=None)  # not scored yet: under no minimum
    assert titles(client, min_score="0") == set()
    assert titles(client) == {"Survey agent"}
