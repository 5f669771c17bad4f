"""Protection shared by every public form: a honeypot, a minimum time to submit, and per-IP rate limits.

Bots that fill the honeypot or submit faster than a person can get a normal-looking answer, and
nothing is saved or sent. Rate limits use the shared cache (Redis in production) through
django-ratelimit; a request over the limit gets the 429 page.
"""

import time

from django import forms
from django.conf import settings
from django.core import signing
from django.shortcuts import render
from django_ratelimit.decorators import ratelimit

_SALT = "listings.abuse.form-started"


def public_post_ratelimit(group: str):
    """Limit POSTs to a public form per client IP (REMOTE_ADDR) to settings.PUBLIC_POST_RATE."""
    return ratelimit(group=group, key="ip", rate=lambda g, r: settings.PUBLIC_POST_RATE, method="POST", block=True)


def ratelimited(request, exception):
    """RATELIMIT_VIEW: what a visitor over the limit sees."""
    return render(request, "429.html", status=429)


def signed_start(at: float | None = None) -> str:
    return signing.dumps(at if at is not None else time.time(), salt=_SALT)


class PublicFormMixin(forms.Form):
    """Adds the honeypot and the signed start time. Call `is_bot()` after `is_valid()`."""

    # Hidden from people by CSS (class "hp-field"); bots fill every field they find.
    website_url = forms.CharField(
        label="Leave this field empty",
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    started = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["started"] = signed_start()

    def is_bot(self) -> bool:
        if self.data.get(self.add_prefix("website_url")):
            return True
        try:
            started = float(signing.loads(self.data.get(self.add_prefix("started"), ""), salt=_SALT, max_age=86400))
        except (signing.BadSignature, TypeError, ValueError):
            return True
        return time.time() - started < settings.PUBLIC_FORM_MIN_SECONDS
