from django.conf import settings
from django.db import models
from django.db.models import Q

from listings.fields import PlainTextField


class StatusChangeRecord(models.Model):
    """What every recorded status change keeps besides its subject: the note, who made it and when."""

    note = PlainTextField(blank=True, max_length=2000)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    changed_at = models.DateTimeField()

    class Meta:
        abstract = True
        ordering = ["-changed_at", "-id"]

    def __str__(self):
        return f"{self.from_status} → {self.to_status}"


class StatusChange(StatusChangeRecord):
    """Every moderation status change: who, when, from what to what, and why. Written by services only."""

    employer = models.ForeignKey(
        "listings.Employer", null=True, blank=True, on_delete=models.CASCADE, related_name="status_changes"
    )
    listing = models.ForeignKey(
        "listings.Listing", null=True, blank=True, on_delete=models.CASCADE, related_name="status_changes"
    )
    report = models.ForeignKey(
        "listings.Report", null=True, blank=True, on_delete=models.CASCADE, related_name="status_changes"
    )
    from_status = models.CharField(max_length=20)
    to_status = models.CharField(max_length=20)

    class Meta(StatusChangeRecord.Meta):
        constraints = [
            models.CheckConstraint(
                condition=Q(employer__isnull=False, listing__isnull=True, report__isnull=True)
                | Q(employer__isnull=True, listing__isnull=False, report__isnull=True)
                | Q(employer__isnull=True, listing__isnull=True, report__isnull=False),
                name="status_change_about_one_thing",
            ),
        ]
