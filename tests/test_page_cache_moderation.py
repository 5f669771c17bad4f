"""Public pages follow moderation at once: a verify, flag, block, publish, reject or re-score is on the next request,
even where the whole page was cached a moment before."""

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from listings import services
from listings.models import Employer, Listing
from scoring.services import rescore_chunk, rescore_plan, rescore_start
from tests.factories import EmployerFactory, ListingFactory

pytestmark = pytest.mark.django_db
PAGES = [reverse("listings:home"), reverse("listings:browse")]


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 60
    cache.clear()


def bodies(client) -> list[str]:
    return [client.get(page).content.decode() for page in PAGES]


def test_a_cached_page_is_served_again_while_nothing_changes(client, django_assert_num_queries):
    ListingFactory(published=True, employer=EmployerFactory(verified=True))
    first = bodies(client)

    with django_assert_num_queries(0):
        assert bodies(client) == first


def test_an_employer_flagged_in_the_admin_shows_flagged_on_the_next_request(
    moderator_client, django_capture_on_commit_callbacks
):
    client = Client()  # a visitor: moderator_client is the signed-in `client`, whose pages are never cached
    employer = EmployerFactory(name="Harbor Contact Solutions", verified=True)
    ListingFactory(published=True, employer=employer, title="Reservations agent")
    assert all("Verified" in body for body in bodies(client))

    with django_capture_on_commit_callbacks(execute=True):
        response = moderator_client.post(
            reverse("admin:listings_employer_changelist"),
            {
                "action": "mark_flagged",
                "confirm": "yes",
                "note": "Reports of a kit fee.",
                "_selected_action": [employer.pk],
            },
        )
    assert response.status_code in (200, 302)
    employer.refresh_from_db()
    assert employer.status == Employer.Status.FLAGGED

    home, browse = bodies(client)
    assert "Flagged" in browse and "Verified" not in browse


def test_a_rejected_listing_leaves_the_pages_and_a_published_one_joins_them(client, django_capture_on_commit_callbacks):
    employer = EmployerFactory(verified=True)
    shown = ListingFactory(published=True, employer=employer, title="Inbound care agent")
    pending = ListingFactory(employer=employer, title="Billing support representative")
    assert all("Inbound care agent" in body and "Billing support" not in body for body in bodies(client))

    with django_capture_on_commit_callbacks(execute=True):
        services.listing_set_status(listing=shown, status=Listing.Status.REJECTED, note="Fake company.")
        services.listing_set_status(listing=pending, status=Listing.Status.PUBLISHED)

    for body in bodies(client):
        assert "Inbound care agent" not in body
        assert "Billing support representative" in body


def test_a_rescore_shows_its_new_verdicts_without_waiting_for_the_cache(client, django_capture_on_commit_callbacks):
    listing = ListingFactory(published=True, employer=EmployerFactory(verified=True), title="Reservations agent")
    before = bodies(client)[1]
    Listing.objects.filter(pk=listing.pk).update(training_pay="charged")  # as if a rule changed what it means

    with django_capture_on_commit_callbacks(execute=True):
        job = rescore_start(reason="test")
    for chunk_id in rescore_plan(job=job):
        with django_capture_on_commit_callbacks(execute=True):
            rescore_chunk(chunk_id=chunk_id)

    listing.refresh_from_db()
    assert listing.verdict == "likely_scam"
    after = bodies(client)[1]
    assert f'Likely scam <span class="verdict-score">· {listing.score}/100' in after
    assert "Likely scam <span" not in before
