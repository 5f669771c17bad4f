"""Status changes follow each model's transition map; services record who, when and why."""

import pytest
from django.utils import timezone

from listings import services
from listings.exceptions import InvalidTransition
from listings.models import Employer, Listing, Report, StatusChange
from tests.factories import ListingFactory, ModeratorFactory, ReportFactory

NOW = timezone.now()


@pytest.mark.parametrize(
    ("start", "target", "allowed"),
    [
        ("pending", "published", True),
        ("pending", "rejected", True),
        ("pending", "expired", False),
        ("published", "expired", True),
        ("published", "rejected", True),
        ("published", "pending", False),
        ("rejected", "pending", True),
        ("rejected", "published", False),
        ("expired", "published", True),
        ("expired", "rejected", False),
    ],
)
def test_listing_transition_map(start, target, allowed):
    listing = Listing(status=start, title="Agent")

    if allowed:
        listing.move_to(target, now=NOW)
        assert listing.status == target
    else:
        with pytest.raises(InvalidTransition):
            listing.move_to(target, now=NOW)
        assert listing.status == start


def test_publishing_stamps_the_time():
    listing = Listing(status="pending", title="Agent")

    listing.move_to("published", now=NOW)

    assert listing.published_at == NOW


@pytest.mark.parametrize(
    ("start", "target", "allowed"),
    [
        ("unreviewed", "verified", True),
        ("unreviewed", "blocked", True),
        ("verified", "flagged", True),
        ("blocked", "verified", True),
        ("verified", "unreviewed", False),
        ("flagged", "flagged", False),
    ],
)
def test_employer_transition_map(start, target, allowed):
    employer = Employer(status=start, name="X")

    if allowed:
        employer.move_to(target, now=NOW)
        assert (employer.status, employer.status_changed_at) == (target, NOW)
    else:
        with pytest.raises(InvalidTransition):
            employer.move_to(target, now=NOW)


def test_report_transition_map():
    report = Report(status="open")
    report.move_to("resolved", now=NOW)
    assert report.resolved_at == NOW
    with pytest.raises(InvalidTransition):
        report.move_to("dismissed", now=NOW)
    report.move_to("open", now=NOW)
    assert report.resolved_at is None


@pytest.mark.django_db
def test_status_services_record_who_when_and_why():
    moderator = ModeratorFactory()
    listing = ListingFactory()
    report = ReportFactory(listing=listing)

    services.listing_set_status(listing=listing, status="published", by=moderator, note="Checked by phone")
    services.employer_set_status(employer=listing.employer, status="flagged", by=moderator, note="Two reports")
    services.report_set_status(report=report, status="resolved", by=moderator, note="Employer flagged")

    changes = StatusChange.objects.order_by("id")
    assert [(c.from_status, c.to_status, c.changed_by, c.note) for c in changes] == [
        ("pending", "published", moderator, "Checked by phone"),
        ("unreviewed", "flagged", moderator, "Two reports"),
        ("open", "resolved", moderator, "Employer flagged"),
    ]
    listing.refresh_from_db()
    report.refresh_from_db()
    assert listing.status == "published" and listing.published_at is not None
    assert report.resolution_note == "Employer flagged" and report.resolved_by == moderator


@pytest.mark.django_db
def test_refused_transition_saves_nothing():
    listing = ListingFactory()

    with pytest.raises(InvalidTransition):
        services.listing_set_status(listing=listing, status="expired")

    listing.refresh_from_db()
    assert listing.status == "pending"
    assert not StatusChange.objects.exists()


@pytest.mark.django_db
def test_expire_moves_only_published_listings_past_their_date():
    old = ListingFactory(published=True, posted_on="2026-01-01", expires_on="2026-02-01")
    current = ListingFactory(published=True, posted_on="2026-01-01", expires_on="2027-01-01")
    pending = ListingFactory(posted_on="2026-01-01", expires_on="2026-02-01")

    expired = services.listings_expire(today=timezone.datetime(2026, 3, 1).date())

    assert expired == 1
    assert [Listing.objects.get(pk=x.pk).status for x in (old, current, pending)] == ["expired", "published", "pending"]
    assert services.listings_expire(today=timezone.datetime(2026, 3, 1).date()) == 0


@pytest.mark.django_db
def test_blocking_an_employer_rescores_its_listings(django_capture_on_commit_callbacks):
    listing = ListingFactory(published=True)
    assert listing.verdict == "looks_legitimate"

    # The re-score is queued after commit; with no broker (as here) it runs inline.
    with django_capture_on_commit_callbacks(execute=True):
        services.employer_set_status(employer=listing.employer, status=Employer.Status.BLOCKED)

    listing.refresh_from_db()
    assert listing.verdict == "likely_scam"
    assert "employer_blocked" in [f["rule"] for f in listing.findings]
