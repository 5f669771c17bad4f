"""The API's operations. Listings are the browse page's (published only, filtered by the same ListingFilter from
the same query string); a check is the check page's service (listings.checking); nothing here writes.

Anonymous and stateless: no session or login is read, so the API needs no CSRF token (ninja leaves its
operations CSRF-exempt unless an operation authenticates by cookie, and none does). Every request is
throttled per client address, and POST /check also by the check page's own counters.
"""

from __future__ import annotations

import json

import django_filters
from django.core.exceptions import RequestDataTooBig
from django.core.exceptions import ValidationError as FormError
from django.core.paginator import InvalidPage
from django.shortcuts import get_object_or_404
from django.urls import reverse
from ninja import NinjaAPI, Query, Schema, Status
from ninja.errors import HttpError, Throttled
from ninja.openapi.docs import Swagger
from pydantic import Field, create_model

from listings.api import schemas
from listings.api.throttling import API_REQUESTS, CHECK_PER_ADDRESS, CHECK_PER_CLIENT
from listings.checking import check_listing, check_text
from listings.filters import ListingFilter, filter_query
from listings.models import Employer, Listing
from listings.offer_form import MAX_OFFER_TEXT, PasteOfferForm
from listings.pagination import CappedPaginator
from listings.services import employer_for_name
from listings.subscriptions.mail import absolute_url
from scoring.services import active_rule_set

PAGE_SIZE = 20
MAX_PAGE_SIZE = 100

api = NinjaAPI(
    title="Offer Check API",
    version="1",
    description=(
        "Published work-from-home call-center listings with their verdicts, findings and employers, and a check "
        "of an offer's text. Read-only and anonymous; every request counts against a per-address rate limit "
        "(429 with Retry-After when over it)."
    ),
    urls_namespace="api-v1",
    # Served from the app's own static files; no script inline, so the site's CSP lets it run.
    docs=Swagger(settings={"validatorUrl": None}),
    throttle=[API_REQUESTS],
)


# --- Errors: always JSON with a "detail" in plain words ------------------------------------------------
@api.exception_handler(HttpError)
def http_error(request, exc: HttpError):
    detail = str(exc)
    cause = exc.__cause__
    if isinstance(cause, json.JSONDecodeError):
        detail = (
            f"The request body is not valid JSON ({cause.msg} at line {cause.lineno}, column {cause.colno}). "
            'Send {"text": "..."} with Content-Type: application/json.'
        )
    elif isinstance(cause, UnicodeDecodeError):
        detail = "The request body is not UTF-8 text. Send JSON encoded as UTF-8."
    elif isinstance(exc, Throttled):
        detail = f"Too many requests from your address: try again in {exc.wait} seconds."
    return api.create_response(request, {"detail": detail}, status=exc.status_code)


@api.exception_handler(RequestDataTooBig)
def too_big(request, exc):
    limit = f"{MAX_OFFER_TEXT:,}"
    return api.create_response(
        request,
        {"detail": f"The request body is too large: an offer's text may have at most {limit} characters."},
        status=413,
    )


# --- Listings -------------------------------------------------------------------------------------------
def _filter_parameters() -> type[Schema]:
    """The browse page's filters as documented query parameters. Only documentation: ListingFilter reads and
    validates them from the query string itself, as on the browse page, so its messages are the page's."""
    fields = {}
    for name, f in ListingFilter.base_filters.items():
        choices = f.extra.get("choices")
        described = str(f.label)
        if isinstance(choices, list | tuple):
            described += ". One of: " + ", ".join(str(value) for value, _ in choices)
        elif name == "region":
            described += ". A country (US, PH) or a U.S. state or Canadian province (US-TX, CA-ON)"
        elif isinstance(f, django_filters.BooleanFilter):
            described += ". true or false"
        repeatable = isinstance(f, django_filters.MultipleChoiceFilter)
        kind = list[str] | None if repeatable else str | None
        fields[name] = (kind, Field(None, description=described + (" (repeat for several)" if repeatable else "")))
    return create_model("ListingFilters", __base__=Schema, **fields)


ListingFilters = _filter_parameters()


class Paging(Schema):
    page: int = Field(1, ge=1, le=10_000, description="Page number, from 1")
    page_size: int = Field(PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE, description=f"Listings per page, at most {MAX_PAGE_SIZE}")


def _summaries(queryset):
    """What a summary shows, in a constant number of queries."""
    return queryset.for_cards().prefetch_related("work_types")


def _page_url(query, page: int, page_size: int) -> str:
    query = query.copy()
    query["page"] = str(page)
    if page_size != PAGE_SIZE:
        query["page_size"] = str(page_size)
    return absolute_url(reverse("api-v1:listings") + "?" + query.urlencode())


@api.get(
    "/listings",
    response={200: schemas.ListingPage, 400: schemas.Error, 404: schemas.Error, 422: schemas.Error, 429: schemas.Error},
    url_name="listings",
    tags=["Listings"],
    summary="Published listings, filtered and sorted as on the browse page",
)
def listings(request, filters: Query[ListingFilters], paging: Query[Paging]):
    """The query string is the browse page's (/listings/?work_type=sales&region=US-TX&sort=newest): the same
    filters, the same order, the same listings. A filter value that cannot be used is a 400 naming it."""
    filterset = ListingFilter(request.GET, queryset=_summaries(Listing.objects.published()))
    if not filterset.is_valid():
        return Status(400, {"detail": {name: list(errors) for name, errors in filterset.form.errors.items()}})
    paginator = CappedPaginator(filterset.qs, paging.page_size, count_tags=filterset.count_tags)
    try:
        page = paginator.page(paging.page)
    except InvalidPage:
        return Status(
            404, {"detail": f"There is no page {paging.page}: these filters give {paginator.num_pages} page(s)."}
        )
    query = filter_query(request.GET)
    return {
        "count": paginator.count,
        "count_is_capped": paginator.more,
        "page": page.number,
        "pages": paginator.num_pages,
        "page_size": paging.page_size,
        "next": _page_url(query, page.number + 1, paging.page_size) if page.has_next() else None,
        "previous": _page_url(query, page.number - 1, paging.page_size) if page.has_previous() else None,
        "items": [schemas.listing_summary(listing) for listing in page],
    }


@api.get(
    "/listings/{int:listing_id}",
    response={200: schemas.ListingDetail, 404: schemas.Error, 429: schemas.Error},
    url_name="listing",
    tags=["Listings"],
    summary="One published listing: its verdict, findings with the offer's own words, pay and employer",
)
def listing(request, listing_id: int):
    queryset = _summaries(Listing.objects.published()).prefetch_related("hiring_regions", "fees")
    found = get_object_or_404(queryset, pk=listing_id)
    return schemas.listing_detail(found, check_listing(found))


@api.get(
    "/employers/{slug}",
    response={200: schemas.EmployerDetail, 404: schemas.Error, 429: schemas.Error},
    url_name="employer",
    tags=["Employers"],
    summary="An employer as its page shows it, with its published listings",
)
def employer(request, slug: str):
    found = get_object_or_404(Employer.objects.public().prefetch_related("hiring_regions"), slug=slug)
    published = _summaries(found.listings.published()).order_by("-score", "-id")
    return schemas.employer_detail(found, published)


# --- Checking an offer's text ----------------------------------------------------------------------------
OFFER_TEXT = PasteOfferForm.base_fields["offer_text"]  # the check page's limits, cleaning and messages


@api.post(
    "/check",
    response={200: schemas.CheckResult, 400: schemas.Error, 413: schemas.Error, 422: schemas.Error, 429: schemas.Error},
    url_name="check",
    tags=["Checking an offer"],
    summary="Check an offer's text: the verdict the site's check page gives",
    throttle=[API_REQUESTS, CHECK_PER_ADDRESS, CHECK_PER_CLIENT],
)
def check(request, offer: schemas.CheckIn):
    """Reads the text as the check page does (at most 100,000 characters; invisible format characters
    are dropped) and scores the answers read from it: the verdict, score and findings the page shows when its
    pre-filled answers are left as read. Nothing is saved. Shares the check page's rate limits."""
    try:
        text = OFFER_TEXT.clean(offer.text)
    except FormError as exc:
        return Status(400, {"detail": {"text": exc.messages}})
    checked, extraction = check_text(text, active_rule_set().to_config(), known_employer=employer_for_name)
    return schemas.check_result(checked, extraction)
