"""Builds the e-mails: text and HTML parts from templates, signed links, RFC 8058 headers.

Every link is absolute and starts with settings.SITE_URL: a request's Host header is never read here.
"""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from listings.subscriptions import tokens


def absolute_url(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def subscriber_links(subscriber) -> dict[str, str]:
    return {
        "unsubscribe_url": absolute_url(
            reverse("subscriptions:unsubscribe", args=[tokens.make_token(subscriber, tokens.UNSUBSCRIBE)])
        ),
        "preferences_url": absolute_url(
            reverse("subscriptions:preferences", args=[tokens.make_token(subscriber, tokens.PREFERENCES)])
        ),
    }


def build_message(*, subscriber, template: str, context: dict, connection=None) -> EmailMultiAlternatives:
    """One message from `subscriptions/email/<template>.txt|.html|_subject.txt`, with unsubscribe headers, in the
    subscriber's language (a Celery worker has no request to take one from)."""
    with translation.override(subscriber.language or settings.LANGUAGE_CODE):
        return _build_message(subscriber=subscriber, template=template, context=context, connection=connection)


def _build_message(*, subscriber, template: str, context: dict, connection=None) -> EmailMultiAlternatives:
    links = subscriber_links(subscriber)
    context = {"subscriber": subscriber, "site_url": settings.SITE_URL, **links, **context}
    # A subject is one line, whatever the template renders.
    subject = " ".join(render_to_string(f"subscriptions/email/{template}_subject.txt", context).split())
    text = render_to_string(f"subscriptions/email/{template}.txt", context)
    html = render_to_string(f"subscriptions/email/{template}.html", context)
    message = EmailMultiAlternatives(
        subject=subject,
        body=text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[subscriber.email],
        headers={
            # RFC 8058: exactly one https URL, and the one-click marker.
            "List-Unsubscribe": f"<{links['unsubscribe_url']}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
        connection=connection,
    )
    message.attach_alternative(html, "text/html")
    return message
