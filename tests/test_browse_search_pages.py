"""Search pages when few listings match (found through the search words' index, listings.filters.MatchesText):
the results must be those of the plain query: the right listings, in the chosen order, split into the same
pages, and the filter form's HTML unchanged."""

import re

import pytest
from django.urls import reverse

from listings.models import Listing
from tests.factories import ListingFactory

pytestmark = pytest.mark.django_db

BROWSE = reverse("listings:browse")


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 0


def titles(response) -> list[str]:
    assert response.status_code == 200
    return [listing.title for listing in response.context["listings"]]


def test_a_rare_word_pages_through_its_matches_newest_first(client):
    for n in range(25):
        listing = ListingFactory(title=f"Agent {n:02}", description="Xylophone players welcome.", published=True)
        Listing.objects.filter(pk=listing.pk).update(published_at=f"2026-01-{n + 1:02}T00:00Z")
    ListingFactory(title="Other", description="Answer calls.", published=True)

    first = client.get(BROWSE, {"q": "xylophone", "sort": "newest"})
    second = client.get(BROWSE, {"q": "xylophone", "sort": "newest", "page": "2"})

    assert titles(first) == [f"Agent {n:02}" for n in range(24, 4, -1)]
    assert titles(second) == [f"Agent {n:02}" for n in range(4, -1, -1)]
    assert "25 listings" in first.content.decode()
    assert "Page 2 of 2" in second.content.decode()


def test_search_with_filters_keeps_only_listings_matching_both(client):
    ListingFactory(title="Sales xylophone", description="Xylophone", work=["sales"], regions=["US"], published=True)
    ListingFactory(title="Survey xylophone", description="Xylophone", work=["surveys"], regions=["US"], published=True)
    ListingFactory(title="Sales plain", work=["sales"], regions=["US"], published=True)

    response = client.get(BROWSE, {"q": "xylophone", "work_type": "sales", "region": "US-NY"})

    assert titles(response) == ["Sales xylophone"]
    html = response.content.decode()
    assert '<option value="US-NY" selected>' in html
    assert re.search(
        r'<input type="checkbox" name="work_type" value="sales" class="form-check-input" id="[^"]+" checked>', html
    )


def test_the_region_select_follows_the_selection_and_escapes_junk(client):
    ListingFactory(title="Agent", regions=["US"], published=True)

    plain = client.get(BROWSE).content.decode()
    chosen = client.get(BROWSE, {"region": "CA-ON"}).content.decode()
    junk = client.get(BROWSE, {"region": '"><script>x</script>'}).content.decode()

    assert '<option value="CA-ON" selected>' not in plain
    assert '<option value="CA-ON" selected>' in chosen
    assert '<option value="" selected>Anywhere</option>' in plain
    assert "<script>x</script>" not in junk


def test_a_region_added_while_the_process_serves_is_a_filter_at_once(client, monkeypatch):
    from listings import active_filters, filters
    from listings.models import Region

    # What this process has read is put back afterwards, so the test's region is in no other test's page.
    monkeypatch.setattr(filters, "_regions", None)
    monkeypatch.setattr(active_filters, "_choice_labels", {})
    listing = ListingFactory(title="Agent", regions=["US"], published=True)
    assert titles(client.get(BROWSE, {"region": "US-TX"})) == ["Agent"]  # the regions are read, and kept
    Region.objects.create(code="US-XX", name="Test Territory", kind="subdivision", parent_id="US")
    listing.hiring_regions.set(["US-XX"])

    response = client.get(BROWSE, {"region": "US-XX"})

    assert "Select a valid choice" not in response.content.decode()
    assert titles(response) == ["Agent"]
    assert "Hires where I live: Test Territory (US-XX)" in response.content.decode()
