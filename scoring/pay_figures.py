"""The local pay figures moderators keep (one row per place, scoring.pay_references.LocalPay) and their history.

Seeded from the code's figures (migration 0005); the rules read them through RuleSet.to_config. Changed only
through services.local_pay_save, which records who changed what, from what to what and why (LocalPayChange),
and re-scores the listings that could use the place.
"""

import dataclasses
from datetime import date, timedelta
from decimal import Decimal

import pycountry
from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone

from listings.fields import PlainCharField, PlainTextField
from scoring.exchange import CODE_RATES, ExchangeRates
from scoring.pay import FULL_TIME_HOURS, WEEKS_PER_YEAR, money
from scoring.pay_references import CODE_FIGURES, LocalPay, PayReferences, Per, hourly
from scoring.vocabulary import pay_ceiling

FIGURE_FIELDS = tuple(f.name for f in dataclasses.fields(LocalPay) if f.init)
PLACE_PATTERN = r"^[A-Z]{2}(-[A-Z0-9]{1,3})?$"
EARLIEST_FIGURE = date(1990, 1, 1)
ANNOUNCED_AHEAD = timedelta(days=2 * 366)  # wage orders are published months before they take effect


def _stated_amount(verbose_name, help_text=""):
    return models.DecimalField(
        verbose_name,
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0.01"))],
        help_text=help_text,
    )


def _per(verbose_name):
    return models.CharField(verbose_name, max_length=5, choices=Per.choices, default=Per.HOUR)


class LocalPayFigureQuerySet(models.QuerySet):
    def table(self, rates: ExchangeRates = CODE_RATES) -> PayReferences:
        """Every place's figures, for the rules, with the exchange rates that convert pay into their currencies.
        An empty table (a database emptied by hand) scores with the code's figures rather than with none."""
        figures = [f.to_local_pay() for f in self.order_by("place")] or CODE_FIGURES
        return PayReferences(figures, rates)


class LocalPayFigure(models.Model):
    """One place's pay figures (a scoring.pay_references.LocalPay row), as moderators keep them.

    Seeded from the code's figures (migration 0005). Changed only through services.local_pay_save, which
    records the change with its note (LocalPayChange) and re-scores the listings that use the place.
    """

    place = models.CharField(
        "place",
        max_length=6,
        unique=True,
        help_text="ISO 3166 code as listings name where they hire: a country (PH) or a U.S. state / Canadian "
        "province (US-NY, CA-ON).",
    )
    name = PlainCharField(max_length=120, help_text="As seekers read it: “the Philippines (Metro Manila)”.")
    currency = models.CharField(max_length=3, help_text="ISO 4217 code of the pay compared: PHP, USD, EUR…")
    minimum = _stated_amount("legal minimum", "Leave empty where no single figure applies (India: set by state).")
    minimum_per = _per("minimum stated per")
    homeworker_minimum = _stated_amount(
        "homeworker minimum",
        "A higher minimum for employees working from their own home (Ontario), per the same period.",
    )
    minimum_text = PlainCharField(
        "minimum as seekers read it",
        max_length=300,
        blank=True,
        help_text="As the law states it, with the amount: “₱695 a day (Metro Manila, Wage Order NCR-26)”.",
    )
    far_above = _stated_amount("far above market", "Entry-level pay above this is “too good to be true”.")
    far_above_per = _per("far above market stated per")
    far_above_text = PlainCharField(
        "far above market as seekers read it",
        max_length=300,
        blank=True,
        help_text="Ends “more than …”: “₱30,000 a month, the top of usual agent pay with allowances”.",
    )
    source = PlainCharField(max_length=500, help_text="Where the figures come from: the wage order, gazette, survey.")
    as_of = models.DateField(
        "figures dated", null=True, blank=True, help_text="When the minimum took effect (or the source was published)."
    )
    updated_at = models.DateTimeField(auto_now=True)

    objects = LocalPayFigureQuerySet.as_manager()

    class Meta:
        ordering = ["place"]
        constraints = [
            models.CheckConstraint(condition=Q(place__regex=PLACE_PATTERN), name="local_pay_place_code"),
            models.CheckConstraint(condition=Q(currency__regex=r"^[A-Z]{3}$"), name="local_pay_currency_code"),
            *(
                models.CheckConstraint(
                    condition=Q(**{f"{name}__isnull": True}) | Q(**{f"{name}__gt": 0}),
                    name=f"local_pay_{name}_positive",
                )
                for name in ("minimum", "homeworker_minimum", "far_above")
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.place})"

    def to_local_pay(self) -> LocalPay:
        return LocalPay(**{name: getattr(self, name) for name in FIGURE_FIELDS})

    def clean(self):
        self.place = (self.place or "").strip().upper()
        self.currency = (self.currency or "").strip().upper()
        errors = {}
        if self.place and not _known_place(self.place):
            errors["place"] = "Not an ISO 3166 code of a country (PH) or a state, province or region (US-NY, IN-DL)."
        if self.currency and pycountry.currencies.get(alpha_3=self.currency) is None:
            errors["currency"] = "Not an ISO 4217 currency code."
        errors.update(self._amount_errors())
        if self.as_of and not EARLIEST_FIGURE <= self.as_of <= timezone.localdate() + ANNOUNCED_AHEAD:
            errors["as_of"] = f"Between {EARLIEST_FIGURE:%Y} and two years from today."
        if errors:
            raise ValidationError(errors)

    def _amount_errors(self) -> dict:
        errors = {}
        ceiling = pay_ceiling(self.currency) / (FULL_TIME_HOURS * WEEKS_PER_YEAR)
        stated = {
            "minimum": _per_hour(self.minimum, self.minimum_per),
            "homeworker_minimum": _per_hour(self.homeworker_minimum, self.minimum_per),
            "far_above": _per_hour(self.far_above, self.far_above_per),
        }
        for name, per_hour in stated.items():
            if per_hour is not None and per_hour > ceiling:
                errors[name] = f"{money(per_hour, self.currency)} an hour is above any real pay."
        minimum, homeworker, far_above = stated.values()
        if minimum is None and homeworker is not None:
            errors.setdefault("homeworker_minimum", "A homeworker minimum needs the general minimum too.")
        if minimum is not None and homeworker is not None and homeworker < minimum:
            errors.setdefault("homeworker_minimum", "Lower than the general minimum: it is the higher floor.")
        if far_above is not None:
            for name in ("minimum", "homeworker_minimum"):
                if stated[name] is not None and stated[name] >= far_above:
                    errors.setdefault(
                        name,
                        f"{money(stated[name], self.currency)} an hour is not below the far-above-market figure "
                        f"({money(far_above, self.currency)} an hour).",
                    )
            if not self.far_above_text.strip():
                errors["far_above_text"] = "Seekers read this after “more than”: say what the figure is."
        for name in ("minimum", "homeworker_minimum"):
            amount = getattr(self, name)
            if amount is not None and amount > 0 and not _states(self.minimum_text, amount):
                errors.setdefault("minimum_text", f"Should state the {self._meta.get_field(name).verbose_name} "
                                                  f"({amount.normalize():f}) as seekers read it.")  # fmt: skip
        return errors


def _per_hour(amount: Decimal | None, per: str) -> Decimal | None:
    # A period that is not a choice is reported on its own field; the amount is then not compared.
    return hourly(amount, per) if per in Per.values else None


def _known_place(code: str) -> bool:
    """A hiring region listings use, or any ISO 3166 country or subdivision: the reading of pasted offers names
    places listings cannot pick (Delhi is IN-DL)."""
    region = apps.get_model("listings", "Region")
    if region.objects.filter(code=code).exists():
        return True
    if "-" in code:
        return pycountry.subdivisions.get(code=code) is not None
    return pycountry.countries.get(alpha_2=code) is not None


def _states(text: str, amount: Decimal) -> bool:
    """Whether `text` writes `amount` ("₱30,000", "R30.23", "$15.00" for 15, "€14,71" for 14.71)."""
    written = f"{amount.normalize():f}"
    plain = text.replace(",", "").replace(" ", "")
    return written in plain or written.replace(".", ",") in text.replace(".", "").replace(" ", "")


class LocalPayChange(models.Model):
    """A change to one place's figures: who, when, each changed field old → new, and why. Written by services only."""

    figure = models.ForeignKey(LocalPayFigure, on_delete=models.CASCADE, related_name="changes")
    # {field name: [old, new]}, values as text ("" for empty).
    changes = models.JSONField()
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
        constraints = [models.CheckConstraint(condition=~Q(note=""), name="local_pay_change_has_note")]

    def __str__(self):
        return f"{self.figure.place}: {', '.join(self.changes)}"
