"""The exchange rates in the admin, beside the local pay figures: the same permissions, a note on every change, the
history kept, and a change re-scores the listings whose pay it converts. Registered by scoring.admin."""

from django import forms
from django.contrib import admin, messages
from django.http import HttpResponseRedirect
from django.urls import reverse

from listings.fields import PlainFormField
from scoring import services
from scoring.admin import ChangeHistoryInline
from scoring.exchange_rates import RATE_FIELDS, ExchangeRate, ExchangeRateChange


class ExchangeRateChangeInline(ChangeHistoryInline):
    model = ExchangeRateChange
    figure_model = ExchangeRate
    figure_fields = RATE_FIELDS


class ExchangeRateForm(forms.ModelForm):
    note = PlainFormField(
        label="what changed and why",
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Required, kept in the history with your name: “BSP reference rate of 2026-11-02”.",
    )

    class Meta:
        model = ExchangeRate
        fields = list(RATE_FIELDS)


@admin.register(ExchangeRate)
class ExchangeRateAdmin(admin.ModelAdmin):
    """Each currency's rate against the U.S. dollar, used where an offer pays in another currency than the place it
    hires in. A change is recorded with its note and re-scores, in the background, the listings it converts."""

    form = ExchangeRateForm
    list_display = ["currency", "per_usd", "as_of", "source", "updated_at"]
    search_fields = ["currency", "source"]
    inlines = [ExchangeRateChangeInline]
    fieldsets = [
        (None, {"fields": ["currency", "per_usd"]}),
        ("Source", {"fields": ["as_of", "source"]}),
        ("Your change", {"fields": ["note"]}),
    ]

    def get_readonly_fields(self, request, obj=None):
        return ["currency"] if obj else []  # a currency's code never changes; its rate does

    def has_delete_permission(self, request, obj=None):
        return False  # findings quote the rate's date, and the history belongs to the currency

    def save_model(self, request, obj, form, change):
        request._rate_change = services.exchange_rate_save(rate=obj, note=form.cleaned_data["note"], by=request.user)

    def log_change(self, request, obj, message):
        if request._rate_change is not None:  # Django's own history: a saved change only
            return super().log_change(request, obj, message)
        return None

    def response_change(self, request, obj):
        if request._rate_change is None:
            self.message_user(request, f"Nothing changed in the rate of {obj.currency}; nothing saved.", messages.INFO)
            return HttpResponseRedirect(reverse("admin:scoring_exchangerate_change", args=[obj.pk]))
        self.message_user(
            request,
            f"Saved the rate of {obj.currency}. The listings it converts are being re-scored in the background.",
            messages.SUCCESS,
        )
        return HttpResponseRedirect(reverse("admin:scoring_exchangerate_changelist"))
