"""The moderators' work queue on the admin home: what waits for a decision, each a count linking to its list."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Q
from django.db.models.functions import Coalesce
from django.urls import reverse

from listings.models import Employer, Listing, Report
from scoring.models import RescoreJob

EMPLOYERS_SHOWN = 10


@dataclass(frozen=True)
class QueueItem:
    label: str
    count: int
    url: str


def reports_about_employer(employer_id: int) -> Q:
    """Reports filed against the employer or against any of its listings."""
    return Q(employer_id=employer_id) | Q(listing__employer_id=employer_id)


def work_queue() -> list[QueueItem]:
    listings = reverse("admin:listings_listing_changelist")
    pending = Listing.objects.filter(status=Listing.Status.PENDING).aggregate(
        imported=Count("pk", filter=~Q(external_id="")), sent_in=Count("pk", filter=Q(external_id=""))
    )
    return [
        QueueItem(
            "Open reports",
            Report.objects.filter(status=Report.Status.OPEN).count(),
            reverse("admin:listings_report_changelist") + "?status__exact=open&o=1",  # oldest first
        ),
        QueueItem(
            "Offers sent in by job seekers (or added here), waiting for review",
            pending["sent_in"],
            listings + "?status__exact=pending&origin=sent_in&o=-8",
        ),
        QueueItem(
            "Imported listings waiting for review",
            pending["imported"],
            listings + "?status__exact=pending&origin=imported&o=-8",
        ),
        QueueItem(
            "Flagged employers waiting for a decision",
            Employer.objects.filter(status=Employer.Status.FLAGGED).count(),
            reverse("admin:listings_employer_changelist") + "?status__exact=flagged",
        ),
        QueueItem(
            "Re-score jobs that failed",
            RescoreJob.objects.filter(status=RescoreJob.Status.FAILED).count(),
            reverse("admin:scoring_rescorejob_changelist") + "?status__exact=failed",
        ),
    ]


def employers_with_open_reports(limit: int = EMPLOYERS_SHOWN) -> list[tuple[Employer, int, str]]:
    """(employer, open reports on it or its listings, link to those reports), most reported first."""
    top = list(
        Report.objects.filter(status=Report.Status.OPEN)
        .annotate(about=Coalesce("employer_id", "listing__employer_id"))
        .values("about")
        .annotate(n=Count("pk"))
        .order_by("-n", "about")
        .values_list("about", "n")[:limit]
    )
    employers = Employer.objects.in_bulk([pk for pk, _ in top])
    url = reverse("admin:listings_report_changelist")
    return [(employers[pk], n, f"{url}?status__exact=open&about_employer={pk}") for pk, n in top if pk in employers]
