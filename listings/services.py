"""Acts with side effects on employers, listings and reports. Admin actions and views call these."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from listings.models import Employer, Listing, Report, StatusChange
from listings.page_cache import public_pages_changed_on_commit
from scoring import services as scoring


@transaction.atomic
def employer_set_status(*, employer: Employer, status: str, by=None, note: str = "") -> Employer:
    """Verify, flag or block an employer, record it, and re-score its listings in the background."""
    now = timezone.now()
    old = employer.move_to(status, by=by, now=now)
    employer.save(update_fields=["status", "status_changed_at", "status_changed_by"])
    StatusChange.objects.create(
        employer=employer, from_status=old, to_status=status, note=note, changed_by=by, changed_at=now
    )
    scoring.rescore_start(reason="employer_status", employer=employer)
    public_pages_changed_on_commit()
    return employer


@transaction.atomic
def listing_set_status(*, listing: Listing, status: str, by=None, note: str = "") -> Listing:
    """Publish, reject or expire a listing through its transition map, and record who did it."""
    now = timezone.now()
    old = listing.move_to(status, now=now)
    listing.save(update_fields=["status", "published_at", "updated_at"])
    StatusChange.objects.create(
        listing=listing, from_status=old, to_status=status, note=note, changed_by=by, changed_at=now
    )
    public_pages_changed_on_commit()
    return listing


@transaction.atomic
def report_set_status(*, report: Report, status: str, by=None, note: str = "") -> Report:
    """Resolve, dismiss or re-open a report; the note is kept as the resolution note."""
    now = timezone.now()
    old = report.move_to(status, by=by, now=now)
    if note:
        report.resolution_note = note
    report.save(update_fields=["status", "resolved_at", "resolved_by", "resolution_note"])
    StatusChange.objects.create(
        report=report, from_status=old, to_status=status, note=note, changed_by=by, changed_at=now
    )
    return report


def listing_saved(*, listing: Listing) -> Listing:
    """Call after a listing and its fees, regions and work types are saved: scores it."""
    scoring.listing_score(listing=listing)
    public_pages_changed_on_commit()
    return listing


@transaction.atomic
def listings_expire(*, today=None) -> int:
    """Expire published listings whose expiry date has passed. Safe to run any number of times."""
    today = today or timezone.localdate()
    expired = 0
    for listing in Listing.objects.published().filter(expires_on__lt=today).select_for_update():
        listing_set_status(listing=listing, status=Listing.Status.EXPIRED, note="Expiry date passed.")
        expired += 1
    return expired


def employer_for_name(name: str) -> Employer | None:
    """The employer a job seeker means by `name` (case-insensitive), if moderators know it."""
    return Employer.objects.filter(name__iexact=name.strip()).first()


def _employer_get_or_create(name: str) -> Employer:
    from django.db import IntegrityError
    from django.utils.text import slugify

    name = name.strip()
    employer = employer_for_name(name)
    if employer:
        return employer
    base = slugify(name)[:200] or "employer"
    slug, n = base, 1
    while Employer.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    try:
        with transaction.atomic():
            return Employer.objects.create(name=name, slug=slug, status=Employer.Status.UNREVIEWED)
    except IntegrityError:  # created meanwhile by another submission
        return Employer.objects.get(name__iexact=name)


@transaction.atomic
def listing_submit_from_offer(
    *, offer, source_url: str = "", evidence: dict | None = None, employer: Employer | None = None
) -> Listing:
    """Save a checked offer as a listing pending review, for an employer matched by name or created unreviewed.

    `evidence`: `Extraction.as_dict()` of the offer's description, computed server-side (never from the client).
    `employer`: the known employer the offer names, when the caller has already looked it up.

    Public submissions are never published directly; a moderator reviews them.
    """
    from listings.models import Fee, Region, WorkType

    employer = employer or _employer_get_or_create(offer.employer_name)
    listing = Listing(
        employer=employer,
        source_url=source_url,
        status=Listing.Status.PENDING,
        evidence=evidence or {},
        **offer.column_values(),
    )
    listing.full_clean(exclude=["employer"])
    listing.save()
    Fee.objects.bulk_create(
        [
            Fee(
                listing=listing,
                kind=f.kind,
                amount=f.amount,
                currency=f.currency,
                timing=f.timing,
                recurring=f.recurring,
            )
            for f in offer.fees
        ]
    )
    codes = {*offer.hiring_regions, *(code.split("-")[0] for code in offer.hiring_regions)}
    known = set(Region.objects.filter(code__in=codes).values_list("code", flat=True))
    listing.hiring_regions.set(Region.kept_codes(offer.hiring_regions, known))
    listing.work_types.set(WorkType.objects.filter(code__in=offer.work_types))
    return listing_saved(listing=listing)


def report_create(
    *,
    reason: str,
    details: str = "",
    contact_email: str = "",
    website_domain: str = "",
    phone: str = "",
    chat_handle: str = "",
    listing=None,
    employer=None,
) -> Report:
    """File a job seeker's report about a listing or an employer into the moderators' queue (status open).

    The identifiers come normalised (listings.identifiers); nothing of a report is public until a moderator
    resolves it (listings.lookup).
    """
    report = Report(
        listing=listing,
        employer=employer,
        reason=reason,
        details=details,
        contact_email=contact_email,
        website_domain=website_domain,
        phone=phone,
        chat_handle=chat_handle,
    )
    report.full_clean()
    report.save()
    return report
