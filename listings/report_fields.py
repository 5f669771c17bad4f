"""The report form's fields as every listing page shows them, rendered once per language and process.

An unbound report form is the same HTML for every visitor in a language except its signed start time
(listings.abuse), which must be new on each page: the rest is rendered once, with a marker where the start time
goes, and the page puts a fresh one there. Rendering it on each request cost about as much as the rest of a
listing page whose body is in the fragment cache. A bound form (a visitor's answers and errors) is rendered in
full.
"""

from __future__ import annotations

from django.template.loader import render_to_string
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from listings.abuse import signed_start

TEMPLATE = "listings/includes/report_fields.html"
# Stands for the start time in the render kept; the render must hold it exactly once.
_START_MARKER = "report-form-start-time-goes-here"

# language -> the unbound form's HTML split around its start time
_unbound: dict[str, tuple[str, str]] = {}


def _split_unbound() -> tuple[str, str]:
    from listings.forms import ReportForm

    form = ReportForm()
    form.initial["started"] = _START_MARKER
    html = render_to_string(TEMPLATE, {"form": form})
    before, marker, after = html.partition(_START_MARKER)
    if not marker or _START_MARKER in after:
        raise RuntimeError("the report form's start time must appear exactly once in its fields")
    return before, after


def report_fields_html(form=None) -> SafeString:
    """The report form's fields: `form` as it stands when bound, else a new visitor's form (a fresh start time)."""
    if form is not None and form.is_bound:
        return render_to_string(TEMPLATE, {"form": form})
    language = get_language() or ""
    parts = _unbound.get(language)
    if parts is None:
        parts = _unbound[language] = _split_unbound()
    before, after = parts
    return mark_safe(before + escape(signed_start()) + after)
