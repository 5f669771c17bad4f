"""Subscriber acts: subscribe (double opt-in), confirm, unsubscribe, change preferences, send notices.

The subscribe answer never depends on whether the address was known: whatever the case, the caller
shows the same page, and at most one notice per address goes out per RESEND_INTERVAL.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.core.cache import caches
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from listings.exceptions import InvalidTransition
from listings.subscriptions import mail, tokens
from listings.subscriptions.filters import filter_labels
from listings.subscriptions.models import Subscriber, SubscriberStatusChange

# One confirmation (or "you are already subscribed") mail per address per interval: the public form
# cannot be used to flood someone's inbox.
RESEND_INTERVAL = timedelta(minutes=15)

NOTICE_CONFIRM = "confirm"
NOTICE_ALREADY = "already_subscribed"

PREFERENCE_FIELDS = ["work_types", "region", "min_score", "verdicts", "filters"]


def normalize_email(email: str) -> str:
    return email.strip().lower()


def mailbox_key(email: str) -> str:
    """The mailbox an address delivers to, as far as it can be told: case and a "+tag" do not change it
    (Alice+1@x.org and ALICE@x.org reach one inbox; quoted local parts are refused on the form)."""
    local, _, domain = normalize_email(email).rpartition("@")
    local = local.split("+", 1)[0]
    return f"{local}@{domain}"


def _claim_notice(email: str) -> bool:
    """At most one notice per mailbox per RESEND_INTERVAL, whatever spelling of the address asked for it.
    An atomic add in the shared rate-limit store, so every web process sees the same claim."""
    key = f"notice-mailbox:{mailbox_key(email)}"
    return caches[settings.RATELIMIT_USE_CACHE].add(key, 1, timeout=int(RESEND_INTERVAL.total_seconds()))


def _apply_preferences(subscriber: Subscriber, preferences: dict) -> None:
    subscriber.work_types = sorted(set(preferences.get("work_types") or []))
    subscriber.region = preferences.get("region")
    subscriber.min_score = preferences.get("min_score") or 0
    subscriber.verdicts = sorted(set(preferences["verdicts"]))
    subscriber.filters = preferences.get("filters") or {}


@transaction.atomic
def subscriber_subscribe(*, email: str, preferences: dict, language: str = "", now=None) -> Subscriber:
    """Create or refresh a pending subscription and queue one confirmation e-mail, in `language` (the page's).

    A confirmed address keeps its preferences and language (the form proves nothing about who typed it);
    it gets a reminder with its preferences link instead. Safe to call any number of times.
    """
    now = now or timezone.now()
    email = normalize_email(email)
    subscriber = Subscriber.objects.select_for_update().filter(email=email).first()
    if subscriber is None:
        try:
            with transaction.atomic():
                subscriber = Subscriber.objects.create(email=email, **_defaults(preferences))
        except IntegrityError:  # the same address, subscribed at the same moment by another request
            subscriber = Subscriber.objects.select_for_update().get(email=email)
    if subscriber.status == Subscriber.Status.CONFIRMED:
        notice = NOTICE_ALREADY
    else:
        notice = NOTICE_CONFIRM
        _apply_preferences(subscriber, preferences)
        subscriber.language = language or settings.LANGUAGE_CODE
        subscriber.status = Subscriber.Status.PENDING
    due = subscriber.confirmation_sent_at is None or now - subscriber.confirmation_sent_at >= RESEND_INTERVAL
    if due and _claim_notice(email):
        subscriber.confirmation_sent_at = now
        from listings.subscriptions.tasks import send_notice_task

        send_notice_task.delay_on_commit(subscriber.pk, notice)
    subscriber.save()
    return subscriber


def _defaults(preferences: dict) -> dict:
    probe = Subscriber()
    _apply_preferences(probe, preferences)
    return {field: getattr(probe, field) for field in PREFERENCE_FIELDS}


def subscriber_confirm(*, subscriber: Subscriber, now=None) -> bool:
    """Pending → confirmed. Return False when the subscription is no longer pending (nothing changes)."""
    now = now or timezone.now()
    if subscriber.status == Subscriber.Status.CONFIRMED:
        return True
    updated = Subscriber.objects.filter(pk=subscriber.pk, status=Subscriber.Status.PENDING).update(
        status=Subscriber.Status.CONFIRMED, confirmed_at=now, hard_failures=0
    )
    subscriber.refresh_from_db()
    return bool(updated)


def subscriber_unsubscribe(*, subscriber: Subscriber, now=None) -> Subscriber:
    """Stop every e-mail to this address. Idempotent: a second call changes nothing."""
    now = now or timezone.now()
    Subscriber.objects.filter(
        pk=subscriber.pk, status__in=[Subscriber.Status.PENDING, Subscriber.Status.CONFIRMED]
    ).update(status=Subscriber.Status.UNSUBSCRIBED, unsubscribed_at=now)
    subscriber.refresh_from_db()
    return subscriber


@transaction.atomic
def subscriber_set_status_by_moderator(*, subscriber: Subscriber, status: str, by=None, note: str = "", now=None):
    """Unsubscribe or disable an address on a moderator's decision, through the transition map, recorded."""
    now = now or timezone.now()
    subscriber = Subscriber.objects.select_for_update().get(pk=subscriber.pk)
    old = subscriber.status
    if status not in Subscriber.MODERATOR_TRANSITIONS[old]:
        raise InvalidTransition(f"A subscription cannot go from {subscriber.get_status_display()!r} to {status!r}.")
    subscriber.status = status
    fields = ["status"]
    if status == Subscriber.Status.UNSUBSCRIBED:
        subscriber.unsubscribed_at = now
        fields.append("unsubscribed_at")
    subscriber.save(update_fields=fields)
    SubscriberStatusChange.objects.create(
        subscriber=subscriber, from_status=old, to_status=status, note=note, changed_by=by, changed_at=now
    )
    return subscriber


def subscriber_update_preferences(*, subscriber: Subscriber, preferences: dict) -> Subscriber:
    _apply_preferences(subscriber, preferences)
    subscriber.save(update_fields=PREFERENCE_FIELDS)
    return subscriber


def subscriber_send_notice(*, subscriber: Subscriber, notice: str) -> None:
    """Send the confirmation (or the already-subscribed reminder). SMTP errors propagate to the task."""
    context = {}
    if notice == NOTICE_CONFIRM:
        if subscriber.status != Subscriber.Status.PENDING:
            return  # confirmed or unsubscribed meanwhile
        context["confirm_url"] = mail.absolute_url(
            reverse("subscriptions:confirm", args=[tokens.make_token(subscriber, tokens.CONFIRM)])
        )
        context["confirm_days"] = tokens.CONFIRM_MAX_AGE.days
        context["filters"] = filter_labels(subscriber)
    elif subscriber.status != Subscriber.Status.CONFIRMED:
        return
    mail.build_message(subscriber=subscriber, template=notice, context=context).send()
