"""Protection shared by every public form: a honeypot, a single-use start token with a minimum time to
submit, and rate limits per browser and per address.

Bots that fill the honeypot, submit faster than a person can, or replay a token get a normal-looking
answer, and nothing is saved or sent. Rate limits count in the shared rate-limit cache (Redis in
production) through django-ratelimit; a request over a limit gets the 429 page.
"""

import hashlib
import secrets
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import caches
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django_ratelimit.core import _split_rate
from django_ratelimit.decorators import ratelimit

from vetting.client_ip import client_ip

_SALT = "listings.abuse.form-started"
# A form left open longer than this must be reloaded: a start token is a ticket for one submission soon.
START_TOKEN_MAX_AGE = 6 * 3600


def visitor_key(group, request) -> str:
    """One browser: its CSRF cookie (every public form sets one), or its address when it has none."""
    cookie = request.COOKIES.get(settings.CSRF_COOKIE_NAME, "")
    if cookie:
        return "browser:" + hashlib.sha256(cookie.encode()).hexdigest()[:32]
    return "ip:" + client_ip(request)


def public_post_ratelimit(group: str):
    """Limit POSTs to a public form: PUBLIC_POST_RATE per browser and PUBLIC_POST_RATE_PER_IP per address."""
    per_ip = ratelimit(group=group, key="ip", rate=lambda g, r: settings.PUBLIC_POST_RATE_PER_IP, method="POST")
    per_browser = ratelimit(group=group, key=visitor_key, rate=lambda g, r: settings.PUBLIC_POST_RATE, method="POST")

    def decorate(view):
        return per_ip(per_browser(view))

    return decorate


def ratelimited(request, exception):
    """RATELIMIT_VIEW: what a visitor over a limit sees. Retry-After is the longer limit's window, by
    which time every counter of this visitor has started again."""
    windows = [_split_rate(rate)[1] for rate in (settings.PUBLIC_POST_RATE, settings.PUBLIC_POST_RATE_PER_IP)]
    response = render(request, "429.html", status=429)
    response["Retry-After"] = str(max(windows))
    return response


def signed_start(at: float | None = None) -> str:
    """A signed start time with a one-off id, so the token works for one submission only."""
    return signing.dumps({"at": at if at is not None else time.time(), "id": secrets.token_urlsafe(12)}, salt=_SALT)


def _use_once(token_id: str) -> bool:
    """True the first time a token id is seen (an atomic add in the shared cache), False on a replay."""
    return caches[settings.RATELIMIT_USE_CACHE].add(f"form-token:{token_id}", 1, timeout=START_TOKEN_MAX_AGE)


class PublicFormMixin(forms.Form):
    """Adds the honeypot and the start token. Call `is_bot()` after `is_valid()`, once per submission."""

    # Hidden from people by CSS (class "hp-field"); bots fill every field they find.
    website_url = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    started = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["started"] = signed_start()

    def is_bot(self) -> bool:
        """A filled honeypot, a missing, forged, expired or replayed token, or a submission too fast.

        The token is spent here: a page that shows this form again for a second submission must call
        `renew_start()` first."""
        if self.data.get(self.add_prefix("website_url")):
            return True
        try:
            raw = self.data.get(self.add_prefix("started"), "")
            token = signing.loads(raw, salt=_SALT, max_age=START_TOKEN_MAX_AGE)
            started, token_id = float(token["at"]), str(token["id"])
        except (signing.BadSignature, TypeError, ValueError, KeyError):
            return True
        if time.time() - started < settings.PUBLIC_FORM_MIN_SECONDS:
            return True
        return not _use_once(token_id)

    def renew_start(self) -> None:
        """Give a bound form shown again (a result page with a second button) a fresh token."""
        data = self.data.copy()
        data[self.add_prefix("started")] = signed_start()
        self.data = data
