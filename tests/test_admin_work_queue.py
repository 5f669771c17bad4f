"""The moderators' work queue on the admin home, as a member of the Moderators group (not a superuser) sees it."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from listings.models import Employer, Listing, Report
from tests.factories import EmployerFactory, ListingFactory, ReportFactory

pytestmark = pytest.mark.django_db


def queue_count(body: str, label: str) -> int:
    match = re.search(rf">{re.escape(label)}</a></th><td class=\"work-count\">(\d+)</td>", body)
    assert match, label
    return int(match.group(1))


@pytest.fixture
def work():
    harbor = EmployerFactory(name="Harbor Contact Solutions", verified=True)
    listing_a = ListingFactory(employer=harbor, published=True)
    listing_b = ListingFactory(employer=harbor, published=True)
    ReportFactory(listing=listing_a)
    ReportFactory(listing=listing_b)
    ReportFactory(listing=None, employer=harbor)
    ReportFactory(listing=listing_a, status=Report.Status.RESOLVED)  # done: not in the queue
    EmployerFactory(name="Quickcash Remote", status=Employer.Status.FLAGGED)
    old = ListingFactory(title="Sent in last week")
    new = ListingFactory(title="Sent in today")
    Listing.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=7))
    ListingFactory(title="From the import file", external_id="row-7")
    return harbor, old, new


def test_the_admin_home_starts_with_the_work_queue(moderator_client, moderator, work):
    assert not moderator.is_superuser
    body = moderator_client.get(reverse("admin:index")).content.decode()

    assert body.index("Work queue") < body.index("Listings")  # before the app list
    assert queue_count(body, "Open reports") == 3
    assert queue_count(body, "Offers sent in by job seekers (or added here), waiting for review") == 2
    assert queue_count(body, "Imported listings waiting for review") == 1
    assert queue_count(body, "Flagged employers waiting for a decision") == 1
    assert queue_count(body, "Re-score jobs that failed") == 0
    assert queue_count(body, "Harbor Contact Solutions") == 3  # its own report and its listings' reports


def test_each_count_links_to_the_list_it_counts(moderator_client, work):
    harbor, old, new = work
    body = moderator_client.get(reverse("admin:index")).content.decode()
    links = dict(
        (label, url.replace("&amp;", "&")) for url, label in re.findall(r'<a href="([^"]+)">([^<]+)</a></th>', body)
    )

    reports = moderator_client.get(links["Harbor Contact Solutions"]).content.decode()
    assert reports.count('class="action-select"') == 3

    pending = moderator_client.get(links["Offers sent in by job seekers (or added here), waiting for review"])
    rows = pending.content.decode()
    assert rows.count('class="action-select"') == 2
    assert rows.index("Sent in last week") < rows.index("Sent in today")  # oldest first

    flagged = moderator_client.get(links["Flagged employers waiting for a decision"]).content.decode()
    assert "Quickcash Remote" in flagged and "Harbor Contact Solutions" not in flagged


def test_the_employer_list_counts_reports_on_its_listings_too(moderator_client, work):
    body = moderator_client.get(reverse("admin:listings_employer_changelist")).content.decode()

    row = body[body.index("Harbor Contact Solutions") :]
    assert re.search(r'<td class="field-open_reports">3</td>', row)


def test_the_audit_log_lists_every_status_change_and_publication_filterable(
    moderator_client, moderator, django_capture_on_commit_callbacks
):
    from listings import services
    from scoring.services import rule_set_publish

    harbor = EmployerFactory(name="Harbor Contact Solutions")
    listing = ListingFactory(title="Inbound care agent")
    with django_capture_on_commit_callbacks(execute=True):
        services.employer_set_status(employer=harbor, status="flagged", by=moderator, note="Two kit-fee reports.")
        services.listing_set_status(listing=listing, status="published", by=None, note="Imported and checked.")
        rule_set_publish(values={}, weights={}, by=moderator, note="Calibrated the allowance.")
    audit = reverse("admin_audit")

    body = moderator_client.get(audit).content.decode()
    assert "Two kit-fee reports." in body and "Imported and checked." in body and "Calibrated the allowance." in body
    assert body.index("Calibrated the allowance.") < body.index("Two kit-fee reports.")  # newest first

    mine = moderator_client.get(audit, {"moderator": moderator.pk}).content.decode()
    assert "Two kit-fee reports." in mine and "Imported and checked." not in mine
    employers = moderator_client.get(audit, {"kind": "employer"}).content.decode()
    assert "Harbor Contact Solutions" in employers and "Calibrated" not in employers
    named = moderator_client.get(audit, {"q": "care agent"}).content.decode()
    assert "Imported and checked." in named and "Two kit-fee reports." not in named
    assert moderator_client.get(audit, {"moderator": "x'--", "page": "junk"}).status_code == 200
    assert "Audit log" in moderator_client.get(reverse("admin:index")).content.decode()


def test_the_audit_log_is_for_staff_only(client):
    response = client.get(reverse("admin_audit"))

    assert response.status_code == 302 and "/admin/login/" in response["Location"]
