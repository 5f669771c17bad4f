"""Whole-page caching for anonymous visitors of pages that are the same for everyone (home, browse).

Django's `cache_page` keys a page on the raw query string and would cache whatever the response holds.
Here the key is made only of the parameters the page reads (junk parameters, their order and repeated
empty values all map to one entry), and nothing personal is ever cached or served from the cache: a
request carrying a session or messages cookie bypasses it, and a response that sets a cookie, is not a
200, or is marked private is not stored.

Moderation shows at once: every key carries a generation number that public_pages_changed() moves on
(after a verify, flag, block, publish, reject, a moderator's save or a re-score), so the next request renders
the page afresh; entries of older generations are never read again and age out.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterable
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.utils import translation
from django.utils.cache import patch_response_headers

# Cookies that make a page personal: a signed-in user or a pending flash message.
PERSONAL_COOKIES = ("messages",)
GENERATION_KEY = "public-page-generation"


def public_pages_changed() -> None:
    """What the public pages show has changed: no page cached before now is served again."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # never set, or evicted: any new value differs from the one pages were keyed on
        cache.set(GENERATION_KEY, time.time_ns(), None)


def public_pages_changed_on_commit() -> None:
    """public_pages_changed() once the current transaction commits (a page rendered before it would be stale)."""
    transaction.on_commit(public_pages_changed)


def page_key(path: str, query, params: Iterable[str], generation: int = 0, language: str = "") -> str:
    """One key per page state: only `params`, in a fixed order, without empty values. Whole values go into
    the digest (a fixed-length key): two searches that differ only past some length are two pages. The
    page's language is part of it: the same URL is a Dutch page for one visitor and an English one for
    the next."""
    parts = [str(generation), language, path]
    for name in sorted(params):
        values = [v for v in query.getlist(name) if v.strip()]
        if values:
            parts.append(f"{name}={'&'.join(sorted(values))}")
    digest = hashlib.sha256("\n".join(parts).encode("utf-8", "surrogatepass")).hexdigest()
    return f"public-page:{digest}"


def _personal(request) -> bool:
    names = (settings.SESSION_COOKIE_NAME, *PERSONAL_COOKIES)
    return any(name in request.COOKIES for name in names)


def _storable(response) -> bool:
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.cookies
        and not getattr(response, "streaming", False)
        and "private" not in cache_control
        and "no-store" not in cache_control
    )


def cache_public_page(params: Iterable[str] = ()):
    """Cache an anonymous GET page for settings.PAGE_CACHE_SECONDS (0 turns it off), keyed by `params`."""
    params = tuple(params)

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            # The page may name its own URL (hreflang alternates, the language switcher): with only the
            # parameters in its key, so one visitor's stray parameters never reach another's cached copy.
            request.page_cache_params = params
            seconds = settings.PAGE_CACHE_SECONDS
            if seconds <= 0 or request.method not in ("GET", "HEAD") or _personal(request):
                return view(request, *args, **kwargs)
            # Kept on the request: a page the cache has not seen keys its own parts on the same generation.
            request.public_page_generation = cache.get(GENERATION_KEY, 0)
            key = page_key(
                request.path, request.GET, params, request.public_page_generation, translation.get_language() or ""
            )
            cached = cache.get(key)
            if cached is not None:
                content, content_type = cached
                response = HttpResponse(content, content_type=content_type)
                patch_response_headers(response, seconds)
                return response
            response = view(request, *args, **kwargs)
            if hasattr(response, "render") and callable(response.render):
                response = response.render()
            if _storable(response):
                cache.set(key, (response.content, response["Content-Type"]), seconds)
                patch_response_headers(response, seconds)
            return response

        return wrapped

    return decorator
