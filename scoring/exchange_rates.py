"""The exchange rates moderators keep (one row per currency, scoring.exchange.Rate) and their history.

Seeded from the code's rates (migration 0008); the rules read them through RuleSet.to_config, with the local pay
figures. Changed only through services.exchange_rate_save, which records who changed what, from what to what and
why (ExchangeRateChange), and re-scores the listings whose pay the rate converts.
"""

import dataclasses
from datetime import date
from decimal import Decimal

import pycountry
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone

from listings.fields import PlainCharField, PlainTextField
from scoring.exchange import BASE_CURRENCY, CODE_RATES, ExchangeRates, Rate

RATE_FIELDS = tuple(f.name for f in dataclasses.fields(Rate))
EARLIEST_RATE = date(1990, 1, 1)
# Bounds no real rate against the dollar leaves (the weakest currencies trade at tens of thousands to the dollar).
LOWEST_RATE, HIGHEST_RATE = Decimal("0.0001"), Decimal("1000000")


class ExchangeRateQuerySet(models.QuerySet):
    def table(self) -> ExchangeRates:
        """Every currency's rate, for the rules. An empty table (emptied by hand) converts with the code's rates."""
        rates = list(self.order_by("currency"))
        return ExchangeRates(r.to_rate() for r in rates) if rates else CODE_RATES


class ExchangeRate(models.Model):
    """How many units of a currency one U.S. dollar buys, as published on a date, as moderators keep it."""

    currency = models.CharField(max_length=3, unique=True, help_text="ISO 4217 code: PHP, PKR, ZAR, EUR…")
    per_usd = models.DecimalField(
        "units per U.S. dollar",
        max_digits=16,
        decimal_places=6,
        validators=[MinValueValidator(LOWEST_RATE), MaxValueValidator(HIGHEST_RATE)],
        help_text="How many of this currency one U.S. dollar buys: 57.15 for the Philippine peso.",
    )
    as_of = models.DateField("rate of", help_text="The day the rate was published for; seekers read it in findings.")
    source = PlainCharField(
        max_length=500, help_text="Who published it: “Bangko Sentral ng Pilipinas reference rate of 2025-09-01”."
    )
    updated_at = models.DateTimeField(auto_now=True)

    objects = ExchangeRateQuerySet.as_manager()

    class Meta:
        ordering = ["currency"]
        constraints = [
            models.CheckConstraint(condition=Q(currency__regex=r"^[A-Z]{3}$"), name="exchange_rate_currency_code"),
            models.CheckConstraint(condition=~Q(currency=BASE_CURRENCY), name="exchange_rate_not_the_base"),
            models.CheckConstraint(condition=Q(per_usd__gt=0), name="exchange_rate_positive"),
        ]

    def __str__(self):
        return f"{self.currency} per U.S. dollar"

    def to_rate(self) -> Rate:
        return Rate(**{name: getattr(self, name) for name in RATE_FIELDS})

    def clean(self):
        self.currency = (self.currency or "").strip().upper()
        errors = {}
        if self.currency == BASE_CURRENCY:
            errors["currency"] = "Every rate is stated against the U.S. dollar: it needs no rate of its own."
        elif self.currency and pycountry.currencies.get(alpha_3=self.currency) is None:
            errors["currency"] = "Not an ISO 4217 currency code."
        if self.as_of and not EARLIEST_RATE <= self.as_of <= timezone.localdate():
            errors["as_of"] = f"Between {EARLIEST_RATE:%Y} and today: a rate is published, not announced."
        if errors:
            raise ValidationError(errors)


class ExchangeRateChange(models.Model):
    """A change to one currency's rate: who, when, each changed field old → new, and why. Written by services only."""

    rate = models.ForeignKey(ExchangeRate, on_delete=models.CASCADE, related_name="changes")
    changes = models.JSONField()  # {field name: [old, new]}, values as text ("" for empty)
    note = PlainTextField(max_length=2000)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    changed_at = models.DateTimeField()
    rescore_job = models.ForeignKey(
        "scoring.RescoreJob", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-changed_at", "-id"]
        constraints = [models.CheckConstraint(condition=~Q(note=""), name="exchange_rate_change_has_note")]

    def __str__(self):
        return f"{self.rate.currency}: {', '.join(self.changes)}"
