"""Looking up a company, a recruiter's website or e-mail, a phone number or a chat handle.

Only what moderators have reviewed is ever found: employers a visitor may see (Employer.objects.public())
and reports a moderator resolved (upheld). An open report, or one moderators dismissed, is never shown,
whatever it names. Identifier searches are equality matches on normalised, indexed columns.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import Count, Q

from listings.identifiers import DOMAIN, HANDLE, KIND_LABELS, NAME, PHONE, fold_name
from listings.models import Employer, Listing, Report

MAX_EMPLOYERS = 20
MAX_REPORTS = 50

REPORT_COLUMN = {DOMAIN: "website_domain", PHONE: "phone", HANDLE: "chat_handle"}


def public_reports():
    """Reports whose facts a moderator upheld: the only ones a look-up or an employer page counts."""
    return Report.objects.filter(status=Report.Status.RESOLVED)


def upheld_reports_by_reason(employer: Employer) -> list[tuple[str, int]]:
    """(reason label, count) of upheld reports about the employer or any of its listings, most first."""
    rows = (
        public_reports()
        .filter(Q(employer=employer) | Q(listing__employer=employer))
        .values("reason")
        .annotate(n=Count("id"))
        .order_by("-n", "reason")
    )
    labels = dict(Report.Reason.choices)
    return [(labels.get(row["reason"], row["reason"]), row["n"]) for row in rows]


@dataclass(frozen=True)
class StatusStep:
    changed_at: datetime
    from_label: str
    to_label: str


def employer_status_history(employer: Employer) -> list[StatusStep]:
    """The employer's moderation status changes, newest first: date and statuses only. The note recorded with
    each change is the moderators' own (one field, not split into public and private), so it is not shown."""
    labels = dict(Employer.Status.choices)
    changes = employer.status_changes.order_by("-changed_at", "-id")
    changes = changes.values_list("changed_at", "from_status", "to_status")
    return [StatusStep(at, labels.get(old, old), labels.get(new, new)) for at, old, new in changes]


@dataclass
class FoundReport:
    report: Report
    about_url: str  # "" when what it is about is no longer shown publicly
    about_name: str


@dataclass
class LookupResult:
    searched: list[tuple[str, str]]  # (kind, normal form)
    employers: list[Employer] = field(default_factory=list)
    reports: list[FoundReport] = field(default_factory=list)
    report_reasons: list[tuple[str, int]] = field(default_factory=list)  # (reason label, count), most first

    @property
    def searched_as(self) -> list[tuple[str, str]]:
        """(what it was read as, its normal form), for the page to say how the text was understood."""
        return [(KIND_LABELS[kind], value) for kind, value in self.searched]

    @property
    def found(self) -> bool:
        return bool(self.employers or self.reports)


def lookup(searched: list[tuple[str, str]]) -> LookupResult:
    """Employers and upheld reports matching any of `searched` (identifiers.classify's answer)."""
    result = LookupResult(searched=searched)
    employer_match, report_match = Q(pk__in=[]), Q(pk__in=[])
    for kind, value in searched:
        if kind == NAME:
            employer_match |= Q(pk__in=employers_named(value))
        elif kind == DOMAIN:
            employer_match |= Q(email_domain=value) | Q(website__iregex=website_of(value))
        elif kind == PHONE:
            employer_match |= Q(contact_phone=value)
        if kind in REPORT_COLUMN:
            report_match |= Q(**{REPORT_COLUMN[kind]: value})
    result.employers = list(Employer.objects.public().filter(employer_match).order_by("name")[:MAX_EMPLOYERS])
    reports = (
        public_reports()
        .filter(report_match)
        .select_related("employer", "listing__employer")
        .order_by("-resolved_at", "-id")[:MAX_REPORTS]
    )
    reports = list(reports)
    employer_ids = {r.employer_id or r.listing.employer_id for r in reports}
    shown = set(Employer.objects.public().filter(pk__in=employer_ids).values_list("pk", flat=True))
    result.reports = [_found(report, shown) for report in reports]
    reasons = Counter(found.report.get_reason_display() for found in result.reports)
    result.report_reasons = reasons.most_common()
    return result


def employers_named(folded: str) -> list[int]:
    """Public employers whose name contains `folded` (identifiers.fold_name), whatever the case and accents.

    Folded in Python: SQLite's LIKE ignores case only for ASCII and neither database ignores accents
    without an extension. The employer table is small (a row per company) and the look-up page is rare.
    """
    if len(folded) < 2:
        return []
    names = Employer.objects.public().values_list("pk", "name").iterator(chunk_size=2000)
    return [pk for pk, name in names if folded in fold_name(name)][: MAX_EMPLOYERS * 5]


def website_of(domain: str) -> str:
    """A regex for an employer website on `domain` (or its www.), not on a longer name ending the same way."""
    return rf"^https?://(www\.)?{re.escape(domain)}(:[0-9]+)?([/?#]|$)"


def _found(report: Report, public_employer_ids: set[int]) -> FoundReport:
    """What a report is about, linked only while it is still shown publicly."""
    listing = report.listing
    if listing is not None and listing.status == Listing.Status.PUBLISHED:
        return FoundReport(report, listing.get_absolute_url(), f"{listing.title} ({listing.employer.name})")
    employer = report.employer or (listing.employer if listing else None)
    if employer is not None and employer.pk in public_employer_ids:
        return FoundReport(report, employer.get_absolute_url(), employer.name)
    return FoundReport(report, "", "")
