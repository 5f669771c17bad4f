from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.urls import reverse

from listings.exceptions import InvalidTransition
from listings.fields import PlainCharField, PlainTextField
from listings.models.constraints import choices_check
from listings.validators import http_url_validator, phone_form_validator
from scoring.vocabulary import BusinessModel, EmployerStatus, HiresAs

domain_validator = RegexValidator(
    r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$",
    "Enter a domain such as example.com (lower case, no @ and no https://).",
)


class EmployerQuerySet(models.QuerySet):
    def public(self):
        """Employers a visitor may see: reviewed by a moderator, or with a published listing. A name typed
        into "submit for review" creates an unreviewed employer that stays hidden until then."""
        from listings.models.listing import Listing  # listing.py imports this module

        reviewed = ~models.Q(status=self.model.Status.UNREVIEWED)
        published = models.Exists(Listing.objects.published().filter(employer=models.OuterRef("pk")))
        return self.filter(reviewed | published)


class Employer(models.Model):
    Status = EmployerStatus

    TRANSITIONS = {
        Status.UNREVIEWED: {Status.VERIFIED, Status.FLAGGED, Status.BLOCKED},
        Status.VERIFIED: {Status.FLAGGED, Status.BLOCKED},
        Status.FLAGGED: {Status.VERIFIED, Status.BLOCKED},
        Status.BLOCKED: {Status.FLAGGED, Status.VERIFIED},
    }

    name = PlainCharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=220, unique=True)
    website = models.URLField(blank=True, validators=[http_url_validator])
    email_domain = models.CharField(
        "recruiters' e-mail domain", max_length=253, blank=True, db_index=True, validators=[domain_validator]
    )
    contact_phone = models.CharField(
        "recruiters' phone or WhatsApp number",
        max_length=16,
        blank=True,
        db_index=True,
        validators=[phone_form_validator],
        help_text="With its country code; stored as +14155552671. Job seekers' look-ups find the employer by it.",
    )
    business_model = models.CharField(
        "business model (Q1)", max_length=12, choices=BusinessModel.choices, default=BusinessModel.UNKNOWN
    )
    hires_as = models.CharField("hires (Q7)", max_length=12, choices=HiresAs.choices, default=HiresAs.UNKNOWN)
    hiring_regions = models.ManyToManyField("listings.Region", blank=True, related_name="employers")
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.UNREVIEWED)
    public_note = PlainTextField("note shown to job seekers", blank=True, max_length=2000)
    moderator_note = PlainTextField("private moderator note", blank=True, max_length=5000)
    status_changed_at = models.DateTimeField(null=True, blank=True, editable=False)
    status_changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, editable=False, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = EmployerQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["status"], name="employer_status_idx")]
        constraints = [
            choices_check("status", EmployerStatus, model="employer"),
            choices_check("business_model", BusinessModel, model="employer"),
            choices_check("hires_as", HiresAs, model="employer"),
            models.CheckConstraint(condition=~models.Q(slug=""), name="employer_slug_not_empty"),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("listings:employer", kwargs={"slug": self.slug})

    def move_to(self, new_status: str, *, by=None, now) -> str:
        """Change status in memory and stamp who and when; return the old status. The caller saves."""
        if new_status not in self.TRANSITIONS[self.status]:
            raise InvalidTransition(f"An employer cannot go from {self.get_status_display()!r} to {new_status!r}.")
        old, self.status = self.status, new_status
        self.status_changed_at, self.status_changed_by = now, by
        return old
