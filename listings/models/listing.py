from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from listings.exceptions import InvalidTransition
from listings.fields import PlainCharField, PlainTextField
from listings.models.constraints import choices_check
from listings.querysets import ListingQuerySet
from listings.validators import http_url_validator
from scoring.offer import COLUMN_FIELDS, Offer
from scoring.vocabulary import (
    PAY_CEILING,
    Answer,
    Currency,
    Direction,
    PayBasis,
    TrainingPay,
    Verdict,
    WorkerStatus,
    pay_ceiling,
)

# A yearly salary tops every other basis; the column holds the largest currency's ceiling and clean() holds
# each currency to its own (scoring.vocabulary.YEARLY_PAY_CEILING).
MAX_PAY = PAY_CEILING
# The checklist's yes/no/unknown answers stored in their own columns (declared with answer_field below).
ANSWER_FIELDS = (
    "guaranteed_minimum",
    "base_pay",
    "leads_provided",
    "needs_computer",
    "needs_landline",
    "needs_headset",
    "needs_quiet_room",
    "buy_from_employer",
    "nights_weekends",
    "experience_required",
    "benefits",
    "citizenship_required",
    "chat_app_interview",
    "money_handling",
    "money_mentioned",
    "personal_data_early",
    "pressure_to_decide",
    "interview_skipped",
    "recruiting_pays",
    "hype_pitch",
)


def answer_field(verbose_name: str, **kwargs) -> models.CharField:
    return models.CharField(verbose_name, max_length=7, choices=Answer.choices, default=Answer.UNKNOWN, **kwargs)


def money_field(verbose_name: str, **kwargs) -> models.DecimalField:
    return models.DecimalField(
        verbose_name,
        max_digits=10,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(MAX_PAY)],
        **kwargs,
    )


class ListingStatus(models.TextChoices):
    # Marked for the moderators' preview of a listing (listing_preview.html), which is in the page's language.
    PENDING = "pending", gettext_lazy("Pending review")
    PUBLISHED = "published", gettext_lazy("Published")
    REJECTED = "rejected", gettext_lazy("Rejected")
    EXPIRED = "expired", gettext_lazy("Expired")


class Listing(models.Model):
    """A job offer with every checklist answer. Blank/null/"unknown" means the offer does not say."""

    Status = ListingStatus

    TRANSITIONS = {
        Status.PENDING: {Status.PUBLISHED, Status.REJECTED},
        Status.PUBLISHED: {Status.EXPIRED, Status.REJECTED},
        Status.REJECTED: {Status.PENDING},
        Status.EXPIRED: {Status.PUBLISHED},
    }

    Verdict = Verdict

    # No index of its own: listing_employer_status_idx leads with employer and serves the same lookups.
    employer = models.ForeignKey("listings.Employer", on_delete=models.PROTECT, related_name="listings", db_index=False)
    title = PlainCharField(max_length=200)
    source_url = models.URLField(
        "where the offer was found", max_length=500, blank=True, validators=[http_url_validator]
    )
    external_id = models.CharField("source id", max_length=100, blank=True, help_text="Identifies imported rows.")
    description = PlainTextField("full text of the offer", blank=True, max_length=100_000)

    # Q1: the work
    work_types = models.ManyToManyField("listings.WorkType", blank=True, related_name="listings")
    direction = models.CharField(max_length=8, choices=Direction.choices, default=Direction.UNKNOWN)
    # Q6, Q8: pay
    pay_basis = models.CharField("pay basis (Q6)", max_length=10, choices=PayBasis.choices, default=PayBasis.UNKNOWN)
    pay_amount = money_field(
        "pay amount", help_text=gettext_lazy("Per hour, minute or call, or per year for a salary.")
    )
    pay_amount_max = money_field("top of the pay range")
    pay_currency = models.CharField(max_length=3, choices=Currency.choices, default=Currency.USD)
    guaranteed_minimum = answer_field("guaranteed minimum pay when no calls come in")
    guaranteed_minimum_hourly = money_field("guaranteed minimum per hour")
    base_pay = answer_field("base pay besides commission")
    leads_provided = answer_field("leads provided (sales)")
    # Q7
    worker_status = models.CharField(
        "employee or contractor (Q7)", max_length=10, choices=WorkerStatus.choices, default=WorkerStatus.UNKNOWN
    )
    # Q3: equipment
    needs_computer = answer_field("needs own computer")
    needs_landline = answer_field("needs a landline")
    needs_headset = answer_field("needs a headset")
    needs_quiet_room = answer_field("needs a quiet room with a door")
    buy_from_employer = answer_field("must buy gear or software from the employer")
    # Q2
    hiring_regions = models.ManyToManyField("listings.Region", blank=True, related_name="listings")
    # Q9
    hours_per_week = models.PositiveSmallIntegerField(
        "minimum hours per week", null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(80)]
    )
    nights_weekends = answer_field("nights or weekends required")
    # Q10
    training_days = models.PositiveSmallIntegerField(
        "training length (days)", null=True, blank=True, validators=[MaxValueValidator(180)]
    )
    training_pay = models.CharField(
        "training (Q10)", max_length=8, choices=TrainingPay.choices, default=TrainingPay.UNKNOWN
    )
    # Q5, Q11
    experience_required = answer_field("experience required")
    benefits = answer_field("benefits offered")
    benefits_notes = PlainCharField(max_length=500, blank=True)
    citizenship_required = answer_field("citizenship required")
    application_process = PlainTextField("how applying works", blank=True, max_length=5000)
    # Beyond the FAQ
    chat_app_interview = answer_field("interview only through a chat app")
    money_handling = answer_field("duties move money or goods (checks, reshipping, gift cards, crypto)")
    money_mentioned = answer_field(
        "names money sent to you, payment apps, gift cards, crypto or bank codes, not saying what for"
    )
    personal_data_early = answer_field("asks for bank details / ID before a written offer")
    pressure_to_decide = answer_field('pushes you to decide or start at once ("start today", "limited spots")')
    interview_skipped = answer_field('hires with no interview ("no interview needed")')
    recruiting_pays = answer_field('pays for recruiting others ("earn on every agent you sign up")')
    hype_pitch = answer_field('sells the job like a get-rich pitch ("earn up to $1,000 a week", "be your own boss")')
    recruiter_email = models.EmailField(blank=True)

    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    posted_on = models.DateField(null=True, blank=True)
    expires_on = models.DateField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True, editable=False)
    source_label = models.CharField(
        "label from the source file",
        max_length=20,
        blank=True,
        editable=False,
        help_text="Kept for evaluation only; the rules never read it.",
    )
    evidence = models.JSONField("text evidence for extracted answers", default=dict, blank=True, editable=False)

    # The stored score; scoring.services writes it, never a form.
    score = models.PositiveSmallIntegerField(null=True, blank=True, editable=False)
    verdict = models.CharField(max_length=20, choices=Verdict.choices, blank=True, editable=False)
    findings = models.JSONField(default=list, blank=True, editable=False)
    hourly_estimate = models.DecimalField(max_digits=9, decimal_places=2, null=True, blank=True, editable=False)
    # The promised hourly wage (before costs) as a multiple of the local minimum wage (scoring.pay_references):
    # how pay compares across currencies, and what "best pay first" sorts by.
    pay_vs_minimum = models.DecimalField(
        "pay as a multiple of the local minimum wage",
        max_digits=7,
        decimal_places=2,
        null=True,
        blank=True,
        editable=False,
    )
    pay_estimate = models.JSONField(default=dict, blank=True, editable=False)
    rules_version = models.PositiveIntegerField(null=True, blank=True, editable=False)
    scored_at = models.DateTimeField(null=True, blank=True, editable=False)

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ListingQuerySet.as_manager()

    class Meta:
        ordering = ["-id"]
        # Few indexes on purpose: every re-score rewrites every row, and each index costs each write.
        # Browse's sort, count and search indexes are PostgreSQL-only (migrations 0003, 0004); columns
        # with a handful of values (verdict, pay basis, status of the worker, rules version) are filtered
        # within those, never looked up on their own.
        indexes = [
            models.Index(fields=["status", "-published_at"], name="listing_status_published_idx"),
            models.Index(fields=["employer", "status"], name="listing_employer_status_idx"),
        ]
        constraints = [
            choices_check("status", ListingStatus, model="listing"),
            choices_check("direction", Direction, model="listing"),
            choices_check("pay_basis", PayBasis, model="listing"),
            choices_check("pay_currency", Currency, model="listing"),
            choices_check("worker_status", WorkerStatus, model="listing"),
            choices_check("training_pay", TrainingPay, model="listing"),
            *(choices_check(field, Answer, model="listing") for field in ANSWER_FIELDS),
            models.CheckConstraint(
                condition=Q(verdict="") | Q(verdict__in=Verdict.values), name="listing_verdict_valid"
            ),
            models.CheckConstraint(
                condition=Q(pay_amount__gte=0) & Q(pay_amount__lte=MAX_PAY), name="listing_pay_in_range"
            ),
            models.CheckConstraint(
                condition=Q(pay_amount_max__isnull=True)
                | Q(pay_amount__isnull=False, pay_amount_max__gte=models.F("pay_amount")),
                name="listing_pay_max_above_min",
            ),
            models.CheckConstraint(
                condition=Q(guaranteed_minimum_hourly__isnull=True)
                | Q(guaranteed_minimum=Answer.YES, guaranteed_minimum_hourly__gte=0),
                name="listing_minimum_amount_only_if_guaranteed",
            ),
            models.CheckConstraint(
                condition=Q(hours_per_week__gte=1, hours_per_week__lte=80), name="listing_hours_in_range"
            ),
            models.CheckConstraint(condition=Q(training_days__lte=180), name="listing_training_days_in_range"),
            models.CheckConstraint(condition=Q(score__lte=100), name="listing_score_in_range"),
            models.CheckConstraint(
                condition=Q(expires_on__isnull=True)
                | Q(posted_on__isnull=True)
                | Q(expires_on__gte=models.F("posted_on")),
                name="listing_expires_after_posted",
            ),
            models.CheckConstraint(condition=~Q(title=""), name="listing_title_not_empty"),
            models.UniqueConstraint(
                fields=["external_id"], condition=~Q(external_id=""), name="listing_external_id_unique"
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("listings:detail", kwargs={"pk": self.pk})

    def to_offer(self) -> Offer:
        """The snapshot the rules read. Fetch with Listing.objects.for_scoring() to keep queries constant."""
        return Offer.from_values(
            {name: getattr(self, name) for name in SNAPSHOT_FIELDS},
            employer=self.employer,
            work_types=sorted(w.code for w in self.work_types.all()),
            hiring_regions=sorted(r.code for r in self.hiring_regions.all()),
            fees=[f.snapshot() for f in self.fees.all()],
        )

    def clean(self):
        errors = {}
        if self.pay_amount_max is not None:
            if self.pay_amount is None:
                errors["pay_amount"] = _("Give the bottom of the pay range as well as the top.")
            elif self.pay_amount_max < self.pay_amount:
                errors["pay_amount_max"] = _("The top of the pay range is below the bottom.")
        if self.guaranteed_minimum_hourly is not None and self.guaranteed_minimum != Answer.YES:
            errors["guaranteed_minimum_hourly"] = _("An amount only makes sense when a minimum is guaranteed.")
        if (
            self.guaranteed_minimum_hourly is not None
            and self.pay_basis == PayBasis.HOUR
            and self.pay_amount_max is not None
            and self.guaranteed_minimum_hourly > self.pay_amount_max
        ):
            errors["guaranteed_minimum_hourly"] = _("The guaranteed minimum is above the top of the pay range.")
        ceiling = pay_ceiling(self.pay_currency)
        for name in ("pay_amount", "pay_amount_max"):
            value = getattr(self, name)
            if value is not None and value > ceiling and name not in errors:
                errors[name] = _("%(amount)s %(currency)s is above any real pay (at most %(ceiling)s a year).") % {
                    "amount": f"{value:,}",
                    "currency": self.pay_currency,
                    "ceiling": f"{ceiling:,}",
                }
        if self.posted_on and self.expires_on and self.expires_on < self.posted_on:
            errors["expires_on"] = _("The expiry date is before the posting date.")
        if errors:
            raise ValidationError(errors)

    def move_to(self, new_status: str, *, now) -> str:
        """Change status in memory, stamping dates; return the old status. The caller saves."""
        if new_status not in self.TRANSITIONS[self.status]:
            raise InvalidTransition(f"A listing cannot go from {self.get_status_display()!r} to {new_status!r}.")
        old, self.status = self.status, new_status
        if new_status == self.Status.PUBLISHED:
            self.published_at = now
        return old


# The columns an Offer snapshot reads: the Offer's own column fields and every yes/no answer.
SNAPSHOT_FIELDS = (*COLUMN_FIELDS, *ANSWER_FIELDS)
