"""Weekly digest subscribers and one delivery row per subscriber per ISO week."""

import secrets

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from listings.models.constraints import choices_check
from listings.models.moderation import StatusChangeRecord
from scoring.vocabulary import Verdict, WorkType

DEFAULT_VERDICTS = [Verdict.LOOKS_LEGITIMATE.value, Verdict.ASK_MORE_QUESTIONS.value]


def default_verdicts() -> list[str]:
    return list(DEFAULT_VERDICTS)


def new_secret() -> str:
    return secrets.token_urlsafe(16)


class SubscriberStatus(models.TextChoices):
    PENDING = "pending", _("Pending confirmation")
    CONFIRMED = "confirmed", _("Confirmed")
    UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")
    DISABLED = "disabled", _("Disabled (mail bounced)")


class Subscriber(models.Model):
    """An address with its digest preferences. Only confirmed subscribers ever get a digest."""

    Status = SubscriberStatus
    # Consecutive permanent (5xx) failures after which the address is disabled.
    MAX_HARD_FAILURES = 3
    # What a moderator may do to a subscription. Nobody can confirm an address or bring an unsubscribed
    # one back by hand: only the subscriber's own double opt-in does (services.subscriber_subscribe).
    MODERATOR_TRANSITIONS = {
        Status.PENDING: {Status.UNSUBSCRIBED},
        Status.CONFIRMED: {Status.UNSUBSCRIBED, Status.DISABLED},
        Status.UNSUBSCRIBED: set(),
        Status.DISABLED: {Status.UNSUBSCRIBED},
    }

    email = models.EmailField(max_length=254)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.PENDING)
    # Signed links carry this value: a token made for one subscriber never works for another.
    secret = models.CharField(max_length=32, default=new_secret, editable=False)

    # The site's language when they signed up: every e-mail to them is written in it.
    language = models.CharField(max_length=8, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE)

    # Preferences. Empty work types = every work type; no region = anywhere.
    work_types = models.JSONField(default=list, blank=True, help_text="Work type codes; empty means all.")
    region = models.ForeignKey(
        "listings.Region", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", help_text="Hiring region"
    )
    min_score = models.PositiveSmallIntegerField(default=0, validators=[MaxValueValidator(100)])
    verdicts = models.JSONField(default=default_verdicts, help_text="Verdicts to include.")
    # Every other browse filter, as the browse page's query values ({"pay_basis": ["hour"], "q": ["chat"]});
    # listings.subscriptions.filters turns the whole set into the browse page's query string.
    filters = models.JSONField(default=dict, blank=True, help_text="Other browse filters kept; empty means none.")

    created_at = models.DateTimeField(auto_now_add=True)
    confirmation_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    confirmed_at = models.DateTimeField(null=True, blank=True, editable=False)
    unsubscribed_at = models.DateTimeField(null=True, blank=True, editable=False)
    hard_failures = models.PositiveSmallIntegerField("consecutive hard failures", default=0, editable=False)
    last_failure = models.TextField(blank=True, editable=False)
    last_failure_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-id"]
        constraints = [
            models.UniqueConstraint(Lower("email"), name="subscriber_email_unique"),
            choices_check("status", SubscriberStatus, model="subscriber"),
            models.CheckConstraint(condition=Q(min_score__lte=100), name="subscriber_min_score_in_range"),
        ]
        indexes = [models.Index(fields=["status", "id"], name="subscriber_status_idx")]

    def __str__(self):
        return self.email

    @property
    def work_type_labels(self) -> list[str]:
        return [WorkType(code).label for code in self.work_types if code in WorkType.values]

    @property
    def verdict_labels(self) -> list[str]:
        return [Verdict(v).label for v in self.verdicts if v in Verdict.values]


class SubscriberStatusChange(StatusChangeRecord):
    """A moderator's change to a subscription: who, when, from what to what, and why. Written by services."""

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="status_changes")
    from_status = models.CharField(max_length=12)
    to_status = models.CharField(max_length=12)


class DeliveryStatus(models.TextChoices):
    QUEUED = "queued", "Queued"
    SENT = "sent", "Sent"
    EMPTY = "empty", "Nothing matched (no e-mail)"
    SKIPPED = "skipped", "Skipped (no longer subscribed)"
    FAILED = "failed", "Failed"


class Delivery(models.Model):
    """The digest of one ISO week for one subscriber. The unique row is what makes sending happen once."""

    Status = DeliveryStatus
    FINAL = (Status.SENT, Status.EMPTY, Status.SKIPPED, Status.FAILED)

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="deliveries")
    iso_year = models.PositiveSmallIntegerField()
    iso_week = models.PositiveSmallIntegerField()
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.QUEUED)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    listing_count = models.PositiveSmallIntegerField(default=0)
    attempts = models.PositiveSmallIntegerField(default=0)
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["-iso_year", "-iso_week", "-id"]
        verbose_name_plural = "deliveries"
        constraints = [
            models.UniqueConstraint(fields=["subscriber", "iso_year", "iso_week"], name="delivery_once_per_week"),
            choices_check("status", DeliveryStatus, model="delivery"),
            models.CheckConstraint(condition=Q(iso_week__gte=1, iso_week__lte=53), name="delivery_iso_week_valid"),
        ]
        indexes = [models.Index(fields=["iso_year", "iso_week", "status"], name="delivery_week_status_idx")]

    def __str__(self):
        return f"{self.subscriber} · {self.iso_year}-W{self.iso_week:02d}"
