"""Template helpers for job seekers' pages: the pay chart, verdict and finding labels, guide anchors, safe links."""

from __future__ import annotations

from decimal import Decimal
from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.urls import reverse
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from listings import cards, labels
from listings import report_fields as report_form_fields
from scoring.amounts import shown_money, shown_pay_range
from scoring.pay import PAY_REFERENCES, PayEstimate
from vetting.languages import LANGUAGE_PARAM

register = template.Library()

CHART_WIDTH = 460
LABEL_WIDTH = 170
BAR_AREA = CHART_WIDTH - LABEL_WIDTH - 70
# The chart's rows in the page's language (scoring.pay.PAY_REFERENCES keeps the English of the figures).
CHART_LABELS = {
    "offer": gettext_lazy("This offer (estimated)"),
    "federal_minimum": gettext_lazy("U.S. federal minimum wage"),
    # xgettext:no-python-format
    "bls_p10": gettext_lazy("Bottom 10% of U.S. customer service representatives"),
    "bls_median": gettext_lazy("Median U.S. customer service representative"),
    # xgettext:no-python-format
    "bls_p90": gettext_lazy("Top 10% of U.S. customer service representatives"),
}
SHORT_LABELS = {
    "offer": gettext_lazy("This offer"),
    "federal_minimum": gettext_lazy("Federal minimum"),
    # xgettext:no-python-format
    "bls_p10": gettext_lazy("Bottom 10% (BLS)"),
    "bls_median": gettext_lazy("Median (BLS)"),
    # xgettext:no-python-format
    "bls_p90": gettext_lazy("Top 10% (BLS)"),
}
ROW_HEIGHT = 34


@register.filter
def verdict_class(verdict: str) -> str:
    return cards.VERDICT_CLASSES.get(verdict, "verdict-none")


@register.filter
def verdict_symbol(verdict: str) -> str:
    return cards.VERDICT_SYMBOLS.get(verdict, "–")


@register.filter
def trust_caution(listing) -> str:
    """What keeps a listing's verdict from reassuring anyone (listings.cards.trust_caution)."""
    return cards.trust_caution(listing)


@register.filter
def shown_verdict_class(listing) -> str:
    """The verdict's colour, without the reassuring green while a caution stands."""
    return cards.shown_verdict(listing, cards.trust_caution(listing))[0]


@register.filter
def shown_verdict_symbol(listing) -> str:
    return cards.shown_verdict(listing, cards.trust_caution(listing))[1]


@register.filter
def severity_label(severity: str) -> str:
    return labels.severity_label(severity)


@register.filter
def employer_class(status: str) -> str:
    return cards.EMPLOYER_CLASSES.get(status, "employer-unreviewed")


@register.filter
def guide_anchor(faq: str) -> str:
    """ "Q4" -> "q4"; beyond-the-FAQ findings -> "beyond-the-faq"."""
    faq = (faq or "").strip()
    if faq.upper().startswith("Q") and faq[1:].isdigit():
        return faq.lower()
    return "beyond-the-faq"


@register.filter
def faq_label(faq: str) -> str:
    """ "Q4" as the guide's headings in the page's language name it ("V4" in Dutch); "Beyond the FAQ"."""
    if guide_anchor(faq) == "beyond-the-faq":
        return str(labels.BEYOND_THE_FAQ)
    return labels.question_label(int(faq.strip()[1:]))


@register.filter
def hourly_money(listing) -> str:
    """The listing's estimated hourly pay in its own currency, as the page's language writes it: "$14.50" or
    "850.00 PHP" in English, "US$ 14,50" in Dutch."""
    if listing.hourly_estimate is None:
        return ""
    return shown_money(listing.hourly_estimate, listing.pay_currency)


@register.filter
def stated_pay(listing) -> str:
    """The pay the listing states, as the page's language writes it: "15.00–18.00 USD" in English (as it always
    read), "US$ 15,00–US$ 18,00" in Dutch; "" when it states no amount."""
    if listing.pay_amount is None:
        return ""
    return shown_pay_range(listing.pay_amount, listing.pay_amount_max, listing.pay_currency)


@register.filter
def http_url(url: str) -> str:
    """The URL if it is http(s), else "": links to sources never run javascript: or data: URLs (S3)."""
    url = (url or "").strip()
    return url if url.lower().startswith(("http://", "https://")) else ""


def _estimate(pay) -> PayEstimate | None:
    if isinstance(pay, PayEstimate):
        return pay
    if isinstance(pay, dict) and pay:
        return PayEstimate.from_dict(pay)
    return None


@register.filter
def in_page_language(url: str) -> str:
    """`url` with `lang=` naming the page's language, unless it is the default: a feed reader sends no language
    cookie, so a feed link taken from a Dutch page must ask for Dutch itself."""
    language = get_language()
    if not url or not language or language == settings.LANGUAGE_CODE:
        return url
    return f"{url}{'&' if '?' in url else '?'}{urlencode({LANGUAGE_PARAM: language})}"


@register.simple_tag
def already_paid_href(country: str = "") -> str:
    """The "Already paid?" page, with the offer's country's channels first when it has one."""
    url = reverse("listings:already_paid")
    return f"{url}?{urlencode({'country': country})}" if country else url


@register.simple_tag
def report_fields(form=None):
    """{% report_fields form %}: the report form's fields, a new visitor's rendered once per language
    (listings.report_fields)."""
    return report_form_fields.report_fields_html(form)


@register.simple_tag
def listing_cards(listings):
    """{% listing_cards listings as cards %}: the listings' cards (listings.cards)."""
    return cards.listing_cards(listings)


@register.inclusion_tag("listings/includes/pay_chart.html")
def pay_chart(pay, chart_id: str = "pay-chart"):
    """Estimated hourly pay against the federal minimum and the BLS percentiles, as server-drawn SVG bars."""
    estimate = _estimate(pay)
    context = {"estimate": estimate, "chart_id": chart_id, "rows": [], "width": CHART_WIDTH}
    if estimate is None or estimate.hourly is None:
        return context
    context["hourly_text"] = shown_money(estimate.hourly, estimate.currency)
    context["gross_text"] = shown_money(estimate.gross_hourly, estimate.currency) if estimate.gross_hourly else ""
    if not estimate.comparable:
        return context
    values = [("offer", "This offer (estimated)", estimate.hourly)] + list(PAY_REFERENCES)
    top = max(Decimal("30"), max(v for _, _, v in values) * Decimal("1.1"))
    rows = []
    for i, (key, label, value) in enumerate(values):
        width = 0 if value <= 0 else max(2, int(BAR_AREA * value / top))
        rows.append(
            {
                "key": key,
                "label": str(CHART_LABELS.get(key, label)),
                "short_label": str(SHORT_LABELS.get(key, label)),
                "value_text": shown_money(value, "USD"),
                "y": 10 + i * ROW_HEIGHT,
                "text_y": 10 + i * ROW_HEIGHT + 17,
                "width": width,
                "value_x": LABEL_WIDTH + width + 6,
                "is_offer": key == "offer",
            }
        )
    context.update(
        rows=rows,
        label_x=LABEL_WIDTH - 8,
        bar_x=LABEL_WIDTH,
        height=20 + len(rows) * ROW_HEIGHT,
        summary=", ".join(f"{r['label']}: {r['value_text']}" for r in rows),
    )
    return context


@register.filter
def translate_seeded(text: str) -> str:
    """Text seeded in English and marked for translation (listings/data/reporting_channels_words.py), in the page's
    language; text a moderator has since rewritten has no translation and shows as written."""
    return _(text) if text else ""
