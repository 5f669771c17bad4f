"""A checked offer's result that the seeker chose to keep and share: stored only when asked, personal details
masked out, under an unguessable address, deleted when it expires or when the person who saved it says so."""

from __future__ import annotations

import hashlib
import hmac

from django.db import models
from django.urls import reverse
from django.utils import timezone


def delete_key_digest(delete_key: str) -> str:
    """What is stored of the secret that deletes a saved result: its SHA-256, so a database read cannot
    delete results; the secret itself carries 192 random bits, so no salt or slow hash is needed."""
    return hashlib.sha256(delete_key.encode()).hexdigest()


class SavedCheckQuerySet(models.QuerySet):
    def expired(self, *, now=None):
        return self.filter(expires_at__lte=now or timezone.now())


class SavedCheck(models.Model):
    public_id = models.CharField(max_length=64, unique=True, editable=False)  # secrets.token_urlsafe: the address
    delete_key_digest = models.CharField(max_length=64, editable=False)
    # CheckedOffer.as_dict() with the offer's text masked, plus its title and employer: the page shows exactly
    # this, so the verdict never changes when the rules do.
    result = models.JSONField()
    rules_version = models.PositiveIntegerField(null=True, blank=True)
    checked_at = models.DateTimeField()
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    expires_at = models.DateTimeField(db_index=True)

    objects = SavedCheckQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(expires_at__gt=models.F("created_at")), name="saved_check_expires_after_saving"
            )
        ]

    def __str__(self):
        return f"Saved result {self.public_id[:6]}…"

    def get_absolute_url(self):
        return reverse("listings:saved_check", args=[self.public_id])

    def delete_url(self, delete_key: str) -> str:
        return reverse("listings:saved_check_delete", args=[self.public_id, delete_key])

    @property
    def verdict(self) -> str:
        return self.result.get("verdict", "")

    def is_expired(self, *, now=None) -> bool:
        return self.expires_at <= (now or timezone.now())

    def deletes(self, delete_key: str) -> bool:
        """Whether `delete_key` is this result's secret (compared in constant time)."""
        return hmac.compare_digest(delete_key_digest(delete_key), self.delete_key_digest)
