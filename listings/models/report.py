from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from listings.exceptions import InvalidTransition
from listings.fields import PlainTextField
from listings.models.constraints import choices_check
from listings.validators import domain_form_validator, handle_form_validator, phone_form_validator


class ReportReason(models.TextChoices):
    ASKED_FOR_MONEY = "asked_for_money", _("They asked me to pay (fees, kit, training, equipment)")
    FAKE_CHECK = "fake_check", _("Fake check, reshipping or moving money")
    NOT_PAID = "not_paid", _("I worked and was not paid as promised")
    CHAT_APP = "chat_app", _("Interview only through a chat app")
    PERSONAL_DATA = "personal_data", _("They asked for bank details or ID too early")
    MISLEADING = "misleading", _("The listing is misleading or out of date")
    OTHER = "other", _("Something else")


class ReportStatus(models.TextChoices):
    OPEN = "open", "Open"
    RESOLVED = "resolved", "Resolved"
    DISMISSED = "dismissed", "Dismissed"


class Report(models.Model):
    """A job seeker's report against a listing or an employer: the moderators' queue."""

    Reason = ReportReason

    Status = ReportStatus

    TRANSITIONS = {
        Status.OPEN: {Status.RESOLVED, Status.DISMISSED},
        Status.RESOLVED: {Status.OPEN},
        Status.DISMISSED: {Status.OPEN},
    }

    listing = models.ForeignKey(
        "listings.Listing", null=True, blank=True, on_delete=models.CASCADE, related_name="reports"
    )
    employer = models.ForeignKey(
        "listings.Employer", null=True, blank=True, on_delete=models.CASCADE, related_name="reports"
    )
    reason = models.CharField(max_length=20, choices=Reason.choices)
    details = PlainTextField(blank=True, max_length=5000)
    contact_email = models.EmailField("your e-mail (optional)", blank=True)
    # How the recruiter reached the seeker, normalised so a look-up is an indexed equality match.
    website_domain = models.CharField(
        "their website or e-mail domain", max_length=253, blank=True, db_index=True, validators=[domain_form_validator]
    )
    phone = models.CharField(
        "their phone or WhatsApp number", max_length=16, blank=True, db_index=True, validators=[phone_form_validator]
    )
    chat_handle = models.CharField(
        "their chat handle", max_length=64, blank=True, db_index=True, validators=[handle_form_validator]
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    resolution_note = PlainTextField(blank=True, max_length=2000)
    resolved_at = models.DateTimeField(null=True, blank=True, editable=False)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, editable=False, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "-created_at"], name="report_status_idx")]
        constraints = [
            choices_check("reason", ReportReason, model="report"),
            choices_check("status", ReportStatus, model="report"),
            models.CheckConstraint(
                condition=Q(listing__isnull=False, employer__isnull=True)
                | Q(listing__isnull=True, employer__isnull=False),
                name="report_about_one_thing",
            ),
        ]

    def __str__(self):
        return f"{self.get_reason_display()} — {self.listing or self.employer}"

    @property
    def identifiers(self) -> list[tuple[str, str]]:
        """(label, value) of each identifier the report names."""
        fields = ("website_domain", "phone", "chat_handle")
        return [(self._meta.get_field(f).verbose_name, getattr(self, f)) for f in fields if getattr(self, f)]

    def move_to(self, new_status: str, *, by=None, now) -> str:
        """Change status in memory, stamping who and when; return the old status. The caller saves."""
        if new_status not in self.TRANSITIONS[self.status]:
            raise InvalidTransition(f"A report cannot go from {self.get_status_display()!r} to {new_status!r}.")
        old, self.status = self.status, new_status
        self.resolved_at, self.resolved_by = (now, by) if new_status != self.Status.OPEN else (None, None)
        return old
