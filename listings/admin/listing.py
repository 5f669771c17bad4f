from django import forms
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db import models
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join

from listings import services
from listings.admin.base import StatusChangeForm, StatusChangeInline, apply_status, status_action
from listings.admin.employer import open_reports_subquery
from listings.checking import check_listing
from listings.forms import ReportForm
from listings.models import Fee, Listing
from listings.offer_form import SECTIONS


class OriginFilter(admin.SimpleListFilter):
    title = "where it came from"
    parameter_name = "origin"

    def lookups(self, request, model_admin):
        return [("imported", "Imported from a file"), ("sent_in", "Sent in by a job seeker, or added here")]

    def queryset(self, request, queryset):
        if self.value() == "imported":
            return queryset.exclude(external_id="")
        if self.value() == "sent_in":
            return queryset.filter(external_id="")
        return queryset


def checklist_fieldsets() -> list[tuple[str, dict]]:
    """The check form's checklist sections (Q1–Q11, then beyond the FAQ) as admin fieldsets, so a new
    checklist answer shows up in both from its one place in SECTIONS."""
    general = {"employer_name", "title", "source_url", "description"}  # the first fieldset holds these
    fieldsets = []
    for section in SECTIONS:
        fields = [name for name in section.fields if name not in general]
        if "benefits" in fields:
            fields.insert(fields.index("benefits") + 1, "benefits_notes")
        if fields:
            fieldsets.append((f"{section.faq} {section.heading}".strip(), {"fields": fields}))
    return fieldsets


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


# What the scoring wrote, shown read-only in its own section.
SCORE_SECTION = ["score", "verdict", "hourly_estimate", "pay_vs_minimum", "rules_version", "scored_at", "findings_list"]


def findings_html(listing):
    """A listing's findings for the admin, each with the offer's own words behind it."""
    if not listing.findings:
        return "—"
    findings = check_listing(listing).findings  # with the offer's own words behind each one
    return format_html(
        "<ul>{}</ul>",
        format_html_join(
            "",
            "<li><strong>{} · {}</strong> (−{}): {}{}</li>",
            (
                (
                    f["faq"],
                    f["severity"],
                    f["points"],
                    f["explanation"],
                    format_html(
                        "<br><em>In the offer:</em> {}",
                        format_html_join(", ", "“{}”", ((quote,) for quote in f["evidence"])),
                    )
                    if f.get("evidence")
                    else "",
                )
                for f in findings
            ),
        ),
    )


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
    list_filter = ["status", OriginFilter, "verdict", "pay_basis", "worker_status", "training_pay", "employer__status"]
    list_select_related = ["employer"]
    search_fields = ["title", "employer__name", "external_id"]
    show_full_result_count = False  # a COUNT(*) over 100,000+ rows on every page is not worth it
    autocomplete_fields = ["employer", "hiring_regions"]
    formfield_overrides = {models.ManyToManyField: {"widget": forms.CheckboxSelectMultiple}}
    inlines = [FeeInline, StatusChangeInline]
    readonly_fields = ["status", "published_at", *SCORE_SECTION, "source_label", "created_at", "updated_at"]
    actions = [
        status_action(Listing.Status.PUBLISHED, "Publish selected listings", _set_status),
        status_action(Listing.Status.REJECTED, "Reject selected listings", _set_status),
        status_action(Listing.Status.EXPIRED, "Expire selected listings", _set_status),
    ]
    fieldsets = [
        # The verdict first: it is what a moderator reviews, and its findings quote the offer's words.
        ("Verdict", {"fields": SCORE_SECTION}),
        (
            None,
            {"fields": ["employer", "title", "source_url", "external_id", "description", "posted_on", "expires_on"]},
        ),
        *checklist_fieldsets(),
        ("Moderation", {"fields": ["status", "new_status", "status_note", "published_at", "source_label"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(n_open_reports=open_reports_subquery("listing"))

    def get_ordering(self, request):
        # The review queue is worked oldest first; every other list shows the newest first.
        if request.GET.get("status__exact") == Listing.Status.PENDING:
            return ["created_at", "id"]
        return super().get_ordering(request)

    @admin.display(description="employer status", ordering="employer__status")
    def employer_status(self, obj):
        return obj.employer.get_status_display()

    @admin.display(description="open reports", ordering="n_open_reports")
    def open_reports(self, obj):
        return obj.n_open_reports

    @admin.display(description="findings")
    def findings_list(self, obj):
        return findings_html(obj)

    def get_urls(self):
        preview = path(
            "<int:pk>/preview/", self.admin_site.admin_view(self.preview_view), name="listings_listing_preview"
        )
        return [preview, *super().get_urls()]

    def preview_view(self, request, pk):
        """The public listing page as it would look once published, for any status; never indexed."""
        listing = get_object_or_404(Listing.objects.for_cards(), pk=pk)
        if not self.has_view_permission(request, listing):
            raise PermissionDenied
        checked = check_listing(listing)
        context = {
            "listing": listing,
            "checked": checked,
            "read": checked.reading,
            "hiring_regions": listing.hiring_regions.all(),
            "report_form": ReportForm(),
            "page_seconds": 0,  # never the public page's cached body: a preview shows this instant's listing
            "change_url": reverse("admin:listings_listing_change", args=[listing.pk]),
        }
        return TemplateResponse(request, "listings/listing_preview.html", context)

    def get_view_on_site_url(self, obj=None):
        # "View on site" of a listing not published yet is its preview, not the public page's 404.
        if obj is not None and obj.status != Listing.Status.PUBLISHED:
            return reverse("admin:listings_listing_preview", args=[obj.pk])
        return super().get_view_on_site_url(obj)

    def save_related(self, request, form, formsets, change):
        # Fees, regions and work types are saved here, after the listing: score once everything is in.
        super().save_related(request, form, formsets, change)
        listing = form.instance
        if new_status := form.cleaned_data.get("new_status"):
            apply_status(
                self, request, [listing], new_status, _set_status, note=form.cleaned_data.get("status_note", "")
            )
        services.listing_saved(listing=listing)
