"""Atom feeds as a feed reader sees them: any browse result (same query string, same listings) and one employer's."""

import re
import xml.etree.ElementTree as ET
from datetime import datetime

import pytest
from django.urls import reverse

from listings.models import Listing
from listings.services import listing_saved, listing_set_status
from listings.subscriptions.mail import absolute_url
from tests.factories import EmployerFactory, FeeFactory, ListingFactory

pytestmark = pytest.mark.django_db

BROWSE = reverse("listings:browse")
FEED = reverse("listings:browse_feed")
ATOM = {"atom": "http://www.w3.org/2005/Atom"}


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 0


def atom(response) -> ET.Element:
    assert response.status_code == 200, response.content[:500]
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.tag == "{http://www.w3.org/2005/Atom}feed"
    return root


def entries(root: ET.Element) -> list[dict]:
    found = []
    for entry in root.findall("atom:entry", ATOM):
        found.append(
            {
                "title": entry.findtext("atom:title", namespaces=ATOM),
                "link": entry.find("atom:link[@rel='alternate']", ATOM).get("href"),
                "updated": entry.findtext("atom:updated", namespaces=ATOM),
                "summary": entry.findtext("atom:summary", namespaces=ATOM),
                "author": entry.findtext("atom:author/atom:name", namespaces=ATOM),
            }
        )
    return found


def page_links(response) -> list[str]:
    assert response.status_code == 200
    return [absolute_url(listing.get_absolute_url()) for listing in response.context["listings"]]


def test_browse_feed_lists_what_the_browse_page_lists_for_the_same_filters(client):
    for n in range(4):
        ListingFactory(title=f"Sales {n}", work=["sales"], pay_amount=f"{14 + n}.00", published=True)
    ListingFactory(title="Support", work=["tech_support"], published=True)
    ListingFactory(title="Scam sales", work=["sales"], published=True, money_handling="yes")
    ListingFactory(title="Pending sales", work=["sales"])
    ListingFactory(title="Rejected sales", work=["sales"], status=Listing.Status.REJECTED)
    query = {"work_type": "sales", "sort": "hourly"}

    page = client.get(BROWSE, query)
    feed = entries(atom(client.get(FEED, query)))

    assert [e["link"] for e in feed] == page_links(page)
    assert len(feed) == 5
    assert not any("Pending" in e["title"] or "Rejected" in e["title"] or "Support" in e["title"] for e in feed)


def test_every_filter_of_the_browse_page_gives_the_same_listings_in_the_feed(client):
    ListingFactory(title="Clean", published=True)
    kit = ListingFactory(title="Kit", published=True, scored=False)
    FeeFactory(listing=kit, kind="starter_kit")
    listing_saved(listing=kit)  # scored with its fee: a likely scam
    ListingFactory(title="Canada", published=True, regions=["CA-ON"], training_pay="unpaid")
    queries = [
        {},
        {"no_fees": "true"},
        {"paid_training": "true", "region": "US-TX"},
        {"verdict": ["likely_scam", "red_flags"]},
        {"min_score": "60", "sort": "newest"},
        {"q": "Canada"},
    ]

    counts = []
    for query in queries:
        feed = [e["link"] for e in entries(atom(client.get(FEED, query)))]
        assert feed == page_links(client.get(BROWSE, query)), query
        counts.append(len(feed))

    assert counts == [3, 2, 2, 2, 2, 1]  # each filter narrows the list (Kit has a fee, Canada unpaid training)


def test_an_entry_has_title_link_updated_date_verdict_score_pay_and_employer(client):
    employer = EmployerFactory(name="Acme Support", verified=True)
    listing = ListingFactory(
        title="Inbound agent", employer=employer, pay_amount="16.50", pay_amount_max="18.00", published=True
    )
    listing.refresh_from_db()

    (entry,) = entries(atom(client.get(FEED)))

    assert entry["title"] == "Inbound agent at Acme Support"
    assert entry["link"] == absolute_url(f"/listings/{listing.pk}/")
    changed = max(listing.updated_at, listing.scored_at)  # a re-score changes the verdict: the entry changed
    assert abs(datetime.fromisoformat(entry["updated"]) - changed).total_seconds() < 1
    assert f"Verdict: {listing.get_verdict_display()} ({listing.score}/100)" in entry["summary"]
    assert "Pay: Per hour: 16.50–18.00 USD" in entry["summary"]
    assert "an hour after costs" in entry["summary"]
    assert "Employer: Acme Support (Verified by moderators)" in entry["summary"]
    assert entry["author"] == "Acme Support"


def test_the_feed_names_itself_and_the_browse_page_it_follows(client):
    root = atom(client.get(FEED, {"work_type": "sales", "utm_source": "x"}))

    self_link = root.find("atom:link[@rel='self']", ATOM).get("href")
    alternate = root.find("atom:link[@rel='alternate']", ATOM).get("href")
    assert self_link == absolute_url(f"{FEED}?work_type=sales")
    assert alternate == absolute_url(f"{BROWSE}?work_type=sales")
    assert root.findtext("atom:title", namespaces=ATOM)
    assert root.findtext("atom:updated", namespaces=ATOM)


@pytest.mark.parametrize(
    "params, field",
    [
        ({"min_score": "150"}, "min_score"),
        ({"sort": "-id"}, "sort"),
        ({"verdict": "great"}, "verdict"),
        ({"region": "' OR 1=1 --"}, "region"),
        ({"q": "x" * 5000}, "q"),
    ],
)
def test_bad_filter_values_are_a_clear_400_naming_the_filter(client, params, field):
    ListingFactory(published=True)

    response = client.get(FEED, params)

    assert response.status_code == 400
    body = response.content.decode()
    assert body.startswith("Some filters could not be used:")
    assert f"- {field}: " in body


def test_a_nul_byte_in_the_feed_query_is_a_400(client):
    assert client.get(FEED, {"q": "a\x00b"}).status_code == 400


def test_text_in_listings_is_escaped_in_the_feed(client):
    ListingFactory(title='<script>alert(1)</script> "agent"', published=True)

    response = client.get(FEED)

    assert b"<script>" not in response.content
    assert entries(atom(response))[0]["title"].startswith('<script>alert(1)</script> "agent"')


def test_the_browse_feed_is_served_from_the_page_cache_and_follows_moderation(
    client, settings, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_SECONDS = 60
    listing = ListingFactory(title="Cached", published=True)
    assert len(entries(atom(client.get(FEED)))) == 1

    listing.title = "Changed behind the cache's back"
    Listing.objects.filter(pk=listing.pk).update(title=listing.title)
    assert "Cached" in entries(atom(client.get(FEED)))[0]["title"]  # served from the cache
    with django_capture_on_commit_callbacks(execute=True):
        listing_set_status(listing=listing, status=Listing.Status.REJECTED, note="A scam")

    assert entries(atom(client.get(FEED))) == []


# --- One employer's feed -----------------------------------------------------------------------------
def test_employer_feed_lists_its_published_listings_best_score_first(client):
    employer = EmployerFactory(name="Good Calls", verified=True)
    best = ListingFactory(title="Best", employer=employer, published=True)
    worse = ListingFactory(title="Worse", employer=employer, published=True, hours_per_week=None, benefits="unknown")
    ListingFactory(title="Pending", employer=employer)
    ListingFactory(title="Someone else's", published=True)

    root = atom(client.get(reverse("listings:employer_feed", args=[employer.slug])))

    assert [e["link"] for e in entries(root)] == [
        absolute_url(best.get_absolute_url()),
        absolute_url(worse.get_absolute_url()),
    ]
    assert "Good Calls" in root.findtext("atom:title", namespaces=ATOM)
    assert root.find("atom:link[@rel='alternate']", ATOM).get("href") == absolute_url(employer.get_absolute_url())


def test_employer_feed_of_an_employer_nobody_may_see_is_404(client):
    hidden = EmployerFactory(name="Typed into a submission")  # unreviewed, no published listing
    ListingFactory(employer=hidden)

    assert client.get(reverse("listings:employer_feed", args=[hidden.slug])).status_code == 404
    assert client.get(reverse("listings:employer_feed", args=["no-such-employer"])).status_code == 404


def test_employer_feed_shows_no_moderator_only_data(client):
    employer = EmployerFactory(name="Noted", flagged=True, moderator_note="PRIVATE: caller sounded scripted")
    ListingFactory(employer=employer, published=True, source_label="fraudulent", recruiter_email="hr@noted.example")

    body = client.get(reverse("listings:employer_feed", args=[employer.slug])).content.decode()

    assert "PRIVATE" not in body
    assert "fraudulent" not in body
    assert "hr@noted.example" not in body
    assert "Employer: Noted (Flagged: be careful)" in body


# --- Where the feeds are announced ------------------------------------------------------------------
def test_browse_page_announces_and_links_the_feed_of_the_same_filters(client):
    body = client.get(BROWSE, {"work_type": "sales", "region": "US-NY", "utm_source": "x"}).content.decode()

    feed = f"{FEED}?work_type=sales&amp;region=US-NY"
    assert (
        f'<link rel="alternate" type="application/atom+xml" title="These listings (Atom feed)" href="{feed}">' in body
    )
    assert re.search(rf'<a href="{re.escape(feed)}" class="feed-link">Feed<', body)


def test_browse_page_with_unusable_filters_offers_no_feed(client):
    body = client.get(BROWSE, {"min_score": "150"}).content.decode()

    assert "application/atom+xml" not in body
    assert "feed-link" not in body


def test_employer_page_announces_and_links_its_feed(client):
    employer = EmployerFactory(name="Feedy", verified=True)

    body = client.get(employer.get_absolute_url()).content.decode()

    feed = reverse("listings:employer_feed", args=[employer.slug])
    assert f'type="application/atom+xml" title="Feedy: listings (Atom feed)" href="{feed}"' in body
    assert f'<a href="{feed}" class="feed-link">Feed<' in body
