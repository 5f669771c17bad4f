from django.contrib import admin
from django.utils.html import format_html

from listings import services
from listings.admin.base import StatusChangeForm, StatusChangeInline, apply_status, status_action
from listings.admin.work_queue import employers_with_open_reports, reports_about_employer
from listings.models import Report


def _set_status(report, *, status, by, note):
    services.report_set_status(report=report, status=status, by=by, note=note)


class AboutEmployerFilter(admin.SimpleListFilter):
    """Reports about one employer: against it, or against any of its listings (the work queue links here)."""

    title = "employer (or its listings)"
    parameter_name = "about_employer"

    def lookups(self, request, model_admin):
        # Only the employers with open reports: the list stays short however many employers there are.
        return [(str(employer.pk), employer.name) for employer, _, _ in employers_with_open_reports(limit=50)]

    def queryset(self, request, queryset):
        if self.value() and self.value().isdigit():
            return queryset.filter(reports_about_employer(int(self.value())))
        return queryset


class ReportForm(StatusChangeForm):
    class Meta:
        model = Report
        fields = ["resolution_note"]


@admin.register(Report)
class ReportAdmin(admin.ModelAdmin):
    """The moderators' queue of public reports; open ones first."""

    form = ReportForm
    list_display = ["created_at", "reason", "about", "status", "contact_email"]
    list_filter = ["status", "reason", AboutEmployerFilter]
    list_select_related = ["listing", "employer"]
    search_fields = ["details", "listing__title", "employer__name", "contact_email"]
    readonly_fields = [
        "about",
        "reason",
        "details",
        "contact_email",
        "status",
        "resolved_at",
        "resolved_by",
        "created_at",
    ]
    fields = [
        "about",
        "reason",
        "details",
        "contact_email",
        "status",
        "new_status",
        "resolution_note",
        "resolved_at",
        "resolved_by",
        "created_at",
    ]
    inlines = [StatusChangeInline]
    actions = [
        status_action(Report.Status.RESOLVED, "Resolve selected reports", _set_status),
        status_action(Report.Status.DISMISSED, "Dismiss selected reports", _set_status),
        status_action(Report.Status.OPEN, "Re-open selected reports", _set_status),
    ]

    def has_add_permission(self, request):
        return False  # reports come from job seekers through the site

    def get_ordering(self, request):
        # Open reports are worked oldest first.
        if request.GET.get("status__exact") == Report.Status.OPEN:
            return ["created_at", "id"]
        return super().get_ordering(request)

    @admin.display(description="about")
    def about(self, obj):
        target = obj.listing or obj.employer
        app, model = target._meta.app_label, target._meta.model_name
        from django.urls import reverse

        return format_html('<a href="{}">{}</a>', reverse(f"admin:{app}_{model}_change", args=[target.pk]), target)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if new_status := form.cleaned_data.get("new_status"):
            apply_status(
                self, request, [obj], new_status, _set_status, note=form.cleaned_data.get("resolution_note", "")
            )
