"""Browse keeps each filter set's matches in the shared cache (settings.BROWSE_MATCHES_SECONDS): another page, another
language or a stray parameter of the same filters is not counted again, and a publish, rejection or re-score shows
on the next request all the same (the key carries the public pages' generation)."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from listings import pagination, services
from listings.models import Listing
from tests.factories import EmployerFactory, ListingFactory

pytestmark = pytest.mark.django_db
BROWSE = reverse("listings:browse")


@pytest.fixture(autouse=True)
def matches_kept(settings):
    settings.PAGE_CACHE_SECONDS = 0  # every request renders its page: only the matches can come from the cache
    settings.BROWSE_MATCHES_SECONDS = 600
    cache.clear()


def browse(client, **params) -> tuple[list[str], int, list[str]]:
    """(titles shown, total shown in the heading, statements sent) of one browse request."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(BROWSE, params)
    assert response.status_code == 200
    page = response.context["page_obj"]
    return [listing.title for listing in page.object_list], page.paginator.count, [q["sql"] for q in queries]


def counts_matches(statements: list[str]) -> bool:
    """Whether the matches were read: the ids of up to COUNT_CAP + 1 of them."""
    return any(f"LIMIT {pagination.COUNT_CAP + 1}" in sql for sql in statements)


def test_the_same_filters_on_another_page_or_with_a_stray_parameter_are_not_counted_again(client):
    employer = EmployerFactory(verified=True)
    for n in range(25):
        ListingFactory(published=True, employer=employer, title=f"Reservations agent {n:02}")

    first, total, first_queries = browse(client, sort="newest")
    second, second_total, second_queries = browse(client, sort="newest", page="2", utm_source="newsletter")

    assert total == second_total == 25
    assert len(first) == 20 and len(second) == 5 and not set(first) & set(second)
    assert counts_matches(first_queries) and not counts_matches(second_queries)


def test_other_filters_or_another_sort_are_counted_for_themselves(client):
    employer = EmployerFactory(verified=True)
    for title, score in (("Billing support", 90), ("Reservations agent", 40)):
        listing = ListingFactory(published=True, employer=employer, title=title)
        Listing.objects.filter(pk=listing.pk).update(score=score)

    assert browse(client, sort="score")[0] == ["Billing support", "Reservations agent"]
    assert browse(client, sort="newest")[0] == ["Reservations agent", "Billing support"]
    assert browse(client, q="reservations")[0] == ["Reservations agent"]
    assert browse(client, sort="score", min_score="60")[0] == ["Billing support"]


def test_a_rejected_listing_leaves_and_a_published_one_joins_on_the_next_request(
    client, django_capture_on_commit_callbacks
):
    employer = EmployerFactory(verified=True)
    shown = ListingFactory(published=True, employer=employer, title="Inbound care agent")
    pending = ListingFactory(employer=employer, title="Billing support representative")
    assert browse(client)[0] == ["Inbound care agent"]

    with django_capture_on_commit_callbacks(execute=True):
        services.listing_set_status(listing=shown, status=Listing.Status.REJECTED, note="Fake company.")
        services.listing_set_status(listing=pending, status=Listing.Status.PUBLISHED)

    titles, total, _ = browse(client)
    assert titles == ["Billing support representative"] and total == 1


def test_with_the_page_cache_on_too_a_rejected_listing_leaves_on_the_next_request(
    client, settings, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_SECONDS = 60  # both caches key on the generation the page cache reads first
    employer = EmployerFactory(verified=True)
    shown = ListingFactory(published=True, employer=employer, title="Inbound care agent")
    ListingFactory(published=True, employer=employer, title="Billing support representative")
    assert "Inbound care agent" in client.get(BROWSE, {"page": "1"}).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        services.listing_set_status(listing=shown, status=Listing.Status.REJECTED, note="Fake company.")

    body = client.get(BROWSE, {"page": "1"}).content.decode()
    assert "Inbound care agent" not in body and "Billing support representative" in body
