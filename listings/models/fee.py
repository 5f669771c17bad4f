from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from listings.models.constraints import choices_check
from scoring.offer import FeeSnapshot
from scoring.vocabulary import Answer, Currency, FeeKind, FeeTiming


class Fee(models.Model):
    """Money the seeker is asked to pay (checklist Q4). Employers pay workers, not the other way round."""

    listing = models.ForeignKey("listings.Listing", on_delete=models.CASCADE, related_name="fees")
    kind = models.CharField(max_length=20, choices=FeeKind.choices)
    amount = models.DecimalField(
        max_digits=9,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("100000"))],
        help_text=_("Leave empty if the offer does not say how much."),
    )
    currency = models.CharField(max_length=3, choices=Currency.choices, default=Currency.USD)
    timing = models.CharField("due", max_length=12, choices=FeeTiming.choices, default=FeeTiming.UNKNOWN)
    recurring = models.CharField(max_length=7, choices=Answer.choices, default=Answer.UNKNOWN)

    class Meta:
        ordering = ["id"]
        constraints = [
            choices_check("kind", FeeKind, model="fee"),
            choices_check("currency", Currency, model="fee"),
            choices_check("timing", FeeTiming, model="fee"),
            choices_check("recurring", Answer, model="fee"),
            models.CheckConstraint(condition=Q(amount__gte=0) & Q(amount__lte=100000), name="fee_amount_in_range"),
        ]

    def __str__(self):
        amount = f" {self.amount} {self.currency}" if self.amount is not None else ""
        return f"{self.get_kind_display()}{amount}, {self.get_timing_display().lower()}"

    def snapshot(self) -> FeeSnapshot:
        return FeeSnapshot(self.kind, self.amount, self.currency, self.timing, self.recurring)
