"""Listing cards are rendered on every request and listing page bodies come from the shared cache; a change
is never shown stale."""

import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from listings import filters, services
from listings.models import Employer, Listing, Report
from tests.factories import EmployerFactory, ListingFactory

pytestmark = pytest.mark.django_db
BROWSE = reverse("listings:browse")


@pytest.fixture(autouse=True)
def cards_only(settings):
    """No page cache, so each request renders the page."""
    settings.PAGE_CACHE_SECONDS = 0
    cache.clear()


def card_html(client) -> str:
    """The listing cards of the browse page, without the filter form around them."""
    response = client.get(BROWSE)
    assert response.status_code == 200
    return "".join(re.findall(r"<article class=\"card listing-card.*?</article>", response.content.decode(), re.S))


def test_a_second_visit_reads_the_cards_with_the_page_without_a_work_type_query(client):
    ListingFactory.create_batch(3, published=True, work=["sales"])
    first = card_html(client)

    # The planner's estimate of the matches, the capped count (its planner settings in the same statement), and
    # the page with its work types (its filter tags); the regions are read once per process, if at all.
    with CaptureQueriesContext(connection) as queries:
        second = card_html(client)
    tables = " ".join(q["sql"] for q in queries.captured_queries)
    assert "listings_worktype" not in tables and "listings_region" not in tables
    assert len(queries.captured_queries) == 3, queries.captured_queries

    assert second == first
    assert first.count("Sales / telemarketing") == 3


def test_a_rescored_listing_shows_its_new_score(client):
    listing = ListingFactory(published=True, title="Reservations agent")
    before = card_html(client)
    assert f"{listing.score}/100" in before

    Listing.objects.filter(pk=listing.pk).update(training_pay="charged")
    services.listing_saved(listing=Listing.objects.get(pk=listing.pk))
    listing.refresh_from_db()

    after = card_html(client)
    assert listing.verdict == "likely_scam"
    assert "Likely scam" in after and "Likely scam" not in before


def test_an_employer_flagged_or_renamed_shows_on_its_cards_at_once(client):
    employer = EmployerFactory(name="Harbor Contact Solutions", verified=True)
    ListingFactory(published=True, employer=employer)
    assert "Verified" in card_html(client)

    services.employer_set_status(employer=employer, status=Employer.Status.FLAGGED, note="Fees reported")
    assert "Flagged" in card_html(client)

    Employer.objects.filter(pk=employer.pk).update(name="Harbour Contact Solutions")
    assert "Harbour Contact Solutions" in card_html(client)


def test_a_title_with_markup_stays_escaped_on_every_visit(client):
    ListingFactory(published=True, title="<script>alert(1)</script> Agent")
    card_html(client)

    cached = card_html(client)

    assert "<script>alert(1)</script>" not in cached
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Agent" in cached


def detail_body(client, listing) -> str:
    response = client.get(listing.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def test_a_listing_page_seen_before_costs_one_query_and_keeps_a_fresh_report_form(client, django_assert_num_queries):
    listing = ListingFactory(published=True, title="Inbound care agent")
    first = detail_body(client, listing)

    with django_assert_num_queries(1):  # the listing and its employer; the body comes from the cache
        second = detail_body(client, listing)

    assert "Inbound care agent" in second and "What we found" in second and "Report this listing" in second
    # The report form is outside the cached body: its signed start time is new on every visit.
    stamps = [re.search(r'name="started" value="([^"]+)"', page).group(1) for page in (first, second)]
    assert stamps[0] != stamps[1]


def test_a_listing_page_not_yet_cached_names_its_regions_in_order_without_a_query(client, django_assert_num_queries):
    listing = ListingFactory(published=True, regions=["ZA", "US-TX", "CA", "US", "CA-ON"])
    filters.region_known("US")  # each process reads the regions once (listings.filters)

    # As the table lists them (countries first, then by their English names), in the page's language.
    for language, in_words in (
        ("en", "Canada, South Africa, United States, Ontario, Texas"),
        ("nl", "Canada, Zuid-Afrika, Verenigde Staten, Ontario, Texas"),
    ):
        with translation.override(language):
            assert ", ".join(region.shown_name for region in listing.hiring_regions.all()) == in_words
        with django_assert_num_queries(1):  # the listing, its employer and its tags; no fees stated
            page = client.get(listing.get_absolute_url(), {"lang": language}).content.decode()
        assert re.search(r'<dd class="col-6">([^<]*Texas)</dd>', page).group(1) == in_words


def test_the_report_form_kept_per_language_speaks_the_pages_language_and_its_start_time_works(client, settings):
    settings.PUBLIC_FORM_MIN_SECONDS = 0
    listing = ListingFactory(published=True)
    english = detail_body(client, listing)
    dutch = client.get(listing.get_absolute_url(), {"lang": "nl"}).content.decode()
    assert "What went wrong?" in english and "Wat ging er mis?" in dutch and "What went wrong?" not in dutch

    # The start time put into the kept form is a real one: the report it carries goes through, once.
    started = re.search(r'name="started" value="([^"]+)"', dutch).group(1)
    data = {"reason": Report.Reason.ASKED_FOR_MONEY, "details": "A $99 kit.", "started": started, "website_url": ""}
    url = reverse("listings:report_listing", args=[listing.pk])
    assert client.post(url, data).status_code == 302
    client.post(url, data)  # the same start time again: a replay, quietly dropped
    assert list(Report.objects.filter(listing=listing).values_list("details", flat=True)) == ["A $99 kit."]


def test_a_listing_page_shows_a_new_score_and_a_moderators_note_at_once(client):
    employer = EmployerFactory(name="Cedar Contact", verified=True)
    listing = ListingFactory(published=True, employer=employer)
    assert "Likely scam" not in detail_body(client, listing)

    Listing.objects.filter(pk=listing.pk).update(training_pay="charged")
    services.listing_saved(listing=Listing.objects.get(pk=listing.pk))
    assert "Likely scam" in detail_body(client, listing)

    services.employer_set_status(employer=employer, status=Employer.Status.FLAGGED, note="internal")
    Employer.objects.filter(pk=employer.pk).update(public_note="Three seekers reported a starter-kit fee.")
    page = detail_body(client, listing)
    assert "Three seekers reported a starter-kit fee." in page
    assert "Moderators have <strong>flagged</strong> this employer" in page


def test_the_cached_filter_form_keeps_each_visitors_choices_and_errors(client):
    ListingFactory(published=True)

    def form_html(**params):
        response = client.get(BROWSE, params)
        assert response.status_code == 200
        return re.search(r'<form method="get".*?</form>', response.content.decode(), re.S).group(0)

    texas, ontario = form_html(region="US-TX"), form_html(region="CA-ON")
    assert '<option value="US-TX" selected>' in texas and '<option value="CA-ON" selected>' not in texas
    assert '<option value="CA-ON" selected>' in ontario and '<option value="US-TX" selected>' not in ontario
    assert form_html(region="US-TX", page="3") == texas  # other parameters share the same form

    junk = form_html(min_score="999")
    assert "is-invalid" in junk and 'value="999"' in junk
    assert "is-invalid" not in form_html()
