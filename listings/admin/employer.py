from django import forms
from django.contrib import admin
from django.db.models import Count, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce

from listings import identifiers, services
from listings.admin.base import StatusChangeForm, StatusChangeInline, apply_status, status_action
from listings.models import Employer, Listing, Report


def _set_status(employer, *, status, by, note):
    services.employer_set_status(employer=employer, status=status, by=by, note=note)


class EmployerForm(StatusChangeForm):
    class Meta:
        model = Employer
        fields = "__all__"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "contact_phone" in self.fields:  # a number as pasted (spaces, a wa.me link) is longer than +E.164
            self.fields["contact_phone"].max_length = identifiers.MAX_INPUT
            self.fields["contact_phone"].validators = []

    def clean_contact_phone(self):
        try:
            return identifiers.normalize_phone(self.cleaned_data.get("contact_phone", ""))
        except identifiers.InvalidIdentifier as error:
            raise forms.ValidationError(str(error)) from None


def open_reports_subquery(field: str):
    reports = Report.objects.filter(**{field: OuterRef("pk")}, status=Report.Status.OPEN)
    return Coalesce(Subquery(reports.values(field).annotate(n=Count("pk")).values("n")[:1]), 0)


@admin.register(Employer)
class EmployerAdmin(admin.ModelAdmin):
    form = EmployerForm
    list_display = [
        "name",
        "status",
        "business_model",
        "hires_as",
        "published_listings",
        "open_reports",
        "status_changed_at",
    ]
    list_filter = ["status", "business_model", "hires_as"]
    search_fields = ["name", "email_domain", "website", "contact_phone"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["hiring_regions"]
    readonly_fields = ["status", "status_changed_at", "status_changed_by", "created_at"]
    inlines = [StatusChangeInline]
    actions = [
        status_action(Employer.Status.VERIFIED, "Verify selected employers", _set_status),
        status_action(Employer.Status.FLAGGED, "Flag selected employers", _set_status),
        status_action(Employer.Status.BLOCKED, "Block selected employers", _set_status),
    ]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "name",
                    "slug",
                    "website",
                    "email_domain",
                    "contact_phone",
                    "business_model",
                    "hires_as",
                    "hiring_regions",
                ]
            },
        ),
        (
            "Moderation",
            {
                "fields": [
                    "status",
                    "new_status",
                    "status_note",
                    "public_note",
                    "moderator_note",
                    "status_changed_at",
                    "status_changed_by",
                ]
            },
        ),
    ]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                n_published=Count("listings", filter=Q(listings__status=Listing.Status.PUBLISHED), distinct=True),
                n_open_reports=open_reports_subquery("employer") + open_reports_subquery("listing__employer"),
            )
        )

    @admin.display(description="published listings", ordering="n_published")
    def published_listings(self, obj):
        return obj.n_published

    @admin.display(description="open reports", ordering="n_open_reports")
    def open_reports(self, obj):
        return obj.n_open_reports

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if new_status := form.cleaned_data.get("new_status"):
            apply_status(self, request, [obj], new_status, _set_status, note=form.cleaned_data.get("status_note", ""))
