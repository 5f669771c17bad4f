"""Every finding, on the result and listing pages and in the digest, links to its own section of the guide."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from listings.models import Answer, Listing, TrainingPay, WorkerStatus
from listings.services import listing_saved
from listings.subscriptions import digest
from listings.subscriptions.models import Subscriber
from tests.factories import FeeFactory, ListingFactory

pytestmark = pytest.mark.django_db

GUIDE = reverse("listings:guide")


@pytest.fixture
def risky():
    listing = ListingFactory(
        published=True,
        worker_status=WorkerStatus.CONTRACTOR,
        training_pay=TrainingPay.UNPAID,
        chat_app_interview=Answer.YES,
        hours_per_week=None,
    )
    FeeFactory(listing=listing)
    listing_saved(listing=listing)  # scored again with its fee
    listing.refresh_from_db()
    assert len({f["faq"] for f in listing.findings}) >= 3
    return listing


def guide_anchors(client) -> set[str]:
    return set(re.findall(r'<section id="([^"]+)"', client.get(GUIDE).content.decode()))


def test_each_finding_and_each_question_group_on_a_listing_page_links_to_a_guide_section(client, risky):
    anchors = guide_anchors(client)

    page = client.get(risky.get_absolute_url()).content.decode()

    findings = re.findall(r'<li class="finding.*?</li>', page, flags=re.S)
    assert len(findings) == len(risky.findings)
    for finding in findings:
        [anchor] = re.findall(rf'href="{GUIDE}#([^"]+)"', finding)
        assert anchor in anchors
    questions = page.split('id="questions"')[1]
    linked = re.findall(rf'<h3 class="h6 mb-1">[^<]*<a [^>]*href="{GUIDE}#([^"]+)"', questions)
    assert linked and set(linked) <= anchors


def test_each_finding_in_the_digest_links_to_its_guide_section(client, risky, settings):
    settings.SITE_URL = "https://offers.example"
    anchors = guide_anchors(client)
    Listing.objects.filter(pk=risky.pk).update(verdict="looks_legitimate")  # a verdict the default digest sends
    subscriber = Subscriber.objects.create(email="a@example.org", status=Subscriber.Status.CONFIRMED)

    message = digest.digest_preview(subscriber=subscriber, now=timezone.now() + timedelta(days=7))

    html = message.alternatives[0][0]
    links = re.findall(r'href="https://offers\.example/guide/#([^"]+)"', html)
    assert len(links) == digest.TOP_FINDINGS and set(links) <= anchors
