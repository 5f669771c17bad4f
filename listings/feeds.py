"""Atom feeds of published listings: any browse result (its filters in the URL, read by the browse page's own
ListingFilter) and one employer's listings.

Only what the public pages show: published listings, the employer's public name and status. Links start
with settings.SITE_URL (as in e-mails), never with the request's Host header, so a cached feed is the same
for everyone. A feed speaks the language of its request (`?lang=`, which the pages' feed links carry, or
Accept-Language), as the pages do; the page cache keys it on that language.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from listings.filters import ListingFilter, filter_query
from listings.models import Employer, Listing
from listings.subscriptions.mail import absolute_url
from scoring.amounts import shown_money, shown_pay_range

# A feed reader reads the first page again and again; the browse order decides which listings are on it.
FEED_SIZE = 50


def feed_listings(queryset):
    """What an entry shows, in a constant number of queries."""
    return queryset.select_related("employer").prefetch_related("work_types")


def pay_summary(listing: Listing) -> str:
    """ "Per hour: 15.00–18.00 USD · about $14.20 an hour after costs · pays 2.1× the local minimum wage"."""
    parts = [listing.get_pay_basis_display()]
    if listing.pay_amount is not None:
        parts[0] += f": {shown_pay_range(listing.pay_amount, listing.pay_amount_max, listing.pay_currency)}"
    if listing.hourly_estimate is not None:
        pay = shown_money(listing.hourly_estimate, listing.pay_currency)
        parts.append(gettext("about %(pay)s an hour after costs") % {"pay": pay})
    if listing.pay_vs_minimum is not None:
        parts.append(gettext("pays %(times)s× the local minimum wage") % {"times": f"{listing.pay_vs_minimum:.1f}"})
    return " · ".join(parts)


def verdict_summary(listing: Listing) -> str:
    if not listing.verdict:
        return gettext("Not scored yet")
    return f"{listing.get_verdict_display()} ({listing.score}/100)"


class ListingEntriesMixin:
    """One entry per listing: its title, its page, when it last changed, the verdict and score, pay, employer."""

    feed_type = Atom1Feed

    def item_title(self, listing):
        return gettext("%(title)s at %(employer)s") % {"title": listing.title, "employer": listing.employer.name}

    def item_link(self, listing):
        return absolute_url(listing.get_absolute_url())

    def item_guid(self, listing):
        return absolute_url(listing.get_absolute_url())

    def item_description(self, listing):
        employer = listing.employer
        return gettext("Verdict: %(verdict)s. Pay: %(pay)s. Employer: %(employer)s (%(status)s).") % {
            "verdict": verdict_summary(listing),
            "pay": pay_summary(listing),
            "employer": employer.name,
            "status": employer.get_status_display(),
        }

    def item_pubdate(self, listing):
        return listing.published_at

    def item_updateddate(self, listing):
        # A re-score changes the verdict without saving the listing's own fields.
        return max(filter(None, (listing.updated_at, listing.scored_at, listing.published_at)))

    def item_author_name(self, listing):
        return listing.employer.name

    def item_author_link(self, listing):
        return absolute_url(listing.employer.get_absolute_url())

    def item_categories(self, listing):
        return [listing.get_verdict_display()] if listing.verdict else []


def filter_errors_response(filterset: ListingFilter) -> HttpResponse:
    """400 in plain words: which filter values could not be used, and why."""
    lines = [gettext("Some filters could not be used:")]
    for name, errors in filterset.form.errors.items():
        lines += [f"- {name}: {error}" for error in errors]
    return HttpResponse("\n".join(lines) + "\n", status=400, content_type="text/plain; charset=utf-8")


@dataclass(frozen=True)
class BrowseResult:
    filterset: ListingFilter
    query: str  # the filters, as the browse page's own links carry them

    def url(self, name: str) -> str:
        return absolute_url(reverse(name) + (f"?{self.query}" if self.query else ""))


class BrowseFeed(ListingEntriesMixin, Feed):
    """The browse page's result for the same query string, its first FEED_SIZE listings in the page's order."""

    title = _("Offer Check: work-from-home call-center listings")
    subtitle = _("Published listings, each scored against the work-at-home call-center checklist.")

    def __call__(self, request, *args, **kwargs):
        filterset = ListingFilter(request.GET, queryset=Listing.objects.published())
        if not filterset.is_valid():
            return filter_errors_response(filterset)
        # One Feed instance serves every request: the request's own state travels in the feed's object.
        return super().__call__(request, BrowseResult(filterset, filter_query(request.GET).urlencode()))

    def get_object(self, request, result):
        return result

    def link(self, result):
        return result.url("listings:browse")

    def feed_url(self, result):
        return result.url("listings:browse_feed")

    def items(self, result):
        return feed_listings(result.filterset.qs)[:FEED_SIZE]


class EmployerFeed(ListingEntriesMixin, Feed):
    """One employer's published listings, best score first as on its page."""

    def get_object(self, request, slug):
        return get_object_or_404(Employer.objects.public(), slug=slug)

    def title(self, employer):
        return gettext("Offer Check: listings from %(employer)s") % {"employer": employer.name}

    def subtitle(self, employer):
        return gettext("Published listings of %(employer)s, each scored against the checklist.") % {
            "employer": employer.name
        }

    def link(self, employer):
        return absolute_url(employer.get_absolute_url())

    def feed_url(self, employer):
        return absolute_url(reverse("listings:employer_feed", args=[employer.slug]))

    def items(self, employer):
        return feed_listings(employer.listings.published().order_by("-score", "-id"))[:FEED_SIZE]
