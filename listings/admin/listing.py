from django import forms
from django.contrib import admin
from django.db import models
from django.utils.html import format_html, format_html_join

from listings import services
from listings.admin.base import StatusChangeForm, StatusChangeInline, apply_status, status_action
from listings.admin.employer import open_reports_subquery
from listings.models import Fee, Listing


def _set_status(listing, *, status, by, note):
    services.listing_set_status(listing=listing, status=status, by=by, note=note)


class ListingForm(StatusChangeForm):
    class Meta:
        model = Listing
        fields = "__all__"


class FeeInline(admin.TabularInline):
    model = Fee
    extra = 0
    fields = ["kind", "amount", "currency", "timing", "recurring"]


@admin.register(Listing)
class ListingAdmin(admin.ModelAdmin):
    form = ListingForm
    list_display = [
        "title",
        "employer",
        "employer_status",
        "status",
        "score",
        "verdict",
        "hourly_estimate",
        "open_reports",
    ]
    list_filter = ["status", "verdict", "pay_basis", "worker_status", "training_pay", "employer__status"]
    list_select_related = ["employer"]
    search_fields = ["title", "employer__name", "external_id"]
    show_full_result_count = False  # a COUNT(*) over 100,000+ rows on every page is not worth it
    autocomplete_fields = ["employer", "hiring_regions"]
    formfield_overrides = {models.ManyToManyField: {"widget": forms.CheckboxSelectMultiple}}
    inlines = [FeeInline, StatusChangeInline]
    readonly_fields = [
        "status",
        "published_at",
        "score",
        "verdict",
        "hourly_estimate",
        "rules_version",
        "scored_at",
        "findings_list",
        "source_label",
        "created_at",
        "updated_at",
    ]
    actions = [
        status_action(Listing.Status.PUBLISHED, "Publish selected listings", _set_status),
        status_action(Listing.Status.REJECTED, "Reject selected listings", _set_status),
        status_action(Listing.Status.EXPIRED, "Expire selected listings", _set_status),
    ]
    fieldsets = [
        (
            None,
            {"fields": ["employer", "title", "source_url", "external_id", "description", "posted_on", "expires_on"]},
        ),
        ("Q1 The work", {"fields": ["work_types", "direction"]}),
        (
            "Q6–Q8 Pay",
            {
                "fields": [
                    "pay_basis",
                    "pay_amount",
                    "pay_amount_max",
                    "pay_currency",
                    "guaranteed_minimum",
                    "guaranteed_minimum_hourly",
                    "base_pay",
                    "leads_provided",
                ]
            },
        ),
        ("Q7 Status", {"fields": ["worker_status"]}),
        (
            "Q3 Equipment",
            {"fields": ["needs_computer", "needs_landline", "needs_headset", "needs_quiet_room", "buy_from_employer"]},
        ),
        ("Q2 Where it hires", {"fields": ["hiring_regions"]}),
        ("Q9 Hours, Q10 training", {"fields": ["hours_per_week", "nights_weekends", "training_days", "training_pay"]}),
        (
            "Q5, Q11 Other questions",
            {
                "fields": [
                    "experience_required",
                    "benefits",
                    "benefits_notes",
                    "citizenship_required",
                    "application_process",
                ]
            },
        ),
        (
            "Beyond the FAQ",
            {
                "fields": [
                    "chat_app_interview",
                    "money_handling",
                    "personal_data_early",
                    "pressure_to_decide",
                    "recruiter_email",
                ]
            },
        ),
        ("Moderation", {"fields": ["status", "new_status", "status_note", "published_at", "source_label"]}),
        (
            "Score",
            {"fields": ["score", "verdict", "hourly_estimate", "rules_version", "scored_at", "findings_list"]},
        ),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(n_open_reports=open_reports_subquery("listing"))

    @admin.display(description="employer status", ordering="employer__status")
    def employer_status(self, obj):
        return obj.employer.get_status_display()

    @admin.display(description="open reports", ordering="n_open_reports")
    def open_reports(self, obj):
        return obj.n_open_reports

    @admin.display(description="findings")
    def findings_list(self, obj):
        if not obj.findings:
            return "—"
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "",
                "<li><strong>{} · {}</strong> (−{}): {}</li>",
                ((f["faq"], f["severity"], f["points"], f["explanation"]) for f in obj.findings),
            ),
        )

    def save_related(self, request, form, formsets, change):
        # Fees, regions and work types are saved here, after the listing: score once everything is in.
        super().save_related(request, form, formsets, change)
        listing = form.instance
        if new_status := form.cleaned_data.get("new_status"):
            apply_status(
                self, request, [listing], new_status, _set_status, note=form.cleaned_data.get("status_note", "")
            )
        services.listing_saved(listing=listing)
