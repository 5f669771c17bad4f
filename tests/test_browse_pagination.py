"""Browse pages are cut from the capped count's own query (listings.pagination): whether matches are fewer
than the cap or more, the pages must give the database's order, ties and missing values included, split
into the same pages; and a moderation change shows on the next request."""

import pytest
from django.urls import reverse

from listings.filters import SORTS
from listings.models import Employer, Listing
from listings.services import employer_set_status, listing_set_status
from tests.factories import ListingFactory

pytestmark = pytest.mark.django_db

BROWSE = reverse("listings:browse")


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 0


def titles(client, **params) -> list[str]:
    response = client.get(BROWSE, params)
    assert response.status_code == 200
    return [listing.title for listing in response.context["listings"]]


def _listings_with_ties_and_gaps() -> None:
    """Scores and pay multiples with ties and missing values (pay per call has no pay multiple)."""
    for n in range(27):
        listing = ListingFactory(title=f"Agent {n:02}", published=True)
        Listing.objects.filter(pk=listing.pk).update(
            score=[40, 70, 70, None][n % 4],
            pay_vs_minimum=[None, "1.20", "1.20", "2.50", None][n % 5],
            published_at=None if n % 6 == 0 else f"2026-01-{n % 3 + 1:02}T00:00Z",
        )


@pytest.mark.parametrize("cap", [1000, 5])  # all matches counted, or more than the cap
@pytest.mark.parametrize("sort", list(SORTS))
def test_every_page_is_in_the_database_order(client, monkeypatch, sort, cap):
    from listings import pagination

    _listings_with_ties_and_gaps()
    monkeypatch.setattr(pagination, "COUNT_CAP", cap)
    expected = list(Listing.objects.published().order_by(*SORTS[sort]).values_list("title", flat=True))

    pages = [titles(client, sort=sort, page=str(page)) for page in (1, 2)]

    if cap == 1000:
        assert pages == [expected[:20], expected[20:]]
    else:  # the count stops at the cap, and so do the pages
        assert pages == [expected[:5], expected[:5]]


def test_a_blocked_employer_shows_on_the_next_browse_request(client):
    listing = ListingFactory(title="Reservations agent", published=True, employer__status=Employer.Status.VERIFIED)
    assert "Verified" in client.get(BROWSE).content.decode()

    employer_set_status(employer=listing.employer, status=Employer.Status.BLOCKED, note="Asks for fees")

    assert "Blocked" in client.get(BROWSE).content.decode()


def test_an_unpublished_listing_leaves_browse_on_the_next_request(client):
    kept, gone = ListingFactory(title="Kept", published=True), ListingFactory(title="Gone", published=True)
    assert set(titles(client)) == {"Kept", "Gone"}

    listing_set_status(listing=gone, status=Listing.Status.EXPIRED, note="Filled")

    assert titles(client) == [kept.title]


def test_the_counts_planner_settings_end_with_its_own_statement(client, django_assert_num_queries):
    from django.db import connection

    ListingFactory.create_batch(3, published=True)
    titles(client, sort="newest")  # the filter form's HTML is cached from here on

    # Few matches expected: the count runs with index walks off, sent with its SET LOCALs as one statement.
    with django_assert_num_queries(3):  # the planner's estimate, the count, the page's rows
        assert len(titles(client, sort="newest")) == 3

    with connection.cursor() as cursor:  # the test's transaction goes on: the settings must not
        cursor.execute("SELECT current_setting('enable_indexscan'), current_setting('enable_seqscan')")
        assert cursor.fetchone() == ("on", "on")


def test_a_pay_basis_is_counted_with_its_tag_and_a_changed_pay_basis_shows_on_the_next_request(client):
    # Few matches: counted through the GIN indexes, where the pay basis is also asked of the tags.
    _listings_with_ties_and_gaps()
    per_call = Listing.objects.order_by("pk")[::3]
    Listing.objects.filter(pk__in=[listing.pk for listing in per_call]).update(pay_basis="call")
    by_the_hour = list(Listing.objects.published().filter(pay_basis="hour").order_by(*SORTS["score"]))

    page = client.get(BROWSE, {"pay_basis": "hour", "sort": "score"})
    assert [listing.title for listing in page.context["listings"]] == [row.title for row in by_the_hour[:20]]
    assert page.context["paginator"].count == len(by_the_hour) == 18

    Listing.objects.filter(pk=by_the_hour[0].pk).update(pay_basis="call")
    assert titles(client, pay_basis="hour", sort="score") == [row.title for row in by_the_hour[1:21]]
    assert by_the_hour[0].title in titles(client, pay_basis="call", sort="score")
