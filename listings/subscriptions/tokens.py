"""Signed links: confirm (expires in days), unsubscribe and preferences (valid for a year).

Each token carries the subscriber's id and their random secret, signed with SECRET_KEY and a salt per
purpose, so a token made for one address or one purpose never works for another.
"""

from __future__ import annotations

from datetime import timedelta

from django.core import signing

CONFIRM_MAX_AGE = timedelta(days=3)
# RFC 8058 and the bulk-sender rules want unsubscribe links to keep working; 60 days is the floor.
LINK_MAX_AGE = timedelta(days=365)

CONFIRM = "subscriptions.confirm"
UNSUBSCRIBE = "subscriptions.unsubscribe"
PREFERENCES = "subscriptions.preferences"

MAX_AGES = {CONFIRM: CONFIRM_MAX_AGE, UNSUBSCRIBE: LINK_MAX_AGE, PREFERENCES: LINK_MAX_AGE}


class InvalidToken(Exception):
    """The link was tampered with, made for another purpose, or is too old."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason  # "expired" or "invalid"


def make_token(subscriber, purpose: str) -> str:
    return signing.dumps([subscriber.pk, subscriber.secret], salt=purpose, compress=False)


def read_token(token: str, purpose: str):
    """Return the subscriber the token was made for, or raise InvalidToken."""
    from listings.subscriptions.models import Subscriber

    try:
        pk, secret = signing.loads(token, salt=purpose, max_age=MAX_AGES[purpose])
    except signing.SignatureExpired as exc:
        raise InvalidToken("expired") from exc
    except (signing.BadSignature, TypeError, ValueError) as exc:
        raise InvalidToken("invalid") from exc
    subscriber = Subscriber.objects.filter(pk=pk, secret=secret).first() if isinstance(pk, int) else None
    if subscriber is None:
        raise InvalidToken("invalid")
    return subscriber
