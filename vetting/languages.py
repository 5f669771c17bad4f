"""Which language a page is in, without language prefixes in the URLs.

Every page keeps one URL in every language. The language comes, in this order, from `?lang=xx` (the
hreflang alternates and any shared link: it is activated and kept in the language cookie), the
language cookie (the switcher posts to Django's set_language, which sets it), the browser's
Accept-Language, then English. The moderators' admin and the JSON API stay in English: their own
texts are English only, and a half-translated admin would mislead.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.conf import settings
from django.http import QueryDict
from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.views.decorators.csrf import csrf_exempt
from django.views.i18n import set_language

LANGUAGE_PARAM = "lang"
ENGLISH_ONLY_PREFIXES = ("/admin/", "/api/")


def language_from_query(request) -> str | None:
    """The supported language a `?lang=` parameter names, or None."""
    code = request.GET.get(LANGUAGE_PARAM, "").strip().lower()
    if not code:
        return None
    try:
        return translation.get_supported_language_variant(code)
    except LookupError:
        return None


class SiteLanguageMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware (cookie, then Accept-Language; `Vary: Accept-Language`, `Content-Language`)
    plus `?lang=`, which also stores the choice, and English for the admin and the API."""

    def process_request(self, request):
        if request.path.startswith(ENGLISH_ONLY_PREFIXES):
            language = settings.LANGUAGE_CODE
        else:
            request.language_from_query = language_from_query(request)
            language = request.language_from_query or translation.get_language_from_request(request)
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()

    def process_response(self, request, response):
        response = super().process_response(request, response)
        # The language cookie changes the page as much as Accept-Language does.
        patch_vary_headers(response, ("Cookie",))
        chosen = getattr(request, "language_from_query", None)
        if chosen and request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME) != chosen:
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME,
                chosen,
                max_age=settings.LANGUAGE_COOKIE_AGE,
                path=settings.LANGUAGE_COOKIE_PATH,
                domain=settings.LANGUAGE_COOKIE_DOMAIN,
                secure=settings.LANGUAGE_COOKIE_SECURE,
                httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
                samesite=settings.LANGUAGE_COOKIE_SAMESITE,
            )
        return response


# The switcher sits in the header of every page, cached pages included, and a cached page cannot carry a
# visitor's CSRF token. What a forged POST here could do is change someone's display language, which the
# page's own switcher undoes; set_language still only redirects to this site's own URLs.
switch_language = csrf_exempt(set_language)


def _page_query(request) -> QueryDict:
    """The query the page is about: on a page the page cache keeps, only the parameters its key holds (in the
    key's order, without empty values), since the same copy is served whatever else a visitor's URL carried."""
    kept = getattr(request, "page_cache_params", None)
    if kept is None:
        return request.GET.copy()
    query = QueryDict(mutable=True)
    for name in sorted(kept):
        values = sorted(value for value in request.GET.getlist(name) if value.strip())
        if values:
            query.setlist(name, values)
    return query


def language_links(request):
    """Template context: this page's URL without `?lang=` (the switcher's `next`, and x-default), and its
    hreflang alternates, absolute from SITE_URL as every absolute link is."""
    if request is None or request.path.startswith(ENGLISH_ONLY_PREFIXES):
        return {}
    # The page's query is read once: each alternate is it with `lang=` added last.
    query = _page_query(request)
    query.pop(LANGUAGE_PARAM, None)
    encoded = query.urlencode()
    without_language = f"{request.path}?{encoded}" if encoded else request.path
    joiner = "&" if encoded else "?"
    return {
        "page_url_without_language": without_language,
        "language_alternates": [
            (code, f"{settings.SITE_URL}{without_language}{joiner}{urlencode({LANGUAGE_PARAM: code})}")
            for code, _name in settings.LANGUAGES
        ],
        "language_default_url": settings.SITE_URL + without_language,
    }
