"""Rule sets (the rules' weights as versioned data) and re-score jobs; the local pay figures live in pay_figures, the
exchange rates in exchange_rates."""

import dataclasses
from decimal import Decimal

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q

from scoring.config import PayAssumptions, RuleConfig, RuleWeight, Thresholds
from scoring.exchange_rates import ExchangeRate, ExchangeRateChange
from scoring.pay_figures import LocalPayChange, LocalPayFigure

# The app's models, those of pay_figures and exchange_rates included (the app registry and callers import them here).
__all__ = [
    "ExchangeRate",
    "ExchangeRateChange",
    "ImpactPreview",
    "LocalPayChange",
    "LocalPayFigure",
    "RescoreChunk",
    "RescoreJob",
    "RuleSet",
]

# The values a rule set holds besides weights: one model field per Thresholds / PayAssumptions field.
THRESHOLD_FIELDS = tuple(f.name for f in dataclasses.fields(Thresholds))
PAY_FIELDS = tuple(f.name for f in dataclasses.fields(PayAssumptions))
VALUE_FIELDS = (*THRESHOLD_FIELDS, *PAY_FIELDS)


class RuleSetQuerySet(models.QuerySet):
    def active(self) -> "RuleSet":
        return self.get(is_active=True)


def _money(verbose_name, default: Decimal):
    return models.DecimalField(
        verbose_name,
        max_digits=7,
        decimal_places=2,
        default=default,
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("1000"))],
    )


class RuleSet(models.Model):
    """One version of the scoring configuration. Versions are never edited: an edit publishes a new one.

    Stored scores name the version that made them, so any score can be explained later.
    """

    version = models.PositiveIntegerField(unique=True, editable=False)
    is_active = models.BooleanField(default=False, editable=False)
    # {rule_id: {"points": int, "enabled": bool}}; a rule missing here uses its default from scoring.rules.
    weights = models.JSONField(default=dict, blank=True)
    unclear_points_allowed = models.PositiveSmallIntegerField(
        "points of unstated key facts still 'Looks legitimate'",
        default=Thresholds.unclear_points_allowed,
        validators=[MaxValueValidator(100)],
        help_text="Above this, missing key facts (pay, employee or contractor, training pay, where they hire, "
        "equipment) make the verdict 'Ask more questions'.",
    )
    talk_minutes_per_hour = models.DecimalField(
        "talk minutes per logged-in hour",
        max_digits=4,
        decimal_places=1,
        default=PayAssumptions.talk_minutes_per_hour,
        validators=[MinValueValidator(Decimal("1")), MaxValueValidator(Decimal("60"))],
        help_text="Per-minute pay counts only time on the phone (Q6).",
    )
    calls_per_hour = models.DecimalField(
        "answered calls per logged-in hour",
        max_digits=4,
        decimal_places=1,
        default=PayAssumptions.calls_per_hour,
        validators=[MinValueValidator(Decimal("0.1")), MaxValueValidator(Decimal("60"))],
    )
    hours_per_week_if_unknown = models.PositiveSmallIntegerField(
        default=PayAssumptions.hours_per_week_if_unknown, validators=[MinValueValidator(1), MaxValueValidator(80)]
    )
    phone_line_monthly = _money("extra phone line per month (USD)", PayAssumptions.phone_line_monthly)
    internet_monthly = _money("internet per month (USD)", PayAssumptions.internet_monthly)
    antivirus_monthly = _money("antivirus per month (USD)", PayAssumptions.antivirus_monthly)
    fee_spread_months = models.PositiveSmallIntegerField(
        "spread one-time fees over (months)",
        default=PayAssumptions.fee_spread_months,
        validators=[MinValueValidator(1), MaxValueValidator(60)],
    )
    note = models.CharField("what changed and why", max_length=500, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, editable=False, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = RuleSetQuerySet.as_manager()

    class Meta:
        ordering = ["-version"]
        constraints = [
            models.UniqueConstraint(fields=["is_active"], condition=Q(is_active=True), name="one_active_rule_set"),
            models.CheckConstraint(condition=Q(unclear_points_allowed__lte=100), name="rule_set_allowance_in_range"),
            models.CheckConstraint(
                condition=Q(talk_minutes_per_hour__gt=0, talk_minutes_per_hour__lte=60), name="rule_set_talk_minutes"
            ),
            models.CheckConstraint(condition=Q(calls_per_hour__gt=0), name="rule_set_calls_per_hour"),
        ]

    def __str__(self):
        return f"Rule set v{self.version}{' (active)' if self.is_active else ''}"

    def to_config(self) -> RuleConfig:
        return RuleConfig(
            version=self.version,
            weights={
                rule_id: RuleWeight(points=int(w.get("points", 0)), enabled=bool(w.get("enabled", True)))
                for rule_id, w in self.weights.items()
            },
            thresholds=Thresholds(**{name: getattr(self, name) for name in THRESHOLD_FIELDS}),
            pay=PayAssumptions(**{name: getattr(self, name) for name in PAY_FIELDS}),
            local_pay=LocalPayFigure.objects.table(rates=ExchangeRate.objects.table()),
        )


class Progress:
    """What a background job over many listings reports: `done` of `total`, as a percentage."""

    @property
    def percent(self) -> int:
        return 100 if not self.total else int(self.done * 100 / self.total)


class RescoreJob(Progress, models.Model):
    """One background re-score of many listings, fanned out in chunks. Progress = finished chunks' sizes."""

    class Reason(models.TextChoices):
        RULES_CHANGED = "rules_changed", "Rule set changed"
        EMPLOYER_STATUS = "employer_status", "Employer status changed"
        MANUAL = "manual", "Started by hand"
        LOCAL_PAY = "local_pay", "Local pay figures changed"
        EXCHANGE_RATE = "exchange_rate", "Exchange rate changed"

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        DONE = "done", "Done"
        FAILED = "failed", "Finished with errors"

    reason = models.CharField(max_length=20, choices=Reason.choices)
    rules_version = models.PositiveIntegerField()
    employer = models.ForeignKey("listings.Employer", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    # A local pay change re-scores only the listings paid in these currencies that could use this place's figures.
    local_pay_place = models.CharField(max_length=6, blank=True)
    local_pay_currencies = models.JSONField(default=list, blank=True)
    # An exchange rate change re-scores only the listings whose pay that rate could convert.
    exchange_currency = models.CharField(max_length=3, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    updated = models.PositiveIntegerField("scores written", default=0)
    errors = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [models.CheckConstraint(condition=Q(done__lte=F("total")), name="rescore_job_done_le_total")]

    def __str__(self):
        return f"Re-score #{self.pk} ({self.get_reason_display()}, v{self.rules_version})"


class RescoreChunk(models.Model):
    """A short slice of a job: listings with ids in [first_id, last_id]. Finished exactly once."""

    job = models.ForeignKey(RescoreJob, on_delete=models.CASCADE, related_name="chunks")
    index = models.PositiveIntegerField()
    first_id = models.BigIntegerField()
    last_id = models.BigIntegerField()
    size = models.PositiveIntegerField()
    finished_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)

    class Meta:
        ordering = ["job", "index"]
        constraints = [models.UniqueConstraint(fields=["job", "index"], name="rescore_chunk_unique_index")]

    def __str__(self):
        return f"chunk {self.index} of job #{self.job_id} (ids {self.first_id}–{self.last_id})"


class ImpactPreview(Progress, models.Model):
    """What a draft rule set would do to every listing, computed in the background without touching a score.

    A moderator edits the rule set, previews its impact here, and publishes it (a separate step) only then.
    """

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    values = models.JSONField(encoder=DjangoJSONEncoder, help_text="The draft's thresholds and pay assumptions.")
    weights = models.JSONField(help_text="The draft's rule weights and switches.")
    note = models.CharField(max_length=300)
    base_version = models.PositiveIntegerField(help_text="The active version the draft was compared with.")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    # {"likely_scam": {"red_flags": 3, ...}, ...}: listings whose verdict would move, by band from and to.
    band_changes = models.JSONField(default=dict, blank=True)
    # [[listing id, title, old score, new score, old verdict, new verdict], ...], largest score changes first.
    largest_changes = models.JSONField(default=list, blank=True)
    new_scams = models.JSONField(default=list, blank=True)  # listings that would become "Likely scam"
    error = models.TextField(blank=True)
    published_version = models.PositiveIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [models.CheckConstraint(condition=Q(done__lte=F("total")), name="impact_preview_done_le_total")]

    def __str__(self):
        return f"Impact of a draft on v{self.base_version} ({self.note})"

    def draft_values(self) -> dict:
        """The draft's values as the rule set's fields take them (JSON gave the decimals back as strings)."""
        return {name: RuleSet._meta.get_field(name).to_python(value) for name, value in self.values.items()}

    def draft(self) -> RuleSet:
        """The draft as an unsaved rule set (for its config)."""
        return RuleSet(**self.draft_values(), weights=self.weights, version=self.base_version + 1)
