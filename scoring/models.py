"""Rule sets (the rules' weights as versioned data) and re-score jobs."""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q

from scoring.config import PayAssumptions, RuleConfig, RuleWeight, Thresholds


class RuleSetQuerySet(models.QuerySet):
    def active(self) -> "RuleSet":
        return self.get(is_active=True)


def _money(verbose_name, default):
    return models.DecimalField(
        verbose_name,
        max_digits=7,
        decimal_places=2,
        default=Decimal(default),
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
    looks_legitimate_min = models.PositiveSmallIntegerField(
        "lowest score for 'Looks legitimate'", default=80, validators=[MaxValueValidator(100)]
    )
    ask_more_questions_min = models.PositiveSmallIntegerField(
        "lowest score for 'Ask more questions'", default=60, validators=[MaxValueValidator(100)]
    )
    red_flags_min = models.PositiveSmallIntegerField(
        "lowest score for 'Red flags'",
        default=35,
        validators=[MaxValueValidator(100)],
        help_text="Below this the verdict is 'Likely scam'.",
    )
    talk_minutes_per_hour = models.DecimalField(
        "talk minutes per logged-in hour",
        max_digits=4,
        decimal_places=1,
        default=Decimal("40"),
        validators=[MinValueValidator(Decimal("1")), MaxValueValidator(Decimal("60"))],
        help_text="Per-minute pay counts only time on the phone (Q6).",
    )
    calls_per_hour = models.DecimalField(
        "answered calls per logged-in hour",
        max_digits=4,
        decimal_places=1,
        default=Decimal("6"),
        validators=[MinValueValidator(Decimal("0.1")), MaxValueValidator(Decimal("60"))],
    )
    hours_per_week_if_unknown = models.PositiveSmallIntegerField(
        default=20, validators=[MinValueValidator(1), MaxValueValidator(80)]
    )
    phone_line_monthly = _money("extra phone line per month (USD)", "30")
    internet_monthly = _money("internet per month (USD)", "50")
    antivirus_monthly = _money("antivirus per month (USD)", "5")
    fee_spread_months = models.PositiveSmallIntegerField(
        "spread one-time fees over (months)", default=12, validators=[MinValueValidator(1), MaxValueValidator(60)]
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
            models.CheckConstraint(
                condition=Q(red_flags_min__lt=F("ask_more_questions_min"))
                & Q(ask_more_questions_min__lt=F("looks_legitimate_min"))
                & Q(looks_legitimate_min__lte=100),
                name="rule_set_bands_in_order",
            ),
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
            thresholds=Thresholds(
                looks_legitimate=self.looks_legitimate_min,
                ask_more_questions=self.ask_more_questions_min,
                red_flags=self.red_flags_min,
            ),
            pay=PayAssumptions(
                talk_minutes_per_hour=self.talk_minutes_per_hour,
                calls_per_hour=self.calls_per_hour,
                hours_per_week_if_unknown=self.hours_per_week_if_unknown,
                phone_line_monthly=self.phone_line_monthly,
                internet_monthly=self.internet_monthly,
                antivirus_monthly=self.antivirus_monthly,
                fee_spread_months=self.fee_spread_months,
            ),
        )


class RescoreJob(models.Model):
    """One background re-score of many listings, fanned out in chunks. Progress = finished chunks' sizes."""

    class Reason(models.TextChoices):
        RULES_CHANGED = "rules_changed", "Rule set changed"
        EMPLOYER_STATUS = "employer_status", "Employer status changed"
        MANUAL = "manual", "Started by hand"

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        DONE = "done", "Done"
        FAILED = "failed", "Finished with errors"

    reason = models.CharField(max_length=20, choices=Reason.choices)
    rules_version = models.PositiveIntegerField()
    employer = models.ForeignKey("listings.Employer", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
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

    @property
    def percent(self) -> int:
        return 100 if not self.total else int(self.done * 100 / self.total)


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
