"""Template tags for the header every public page shows: the navigation links and the language switcher, each
rendered once per process for each language (and, for the links, each page they mark as current).

They are the same HTML on every page of a kind but cost about a tenth of a listing page whose body is in the
fragment cache when rendered through the template engine each time. The switcher's only per-page part, the
page to come back to, is put into the kept HTML on each request.
"""

from __future__ import annotations

from django import template
from django.template.loader import render_to_string
from django.urls import get_script_prefix
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

register = template.Library()

NAV_TEMPLATE = "includes/nav_items.html"
SWITCHER_TEMPLATE = "includes/language_switcher.html"
# Stands for the page to come back to in the kept switcher; the render must hold it exactly once.
_NEXT_MARKER = "language-switcher-next-goes-here"

_nav: dict[tuple, str] = {}
_switcher: dict[tuple, tuple[str, str]] = {}


@register.simple_tag(takes_context=True)
def site_nav(context) -> SafeString:
    """{% site_nav %}: includes/nav_items.html for this request, which reads only which page it is."""
    request = context.get("request")
    match = getattr(request, "resolver_match", None)
    key = (get_language(), get_script_prefix(), getattr(match, "url_name", None), getattr(match, "app_name", None))
    html = _nav.get(key)
    if html is None:
        html = _nav[key] = render_to_string(NAV_TEMPLATE, {"request": request})
    return mark_safe(html)


@register.simple_tag(takes_context=True)
def language_switcher(context) -> SafeString:
    """{% language_switcher %}: includes/language_switcher.html, coming back to this page."""
    key = (get_language(), get_script_prefix())
    parts = _switcher.get(key)
    if parts is None:
        html = render_to_string(SWITCHER_TEMPLATE, {"page_url_without_language": _NEXT_MARKER})
        before, marker, after = html.partition(_NEXT_MARKER)
        if not marker or _NEXT_MARKER in after:
            raise RuntimeError("the language switcher must hold the page to come back to exactly once")
        parts = _switcher[key] = (before, after)
    before, after = parts
    return mark_safe(before + escape(context.get("page_url_without_language") or "/") + after)
