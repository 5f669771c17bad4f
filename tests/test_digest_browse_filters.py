"""A subscription keeps every filter of the browse page it came from, and its digest holds exactly what that
browse page shows: the browse page's own filter code decides both."""

import time
from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from listings.abuse import signed_start
from listings.models import Listing, PayBasis, TrainingPay, WorkerStatus
from listings.subscriptions import digest, services
from listings.subscriptions.filters import filter_labels, subscriber_query
from listings.subscriptions.models import Subscriber
from tests import digest_support as h
from tests.factories import FeeFactory, ListingFactory

pytestmark = pytest.mark.django_db

BROWSE = reverse("listings:browse")
SUBSCRIBE = reverse("subscriptions:subscribe")

EVERY_FILTER = {
    "q": "support",
    "work_type": ["customer_service", "tech_support"],
    "direction": "inbound",
    "pay_basis": PayBasis.HOUR,
    "worker_status": WorkerStatus.EMPLOYEE,
    "region": "US-NY",
    "min_score": "50",
    "verdict": ["looks_legitimate", "ask_more_questions"],
    "paid_training": "on",
    "no_fees": "on",
    "sort": "newest",  # orders the browse page; the digest is always best first
}


@pytest.fixture(autouse=True)
def settings_for_pages(settings):
    settings.PAGE_CACHE_SECONDS = 0
    settings.SITE_URL = h.SITE


def listing(title, *, score=80, verdict="looks_legitimate", regions=("US",), work=("customer_service",), **fields):
    obj = ListingFactory(title=title, published=True, regions=list(regions), work=list(work), **fields)
    Listing.objects.filter(pk=obj.pk).update(score=score, verdict=verdict)
    return obj


def listings_for_every_filter():
    """Listings that match all of EVERY_FILTER, and one that each filter alone leaves out."""
    keep = [
        listing("Support agent, New York", score=90, regions=["US-NY"]),
        listing("Tech support, anywhere in the U.S.", score=70, work=["tech_support"]),
        listing("Support team lead", score=55, verdict="ask_more_questions", direction="both"),
    ]
    listing("Sales closer", score=95)  # no "support" in it
    listing("Support surveys", score=95, work=["surveys"])
    listing("Outbound support", score=95, direction="outbound")
    listing("Support per call", score=95, pay_basis=PayBasis.CALL)
    listing("Support contractor", score=95, worker_status=WorkerStatus.CONTRACTOR)
    listing("Support in Texas", score=95, regions=["US-TX"])
    listing("Support, low score", score=45)
    listing("Support with red flags", score=60, verdict="red_flags")
    listing("Support, unpaid training", score=95, training_pay=TrainingPay.UNPAID)
    FeeFactory(listing=listing("Support with a kit fee", score=95))
    return keep


def as_sent(form) -> dict:
    """The form's values as a browser sends it untouched (initial values, ticked boxes)."""
    values = {name: form.initial.get(name, field.initial) for name, field in form.fields.items()}
    return {name: value for name, value in values.items() if value not in (None, "", [])}


def subscribe_from_browse_url(client, query, email="seeker@example.org", *, confirm=True):
    """What a seeker does: follow "E-mail me listings like these", leave the form as it comes, send it."""
    browse = client.get(BROWSE, query)
    page = client.get(browse.context["subscribe_url"])
    form = page.context["form"]
    data = as_sent(form)
    data.update(email=email, website_url="", started=signed_start(time.time() - 30))
    response = client.post(SUBSCRIBE, data)
    assert response.status_code == 200 and "Check your inbox" in response.content.decode()
    subscriber = Subscriber.objects.get(email=email)
    if confirm:
        services.subscriber_confirm(subscriber=subscriber)
    return browse, page, subscriber


def digest_titles(subscriber) -> list[str]:
    message = digest.digest_preview(subscriber=subscriber, now=timezone.now() + timedelta(days=7))
    if message is None:
        return []
    created = Listing.objects.values_list("title", flat=True)
    shown = [(message.body.index(title), title) for title in created if title in message.body]
    return [title for _, title in sorted(shown)]


def test_a_subscription_from_a_filtered_browse_url_gets_exactly_what_the_browse_page_shows(client):
    keep = listings_for_every_filter()

    browse, page, subscriber = subscribe_from_browse_url(client, EVERY_FILTER)

    browse_titles = {item.title for item in browse.context["listings"]}
    assert browse_titles == {item.title for item in keep}
    assert digest_titles(subscriber) == [item.title for item in keep]  # the same listings, best first
    assert subscriber.filters == {
        "q": ["support"],
        "direction": ["inbound"],
        "pay_basis": [PayBasis.HOUR],
        "worker_status": [WorkerStatus.EMPLOYEE],
        "paid_training": ["on"],
        "no_fees": ["on"],
    }
    assert "Also keep these filters" in page.content.decode()


def test_unticking_a_kept_filter_drops_it(client):
    listings_for_every_filter()
    client.get(BROWSE, {"pay_basis": PayBasis.HOUR, "no_fees": "on"})
    page = client.get(SUBSCRIBE, {"pay_basis": PayBasis.HOUR, "no_fees": "on"})
    data = as_sent(page.context["form"])
    data.update(email="a@example.org", started=signed_start(time.time() - 30), kept=["no_fees=on"])

    client.post(SUBSCRIBE, data)

    assert Subscriber.objects.get().filters == {"no_fees": ["on"]}


def test_a_forged_kept_filter_is_a_field_error_and_nothing_is_saved(client):
    data = {
        "email": "a@example.org",
        "verdict": ["looks_legitimate"],
        "started": signed_start(time.time() - 30),
        "kept": ["pay_basis=<script>", "sort=score", "min_score=5"],
    }

    response = client.post(SUBSCRIBE, data)

    assert "kept" in response.context["form"].errors
    assert Subscriber.objects.count() == 0
    assert "<script>" not in response.content.decode().split("<form")[1]


def test_an_existing_subscriber_with_only_the_first_four_filters_still_gets_its_digest(client):
    kept = listing("Support agent, New York", score=90, regions=["US-NY"])
    listing("Support in Texas", score=95, regions=["US-TX"])
    listing("Low score", score=40)
    subscriber = Subscriber.objects.create(
        email="old@example.org", status=Subscriber.Status.CONFIRMED, region_id="US-NY", min_score=50
    )  # made before filters were kept: filters is empty

    browse = client.get(BROWSE, subscriber_query(subscriber))

    assert [item.title for item in browse.context["listings"]] == [kept.title]
    assert digest_titles(subscriber) == [kept.title]


def test_the_confirmation_page_and_email_say_which_filters_are_kept(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        _, _, subscriber = subscribe_from_browse_url(
            client, {"pay_basis": PayBasis.HOUR, "q": "night shift"}, confirm=False
        )
    labels = filter_labels(subscriber)

    assert "Pay basis: Per hour" in labels and "Search: “night shift”" in labels
    [confirmation] = mail.outbox
    assert all(label in confirmation.body for label in labels)
    html = confirmation.alternatives[0][0]
    assert "Search: “night shift”" in html
    confirm_url = next(link for link in confirmation.body.split() if "/subscribe/confirm/" in link)
    page = client.get(confirm_url.replace(h.SITE, ""))
    assert all(label in page.content.decode() for label in labels)
