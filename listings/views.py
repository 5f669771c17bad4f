"""Job seekers' pages: browse, listing and employer pages, reports, health checks (the offer check: views_check)."""

from __future__ import annotations

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.db.models import Prefetch
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.functional import SimpleLazyObject
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.decorators.vary import vary_on_headers
from django.views.generic import DetailView, TemplateView
from django_filters.views import FilterView

from listings import filter_tags, listing_page, services
from listings.abuse import public_post_ratelimit
from listings.active_filters import active_filters
from listings.already_paid import offer_country, seeker_country
from listings.card_rows import card_rows
from listings.checking import check_listing
from listings.filters import SORTS, ListingFilter, filter_query
from listings.forms import LookupForm, ReportForm
from listings.lookup import employer_status_history, lookup, upheld_reports_by_reason
from listings.models import HELP_COUNTRIES, Employer, Listing, ReportingChannel
from listings.page_cache import GENERATION_KEY, cache_public_page, page_key
from listings.pagination import CappedPaginator

PAGE_SIZE = 20
# How long a listing page's body stays in the fragment cache. Its key holds everything the body shows
# that can change (listing_detail.html), so this only bounds how long an older template's output lives.
LISTING_PAGE_SECONDS = 600


VETTED_EMPLOYER_STATUSES = [Employer.Status.VERIFIED, Employer.Status.FLAGGED, Employer.Status.BLOCKED]


def healthz(request):
    """Liveness: the process answers (restart it if not). Touches nothing else, so a database outage does
    not make an orchestrator restart every web process; the benchmark's minimal view."""
    return HttpResponse("ok", content_type="text/plain")


@never_cache
def readyz(request):
    """Readiness, for the load balancer: 200 only when PostgreSQL and every Redis role answer, else 503
    naming what failed (take this process out of rotation until it answers again)."""
    failed = [name for name, check in READINESS_CHECKS if not _answers(check)]
    body = "ok" if not failed else "not ready: " + ", ".join(failed)
    return HttpResponse(body, content_type="text/plain", status=503 if failed else 200)


def _answers(check) -> bool:
    try:
        check()
    except Exception:  # any failure means "not ready"; the body names which check failed
        return False
    return True


def _database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")


def _broker() -> None:
    from vetting.celery import app

    if not settings.CELERY_TASK_ALWAYS_EAGER:  # embedded mode has no broker to reach
        with app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=1, timeout=2)


def _cache(alias: str):
    def check() -> None:
        from django.core.cache import caches

        caches[alias].get("readyz")

    return check


READINESS_CHECKS = (
    ("database", _database),
    ("broker", _broker),
    ("cache", _cache("default")),
    ("rate-limit store", _cache(settings.RATELIMIT_USE_CACHE)),
)


def _cards(queryset):
    """What a listing card shows, in a constant number of queries."""
    return queryset.for_cards().prefetch_related("work_types")


@method_decorator(cache_public_page(), name="dispatch")
class HomeView(TemplateView):
    template_name = "listings/home.html"

    def get_context_data(self, **kwargs):
        published = Listing.objects.published()
        return super().get_context_data(
            best=_cards(published.filter(score__isnull=False).order_by(*SORTS["score"]))[:6],
            listing_count=published.filter(score__isnull=False).count(),
            employer_count=Employer.objects.filter(status__in=VETTED_EMPLOYER_STATUSES).count(),
            **kwargs,
        )


@method_decorator(cache_public_page(params=[*ListingFilter.base_filters, "page"]), name="dispatch")
class BrowseView(FilterView):
    template_name = "listings/browse.html"
    filterset_class = ListingFilter
    paginate_by = PAGE_SIZE
    paginator_class = CappedPaginator
    context_object_name = "listings"

    def get_queryset(self):
        # The cards read their work types in one query of two columns (listings.cards).
        return Listing.objects.published().for_card_list()

    def get_paginator(self, *args, **kwargs):
        # The page's 20 rows by id, as their cards read them (listings.card_rows). The matches of one filter set
        # and sort are kept in the shared cache: counting them was about 40% of the CPU of a page the page cache has not
        # seen (PostgreSQL intersecting the filters' GIN lists, which grow with the table), and popular filter
        # sets come back with other page numbers, languages or stray parameters.
        seconds = settings.BROWSE_MATCHES_SECONDS
        generation = 0
        if seconds > 0:  # read once per request: the page cache has read it already when it is on
            generation = getattr(self.request, "public_page_generation", None)
            generation = cache.get(GENERATION_KEY, 0) if generation is None else generation
        matches_key = page_key("browse-matches", self.request.GET, ListingFilter.base_filters, generation)
        return super().get_paginator(
            *args,
            read_rows=card_rows,
            count_tags=self.filterset.count_tags,
            matches_key=matches_key,
            matches_seconds=seconds,
            **kwargs,
        )

    def paginate_queryset(self, queryset, page_size):
        # A junk or out-of-range ?page= shows the nearest page instead of an error.
        paginator = self.get_paginator(queryset, page_size)
        page = paginator.get_page(self.request.GET.get("page"))
        return paginator, page, page.object_list, page.has_other_pages()

    def get_context_data(self, **kwargs):
        # Links carry only the filters the page reads: the page cache keys on those, so one cached page
        # must not carry another visitor's stray parameters (?utm_source=...).
        query = filter_query(self.request.GET)
        context = super().get_context_data(**kwargs)
        context["query"] = query.urlencode()
        context["subscribe_url"] = _subscribe_url(context["query"])
        # Filters the page could not use would make the feed answer 400: offer no feed of them.
        valid = context["filter"].is_valid()
        context["feed_url"] = _with_query(reverse("listings:browse_feed"), context["query"]) if valid else ""
        context["filtered"] = any(v for k, v in query.items() if k != "sort")
        form = context["filter"].form
        context["chips"] = active_filters(form, query)
        context["form_key"] = repr(sorted((name, form.data.getlist(name)) for name in form.fields if name in form.data))
        context["page_seconds"] = LISTING_PAGE_SECONDS
        return context


def _subscribe_url(query: str) -> str:
    """The digest sign-up pre-filled with this search."""
    return _with_query(reverse("subscriptions:subscribe"), query)


def _with_query(url: str, query: str) -> str:
    return f"{url}?{query}" if query else url


class ListingDetailView(DetailView):
    template_name = "listings/listing_detail.html"
    context_object_name = "listing"

    def get_object(self, queryset=None):
        # One query (listings.listing_page): the listing, its employer and, on PostgreSQL, its filter tags, which
        # give the work types, the regions and "no fees" of a page body not yet in the fragment cache.
        listing = listing_page.published_listing(self.kwargs["pk"])
        if listing is None:
            raise Http404("No published listing with this id.")
        filter_tags.prefetch_from_tags(listing)
        return listing

    def get_context_data(self, **kwargs):
        listing = self.object
        # Lazy: computed only when the cached page body has to be rendered again.
        checked = SimpleLazyObject(lambda: check_listing(listing))
        return super().get_context_data(
            checked=checked,
            hiring_regions=SimpleLazyObject(lambda: listing_hiring_regions(listing)),
            read=SimpleLazyObject(lambda: checked.reading),
            # None: a new visitor's form, rendered once per language (listings.report_fields).
            report_form=kwargs.pop("report_form", None),
            page_seconds=LISTING_PAGE_SECONDS,
            **kwargs,
        )


def listing_hiring_regions(listing):
    """The regions the listing page names: from the row's filter tags and the regions each process keeps (a
    query fewer for a page body not yet cached), else from the table."""
    regions = filter_tags.hiring_regions_from_tags(listing)
    return listing.hiring_regions.all() if regions is None else regions


class EmployerDetailView(DetailView):
    template_name = "listings/employer_detail.html"
    context_object_name = "employer"
    queryset = Employer.objects.public().prefetch_related(Prefetch("hiring_regions", to_attr="regions"))

    def get_context_data(self, **kwargs):
        listings = self.object.listings.published().order_by("-score", "-id").prefetch_related("work_types")
        return super().get_context_data(
            listings=listings,
            status_history=employer_status_history(self.object),
            report_counts=upheld_reports_by_reason(self.object),
            **kwargs,
        )


@method_decorator(vary_on_headers("Accept-Language"), name="dispatch")
class LookupView(View):
    """Look up a company, a recruiter's website or e-mail, a phone number or a chat handle (GET only)."""

    template_name = "listings/lookup.html"

    def get(self, request):
        if "q" not in request.GET:
            initial = {"country": seeker_country(request, default="")}
            return render(request, self.template_name, {"form": LookupForm(initial=initial)})
        form = LookupForm(data=request.GET)
        if not form.is_valid():
            return render(request, self.template_name, {"form": form}, status=400)
        result = lookup(form.cleaned_data["searched"])
        return render(request, self.template_name, {"form": form, "result": result})


class GuideView(TemplateView):
    template_name = "listings/guide.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(channels_by_country=channels_by_country(), **kwargs)


def channels_by_country(first: str = "") -> list[tuple[str, str, list[ReportingChannel]]]:
    """(code, country, channels) for every served country, `first` first; one query."""
    channels: dict[str, list[ReportingChannel]] = {code: [] for code, _ in HELP_COUNTRIES}
    for channel in ReportingChannel.objects.all():
        channels[channel.country].append(channel)
    order = sorted(HELP_COUNTRIES, key=lambda c: c[0] != first)
    return [(code, name, channels[code]) for code, name in order]


@method_decorator(vary_on_headers("Accept-Language"), name="dispatch")
class AlreadyPaidView(TemplateView):
    """What to do after paying or sending documents, with the seeker's own country's channels first."""

    template_name = "listings/already_paid.html"

    def get_context_data(self, **kwargs):
        country = seeker_country(self.request)
        groups = channels_by_country(first=country)
        return super().get_context_data(
            country=country, own=groups[0], others=groups[1:], countries=HELP_COUNTRIES, **kwargs
        )


def reporter_region(request, listing=None) -> str:
    """The country a reporter's phone numbers are read in: theirs if the request tells, else the offer's."""
    fallback = offer_country(listing.hiring_regions.values_list("code", flat=True)) if listing else ""
    return seeker_country(request, fallback=fallback, default="")


def _report(request, *, listing=None, employer=None):
    about = listing or employer
    if request.method == "POST":
        form = ReportForm(data=request.POST, region=reporter_region(request, listing))
        if form.is_valid():
            if not form.is_bot():
                services.report_create(listing=listing, employer=employer, **form.cleaned_data_for_report())
            return redirect("listings:reported")
        status = 400
    else:
        form, status = ReportForm(), 200
    return render(request, "listings/report.html", {"form": form, "about": about}, status=status)


@never_cache
@public_post_ratelimit("report")
def report_listing(request, pk):
    return _report(request, listing=get_object_or_404(Listing.objects.published(), pk=pk))


@never_cache
@public_post_ratelimit("report")
def report_employer(request, slug):
    return _report(request, employer=get_object_or_404(Employer.objects.public(), slug=slug))
