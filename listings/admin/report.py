from django import forms
from django.contrib import admin, messages
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from listings import services
from listings.admin.base import StatusChangeForm, StatusChangeInline, apply_status, status_action, transition_choices
from listings.admin.listing import findings_html
from listings.admin.work_queue import employers_with_open_reports, reports_about_employer
from listings.models import Report


def _set_status(report, *, status, by, note):
    services.report_set_status(report=report, status=status, by=by, note=note)


def _set_employer_status(employer, *, status, by, note):
    services.employer_set_status(employer=employer, status=status, by=by, note=note)


def _set_listing_status(listing, *, status, by, note):
    services.listing_set_status(listing=listing, status=status, by=by, note=note)


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
    """The report's own status, and in the same step what to do about what was reported."""

    employer_status = forms.ChoiceField(label="Change the employer's status to", required=False)
    listing_status = forms.ChoiceField(label="Change the listing's status to", required=False)
    decision_note = forms.CharField(
        label="Why (recorded on the employer or listing)",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    class Meta:
        model = Report
        fields = ["resolution_note"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        report = self.instance
        employer = report.employer or (report.listing.employer if report.listing_id else None)
        if "new_status" in self.fields:
            self.fields["new_status"].help_text = (
                "Resolving upholds the report: its reason and the website, number and handle it names become "
                "findable on the public look-up page. Open and dismissed reports are never shown."
            )
        for name, target in (("employer_status", employer), ("listing_status", report.listing)):
            if target is None:
                continue  # not shown (ReportAdmin.get_fields): a report about an employer has no listing
            self.fields[name].choices = transition_choices(target, f"— keep “{target.get_status_display()}” —")

    def clean(self):
        data = super().clean()
        if (data.get("employer_status") or data.get("listing_status")) and not data.get("decision_note", "").strip():
            self.add_error("decision_note", "Say why: the note is recorded on what you change.")
        if data.get("new_status") and not data.get("resolution_note", "").strip():
            self.add_error("resolution_note", "Say why: the note is kept with the report.")
        return data


@admin.register(Report)
class ReportAdmin(admin.ModelAdmin):
    """The moderators' queue of public reports; open ones first."""

    form = ReportForm
    list_display = ["created_at", "reason", "about", "status", "contact_email"]
    list_filter = ["status", "reason", AboutEmployerFilter]
    list_select_related = ["listing", "employer"]
    search_fields = [
        "details",
        "listing__title",
        "employer__name",
        "contact_email",
        "website_domain",
        "phone",
        "chat_handle",
    ]
    readonly_fields = [
        "about",
        "what_was_reported",
        "other_reports",
        "reason",
        "details",
        "contact_email",
        "website_domain",
        "phone",
        "chat_handle",
        "status",
        "resolved_at",
        "resolved_by",
        "created_at",
    ]
    fields = [
        "about",
        "what_was_reported",
        "other_reports",
        "reason",
        "details",
        "contact_email",
        "website_domain",
        "phone",
        "chat_handle",
        "status",
        "new_status",
        "resolution_note",
        "employer_status",
        "listing_status",
        "decision_note",
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

    def get_fields(self, request, obj=None):
        fields = super().get_fields(request, obj)
        if obj is not None and not obj.listing_id:
            fields = [name for name in fields if name != "listing_status"]
        return fields

    def get_ordering(self, request):
        # Open reports are worked oldest first.
        if request.GET.get("status__exact") == Report.Status.OPEN:
            return ["created_at", "id"]
        return super().get_ordering(request)

    @admin.display(description="about")
    def about(self, obj):
        target = obj.listing or obj.employer
        app, model = target._meta.app_label, target._meta.model_name
        return format_html('<a href="{}">{}</a>', reverse(f"admin:{app}_{model}_change", args=[target.pk]), target)

    @admin.display(description="what was reported")
    def what_was_reported(self, obj):
        employer = obj.employer or obj.listing.employer
        parts = [format_html("<p>Employer: <strong>{}</strong> ({})</p>", employer.name, employer.get_status_display())]
        if obj.listing_id:
            listing = obj.listing
            parts.append(
                format_html(
                    '<p>Listing: <a href="{}">{}</a> ({}) · <a href="{}">preview as the public sees it</a></p>'
                    "<p>Verdict: <strong>{}</strong>, score {}</p>",
                    reverse("admin:listings_listing_change", args=[listing.pk]),
                    listing.title,
                    listing.get_status_display(),
                    reverse("admin:listings_listing_preview", args=[listing.pk]),
                    listing.get_verdict_display() or "not scored",
                    listing.score if listing.score is not None else "—",
                )
            )
            parts.append(findings_html(listing))
        return format_html_join("", "{}", ((part,) for part in parts))

    @admin.display(description="other open reports on this employer")
    def other_reports(self, obj):
        employer_id = obj.employer_id or obj.listing.employer_id
        others = (
            Report.objects.filter(reports_about_employer(employer_id), status=Report.Status.OPEN)
            .exclude(pk=obj.pk)
            .select_related("listing", "employer")[:20]
        )
        if not others:
            return "none"
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "",
                '<li><a href="{}">{}</a> · {}</li>',
                (
                    (reverse("admin:listings_report_change", args=[r.pk]), r.get_reason_display(), r.created_at.date())
                    for r in others
                ),
            ),
        )

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        note = form.cleaned_data.get("decision_note", "")
        if employer_status := form.cleaned_data.get("employer_status"):
            employer = obj.employer or obj.listing.employer
            apply_status(self, request, [employer], employer_status, _set_employer_status, note=note)
        if listing_status := form.cleaned_data.get("listing_status"):
            apply_status(self, request, [obj.listing], listing_status, _set_listing_status, note=note)
        if new_status := form.cleaned_data.get("new_status"):
            apply_status(
                self, request, [obj], new_status, _set_status, note=form.cleaned_data.get("resolution_note", "")
            )

    def response_change(self, request, obj):
        # "Save and open the next report": the oldest open report after this one, else the queue.
        if "_next_report" in request.POST:
            self.message_user(request, f"Saved: {obj}.", messages.SUCCESS)
            following = Report.objects.filter(status=Report.Status.OPEN).exclude(pk=obj.pk).order_by("created_at", "id")
            target = following.first()
            if target is None:
                return HttpResponseRedirect(reverse("admin:listings_report_changelist") + "?status__exact=open")
            return HttpResponseRedirect(reverse("admin:listings_report_change", args=[target.pk]))
        return super().response_change(request, obj)
