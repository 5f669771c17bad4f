"""Listing cards (browse, home and employer pages), rendered in Python.

A card is the same for every visitor, and twenty of them were the largest cost of a browse page the page
cache had not seen: about 0.5 ms each through the template engine, against about 20 µs here. Rendering is
now cheap enough to do on every request, so a card needs no cache of its own and always shows the
listing, its employer's status and the trust caution as they are now (a moderator's verify, flag or
block is on the next request). Every value is escaped (conditional_escape); the markup is fixed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from django.template.defaultfilters import date as date_filter
from django.template.defaultfilters import floatformat
from django.urls import reverse
from django.utils.html import conditional_escape as esc
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext

from listings import filter_tags
from scoring.pay import money
from scoring.vocabulary import WorkType as WorkTypeChoice


def work_type_names(listings: list) -> dict[int, list[str]]:
    """{listing pk: its work types' names, in code order}: from a prefetch or the row's filter tags when there
    are, else one query of two columns (no model instances)."""
    names: dict[int, list[str]] = defaultdict(list)
    unread = []
    for listing in listings:
        prefetched = getattr(listing, "_prefetched_objects_cache", {}).get("work_types")
        if prefetched is not None:
            names[listing.pk] = [str(work) for work in prefetched]
        elif (tags := getattr(listing, "card_tags", None)) is not None:  # read with the row (for_card_list)
            names[listing.pk] = [WorkTypeChoice(code).label for code in filter_tags.values(tags, filter_tags.WORK_TYPE)]
        else:
            unread.append(listing.pk)
    if unread:
        from listings.models import Listing

        links = Listing.work_types.through.objects.filter(listing_id__in=unread).order_by("listing_id", "worktype_id")
        for listing_id, code in links.values_list("listing_id", "worktype_id"):
            names[listing_id].append(WorkTypeChoice(code).label)
    return names


# Stand-ins reversed once per list of cards, then replaced by each card's own (reverse() was a third of a card).
_PK, _SLUG = 918273645, "slug-placeholder"


def _url_patterns() -> tuple[str, str]:
    return reverse("listings:detail", kwargs={"pk": _PK}), reverse("listings:employer", args=[_SLUG])


def card_html(listing, work_types: list[str], urls: tuple[str, str] | None = None) -> SafeString:
    """One card's HTML (formerly listings/includes/listing_card.html, same markup)."""
    detail_url, employer_url = urls or _url_patterns()
    from listings.templatetags.offer_check import (
        employer_class,
        shown_verdict_class,
        shown_verdict_symbol,
        trust_caution,
    )

    employer = listing.employer
    if listing.verdict:
        badge = (
            f'<span class="verdict-badge {shown_verdict_class(listing)}"><span aria-hidden="true">'
            f"{esc(shown_verdict_symbol(listing))}</span> {esc(listing.get_verdict_display())} "
            f'<span class="verdict-score">· {esc(listing.score)}/100</span></span>'
        )
    else:
        badge = f'<span class="verdict-badge verdict-none">{esc(gettext("Not scored yet"))}</span>'
    caution = trust_caution(listing)
    caution = (
        f' <span class="verdict-badge trust-caution"><span aria-hidden="true">⚠</span> {esc(caution)}</span>'
        if caution
        else ""
    )
    works = ", ".join(esc(name) for name in work_types) if work_types else esc(gettext("Work type not stated"))
    pay = ""
    if listing.hourly_estimate is not None:
        pay += "· " + esc(
            gettext("about %(pay)s an hour after costs") % {"pay": money(listing.hourly_estimate, listing.pay_currency)}
        )
    if listing.pay_vs_minimum is not None:
        pay += " · " + esc(
            gettext("pays %(times)s× the local minimum wage") % {"times": floatformat(listing.pay_vs_minimum, 1)}
        )
    posted = listing.posted_on or listing.published_at
    dates = esc(gettext("Posted %(date)s") % {"date": date_filter(posted, "j M Y")}) if posted else ""
    if listing.expires_on:
        closes = esc(gettext("closes %(date)s") % {"date": date_filter(listing.expires_on, "j M Y")})
        dates += f"{' · ' if posted else ''}{closes}"
    detail_url = detail_url.replace(str(_PK), str(listing.pk))
    employer_url = employer_url.replace(_SLUG, employer.slug)
    return mark_safe(  # noqa: S308 (every value above is escaped; the rest is fixed markup)
        '<article class="card listing-card h-100">\n'
        '  <div class="card-body">\n'
        f'    <h3 class="h5 card-title"><a href="{esc(detail_url)}">{esc(listing.title)}</a></h3>\n'
        f'    <p class="mb-2">{badge}\n'
        f"    {caution}</p>\n"
        '    <p class="card-text small mb-1">\n'
        f'      <a href="{esc(employer_url)}">{esc(employer.name)}</a>\n'
        f'      · <span class="employer-status {employer_class(employer.status)}">'
        f"{esc(employer.get_status_display())}</span>\n"
        "    </p>\n"
        '    <p class="card-text small text-body-secondary mb-0">\n'
        f"      {works}\n"
        f"      · {esc(listing.get_pay_basis_display())}\n"
        f"      {pay}\n"
        "    </p>\n"
        f'    <p class="card-text small text-body-secondary mb-0 listing-dates">{dates}</p>\n'
        "  </div>\n"
        "</article>\n"
    )


def listing_cards(listings: Iterable) -> list[SafeString]:
    """The cards' HTML in order, in at most one query (the work types of listings without a prefetch)."""
    listings = list(listings)
    names = work_type_names(listings)
    urls = _url_patterns()
    return [card_html(listing, names.get(listing.pk, []), urls) for listing in listings]
