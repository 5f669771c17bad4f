"""What the API answers, field by field (its OpenAPI schema comes from here), and how a listing, an employer and
a checked offer become that. Only what the public pages show: no moderator notes, no visitor's report, no
source label, no recruiter's address."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from django.urls import reverse
from ninja import Field, Schema

from listings.checking import CheckedOffer
from listings.models import Employer, Listing
from listings.subscriptions.mail import absolute_url
from listings.templatetags.offer_check import faq_label, guide_anchor, http_url, trust_caution
from scoring.extraction import Extraction
from scoring.vocabulary import Severity
from scoring.wording import WORDING


class EmployerRef(Schema):
    name: str
    slug: str
    status: str = Field(description="unreviewed, verified, flagged or blocked (by moderators)")
    status_label: str
    url: str = Field(description="The employer's page on the site")
    api_url: str


class Pay(Schema):
    basis: str = Field(description="hour, minute, call, commission, salary… or unknown")
    basis_label: str
    amount: Decimal | None = Field(description="Per hour, minute or call, or per year for a salary")
    amount_max: Decimal | None = Field(description="Top of the pay range")
    currency: str
    hourly_estimate: Decimal | None = Field(description="Estimated real pay per hour after home-office costs and fees")
    vs_minimum_wage: Decimal | None = Field(description="Promised hourly pay as a multiple of the local minimum wage")


class ListingSummary(Schema):
    id: int
    title: str
    url: str = Field(description="The listing's page on the site")
    api_url: str
    employer: EmployerRef
    verdict: str = Field(description="looks_legitimate, ask_more_questions, red_flags, likely_scam; '' if not scored")
    verdict_label: str
    score: int | None = Field(description="0–100; ranks offers, never decides the verdict")
    caution: str = Field(description="What keeps the verdict from reassuring anyone ('' when nothing)")
    pay: Pay
    work_types: list[str]
    direction: str
    worker_status: str
    posted_on: date | None
    published_at: datetime | None
    expires_on: date | None
    updated_at: datetime = Field(description="When the listing or its score last changed")


class Finding(Schema):
    rule: str
    severity: str = Field(description="fraud, red_flag, unclear, note or good")
    severity_label: str
    points: int = Field(description="Taken off the score of 100")
    checklist_question: str = Field(description="The checklist question: Q1–Q11, or 'Beyond the FAQ'")
    faq: str
    guide_url: str = Field(description="Where the site's guide explains this checklist question")
    explanation: str
    ask: str = Field(description="What to ask the employer ('' when nothing)")
    evidence: list[str] = Field(description="The offer's own words behind the finding")


class Fee(Schema):
    kind: str
    amount: Decimal | None
    currency: str
    timing: str
    recurring: str


class ListingDetail(ListingSummary):
    description: str
    application_process: str
    source_url: str = Field(description="Where the offer was found (http(s) only, else '')")
    hours_per_week: int | None
    training_days: int | None
    training_pay: str
    hiring_regions: list[str]
    fees: list[Fee]
    findings: list[Finding]
    questions: list[str] = Field(description="What to ask the employer, once each, in checklist order")
    pay_estimate: dict[str, Any] = Field(description="How the hourly estimate was worked out, with its assumptions")
    rules_version: int | None
    scored_at: datetime | None


class ListingPage(Schema):
    count: int = Field(description="Matches, counted up to 1,000 (see count_is_capped)")
    count_is_capped: bool
    page: int
    pages: int
    page_size: int
    next: str | None
    previous: str | None
    items: list[ListingSummary]


class EmployerDetail(EmployerRef):
    public_note: str = Field(description="Moderators' note to job seekers")
    website: str
    hires_as: str
    business_model: str
    hiring_regions: list[str]
    feed_url: str
    listings: list[ListingSummary] = Field(description="Its published listings, best score first")


class CheckIn(Schema):
    text: str = Field(description="The offer's text as received: the job ad or the recruiter's message")


class CheckResult(Schema):
    verdict: str
    verdict_label: str
    score: int
    rules_version: int | None
    findings: list[Finding]
    questions: list[str]
    answers: dict[str, Any] = Field(description="The checklist answers read from the text")
    evidence: list[dict[str, Any]] = Field(description="Where in the text each answer was read")
    pay_estimate: dict[str, Any]
    language: str = Field(description="The text's language (ISO 639-1), '' when too short to tell")
    language_read: bool = Field(description="Whether the reading understands that language")
    notes: list[str] = Field(description="Where the reading stopped early, and why")


class Error(Schema):
    detail: Any = Field(description="What was wrong, in plain words (or a list of field errors)")


# --- Building the answers -----------------------------------------------------------------------------
def api_url(name: str, *args) -> str:
    return absolute_url(reverse(f"api-v1:{name}", args=args))


def employer_ref(employer: Employer) -> dict:
    return {
        "name": employer.name,
        "slug": employer.slug,
        "status": employer.status,
        "status_label": employer.get_status_display(),
        "url": absolute_url(employer.get_absolute_url()),
        "api_url": api_url("employer", employer.slug),
    }


def listing_summary(listing: Listing) -> dict:
    return {
        "id": listing.pk,
        "title": listing.title,
        "url": absolute_url(listing.get_absolute_url()),
        "api_url": api_url("listing", listing.pk),
        "employer": employer_ref(listing.employer),
        "verdict": listing.verdict,
        "verdict_label": listing.get_verdict_display() if listing.verdict else "",
        "score": listing.score,
        "caution": trust_caution(listing),
        "pay": {
            "basis": listing.pay_basis,
            "basis_label": listing.get_pay_basis_display(),
            "amount": listing.pay_amount,
            "amount_max": listing.pay_amount_max,
            "currency": listing.pay_currency,
            "hourly_estimate": listing.hourly_estimate,
            "vs_minimum_wage": listing.pay_vs_minimum,
        },
        "work_types": sorted(w.code for w in listing.work_types.all()),
        "direction": listing.direction,
        "worker_status": listing.worker_status,
        "posted_on": listing.posted_on,
        "published_at": listing.published_at,
        "expires_on": listing.expires_on,
        "updated_at": max(filter(None, (listing.updated_at, listing.scored_at))),
    }


def findings(checked_findings: list[dict]) -> list[dict]:
    """The finding dicts of a CheckedOffer, with their labels and the guide's page for their question."""
    return [
        {
            **f,
            "severity_label": Severity.from_key(f["severity"]).label,
            "checklist_question": faq_label(f["faq"]),
            "guide_url": absolute_url(reverse("listings:guide") + "#" + guide_anchor(f["faq"])),
            "evidence": f.get("evidence", []),
        }
        for f in checked_findings
    ]


def english_only(stored: dict) -> dict:
    """A stored pay estimate without the templates its notes are shown from in other languages: the API is
    English."""
    return {name: value for name, value in stored.items() if name != WORDING}


def listing_detail(listing: Listing, checked: CheckedOffer) -> dict:
    return {
        **listing_summary(listing),
        "description": listing.description,
        "application_process": listing.application_process,
        "source_url": http_url(listing.source_url),
        "hours_per_week": listing.hours_per_week,
        "training_days": listing.training_days,
        "training_pay": listing.training_pay,
        "hiring_regions": sorted(r.code for r in listing.hiring_regions.all()),
        "fees": [
            {"kind": f.kind, "amount": f.amount, "currency": f.currency, "timing": f.timing, "recurring": f.recurring}
            for f in listing.fees.all()
        ],
        "findings": findings(checked.findings),
        "questions": checked.questions,
        "pay_estimate": english_only(listing.pay_estimate or {}),
        "rules_version": listing.rules_version,
        "scored_at": listing.scored_at,
    }


def employer_detail(employer: Employer, listings) -> dict:
    return {
        **employer_ref(employer),
        "public_note": employer.public_note,
        "website": http_url(employer.website),
        "hires_as": employer.hires_as,
        "business_model": employer.business_model,
        "hiring_regions": sorted(r.code for r in employer.hiring_regions.all()),
        "feed_url": absolute_url(reverse("listings:employer_feed", args=[employer.slug])),
        "listings": [listing_summary(listing) for listing in listings],
    }


def check_result(checked: CheckedOffer, extraction: Extraction) -> dict:
    data = extraction.as_dict()
    return {
        "verdict": checked.verdict,
        "verdict_label": checked.verdict_label,
        "score": checked.score,
        "rules_version": checked.rules_version,
        "findings": findings(checked.findings),
        "questions": checked.questions,
        "answers": data["answers"],
        "evidence": data["evidence"],
        "pay_estimate": english_only(checked.pay.as_dict()) if checked.pay else {},
        "language": extraction.language,
        "language_read": extraction.language_read,
        "notes": data["notes"],
    }
