"""Listing cards (browse, home and employer pages), rendered in Python.

A card is the same for every visitor, and twenty of them were the largest cost of a browse page the page
cache had not seen: about 0.5 ms each through the template engine, against about 20 µs here. Rendering is
now cheap enough to do on every request, so a card needs no cache of its own and always shows the
listing, its employer's status and the trust caution as they are now (a moderator's verify, flag or
block is on the next request). Every value is escaped (esc); the markup is fixed. What a card
says in the page's language is looked up once per language (CardWords): the labels through the models'
get_FOO_display were half of a card's cost.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from html import escape

from django.template.defaultfilters import date as date_filter
from django.template.defaultfilters import floatformat
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, gettext

from listings import filter_tags
from scoring.amounts import money_in
from scoring.vocabulary import EmployerStatus, Verdict
from scoring.vocabulary import WorkType as WorkTypeChoice

# How each verdict and employer status looks (their names and labels are in scoring.vocabulary).
VERDICT_CLASSES = {
    Verdict.LOOKS_LEGITIMATE: "verdict-good",
    Verdict.ASK_MORE_QUESTIONS: "verdict-ask",
    Verdict.RED_FLAGS: "verdict-red",
    Verdict.LIKELY_SCAM: "verdict-scam",
}
VERDICT_SYMBOLS = {
    Verdict.LOOKS_LEGITIMATE: "✓",
    Verdict.ASK_MORE_QUESTIONS: "?",
    Verdict.RED_FLAGS: "!",
    Verdict.LIKELY_SCAM: "✕",
}
EMPLOYER_CLASSES = {
    EmployerStatus.VERIFIED: "employer-verified",
    EmployerStatus.FLAGGED: "employer-flagged",
    EmployerStatus.BLOCKED: "employer-blocked",
}


def trust_caution(listing, words: CardWords | None = None) -> str:
    """What keeps a listing's verdict from reassuring anyone: an employer no moderator has reviewed, or
    another of its listings that reads as a likely scam. "" when neither."""
    if getattr(listing, "employer_scam_elsewhere", False):
        return (words or card_words()).caution_scam_elsewhere
    if listing.employer.status == EmployerStatus.UNREVIEWED:
        return (words or card_words()).caution_unreviewed
    return ""


def shown_verdict(listing, caution: str) -> tuple[str, str]:
    """The verdict's colour class and symbol, without the reassuring green tick while a caution stands."""
    if listing.verdict == Verdict.LOOKS_LEGITIMATE and caution:
        return "verdict-unconfirmed", "–"
    return VERDICT_CLASSES.get(listing.verdict, "verdict-none"), VERDICT_SYMBOLS.get(listing.verdict, "–")


def work_type_names(listings: list, words: CardWords | None = None) -> dict[int, list[str]]:
    """{listing pk: its work types' names, in code order}: from a prefetch or the row's filter tags when there
    are, else one query of two columns (no model instances)."""
    labels = (words or card_words()).work_types
    names: dict[int, list[str]] = defaultdict(list)
    unread = []
    for listing in listings:
        prefetched = getattr(listing, "_prefetched_objects_cache", {}).get("work_types")
        if prefetched is not None:
            names[listing.pk] = [str(work) for work in prefetched]
        elif (tags := getattr(listing, "card_tags", None)) is not None:  # read with the row (for_card_list)
            names[listing.pk] = [labels[code] for code in filter_tags.values(tags, filter_tags.WORK_TYPE)]
        else:
            unread.append(listing.pk)
    if unread:
        from listings.models import Listing

        links = Listing.work_types.through.objects.filter(listing_id__in=unread).order_by("listing_id", "worktype_id")
        for listing_id, code in links.values_list("listing_id", "worktype_id"):
            names[listing_id].append(labels[code])
    return names


def esc(value) -> str:
    """A value as HTML text: what django.utils.html.conditional_escape gives for the plain values a card shows
    (none is marked safe), without its checks and wrappers, a third of a card's cost."""
    return escape(str(value))


# Stand-ins reversed once per list of cards, then replaced by each card's own (reverse() was a third of a card).
_PK, _SLUG = 918273645, "slug-placeholder"


def _url_patterns() -> tuple[str, str]:
    return reverse("listings:detail", kwargs={"pk": _PK}), reverse("listings:employer", args=[_SLUG])


@dataclass(frozen=True)
class CardWords:
    """Everything a card says that depends only on the page's language, looked up once per language and process
    (catalogues do not change while it runs): the choices' labels (get_FOO_display hashed the choices for each
    call, three calls a card) and the fixed phrases. Dates and pay multiples, which repeat across cards, are
    formatted once per value and language, and so are amounts (scoring.amounts)."""

    language: str  # get_language() once per list of cards, not three times a card
    verdicts: dict
    employer_statuses: dict
    pay_bases: dict
    work_types: dict
    not_scored: str
    no_work_type: str
    caution_scam_elsewhere: str
    caution_unreviewed: str
    hourly: str
    times_minimum: str
    posted: str
    closes: str


_words: dict[str, CardWords] = {}


def card_words() -> CardWords:
    language = get_language() or ""
    words = _words.get(language)
    if words is None:
        from listings.models import Employer, Listing

        def labels(model, name: str) -> dict:
            return {value: str(label) for value, label in model._meta.get_field(name).flatchoices}

        words = _words[language] = CardWords(
            language=language,
            verdicts=labels(Listing, "verdict"),
            employer_statuses=labels(Employer, "status"),
            pay_bases=labels(Listing, "pay_basis"),
            work_types={code: str(label) for code, label in WorkTypeChoice.choices},
            not_scored=gettext("Not scored yet"),
            no_work_type=gettext("Work type not stated"),
            caution_scam_elsewhere=gettext("Another listing of this employer reads as a likely scam"),
            caution_unreviewed=gettext("Employer not yet reviewed by moderators"),
            hourly=gettext("about %(pay)s an hour after costs"),
            times_minimum=gettext("pays %(times)s× the local minimum wage"),
            posted=gettext("Posted %(date)s"),
            closes=gettext("closes %(date)s"),
        )
    return words


@lru_cache(maxsize=4096)
def _day(day: date, language: str) -> str:
    return date_filter(day, "j M Y")


@lru_cache(maxsize=4096)
def _one_decimal(value, language: str) -> str:
    return floatformat(value, 1)


def _shown_day(value, language: str) -> str:
    """A date or datetime as the card's "j M Y" (a datetime's own day, as the date filter reads it)."""
    return _day(date(value.year, value.month, value.day), language)


def card_html(
    listing, work_types: list[str], urls: tuple[str, str] | None = None, words: CardWords | None = None
) -> SafeString:
    """One card's HTML (formerly listings/includes/listing_card.html, same markup)."""
    detail_url, employer_url = urls or _url_patterns()
    words = words or card_words()
    employer = listing.employer
    caution = trust_caution(listing, words)
    verdict = listing.verdict
    if verdict:
        css, symbol = shown_verdict(listing, caution)
        badge = (
            f'<span class="verdict-badge {css}"><span aria-hidden="true">'
            f"{esc(symbol)}</span> {esc(words.verdicts.get(verdict, verdict))} "
            f'<span class="verdict-score">· {esc(listing.score)}/100</span></span>'
        )
    else:
        badge = f'<span class="verdict-badge verdict-none">{esc(words.not_scored)}</span>'
    caution = (
        f' <span class="verdict-badge trust-caution"><span aria-hidden="true">⚠</span> {esc(caution)}</span>'
        if caution
        else ""
    )
    works = ", ".join(esc(name) for name in work_types) if work_types else esc(words.no_work_type)
    pay = ""
    if listing.hourly_estimate is not None:
        pay += "· " + esc(
            words.hourly % {"pay": money_in(listing.hourly_estimate, listing.pay_currency, words.language)}
        )
    if listing.pay_vs_minimum is not None:
        times = _one_decimal(listing.pay_vs_minimum, words.language)
        pay += " · " + esc(words.times_minimum % {"times": times})
    posted = listing.posted_on or listing.published_at
    dates = esc(words.posted % {"date": _shown_day(posted, words.language)}) if posted else ""
    if listing.expires_on:
        closes = esc(words.closes % {"date": _shown_day(listing.expires_on, words.language)})
        dates += f"{' · ' if posted else ''}{closes}"
    detail_url = detail_url.replace(str(_PK), str(listing.pk))
    employer_url = employer_url.replace(_SLUG, employer.slug)
    status = employer.status
    return mark_safe(  # noqa: S308 (every value above is escaped; the rest is fixed markup)
        '<article class="card listing-card h-100">\n'
        '  <div class="card-body">\n'
        f'    <h3 class="h5 card-title"><a href="{esc(detail_url)}">{esc(listing.title)}</a></h3>\n'
        f'    <p class="mb-2">{badge}\n'
        f"    {caution}</p>\n"
        '    <p class="card-text small mb-1">\n'
        f'      <a href="{esc(employer_url)}">{esc(employer.name)}</a>\n'
        f'      · <span class="employer-status {EMPLOYER_CLASSES.get(status, "employer-unreviewed")}">'
        f"{esc(words.employer_statuses.get(status, status))}</span>\n"
        "    </p>\n"
        '    <p class="card-text small text-body-secondary mb-0">\n'
        f"      {works}\n"
        f"      · {esc(words.pay_bases.get(listing.pay_basis, listing.pay_basis))}\n"
        f"      {pay}\n"
        "    </p>\n"
        f'    <p class="card-text small text-body-secondary mb-0 listing-dates">{dates}</p>\n'
        "  </div>\n"
        "</article>\n"
    )


def listing_cards(listings: Iterable) -> list[SafeString]:
    """The cards' HTML in order, in at most one query (the work types of listings without a prefetch)."""
    listings = list(listings)
    words = card_words()
    names = work_type_names(listings, words)
    urls = _url_patterns()
    return [card_html(listing, names.get(listing.pk, []), urls, words) for listing in listings]
