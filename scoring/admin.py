from django.contrib import admin, messages
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.html import format_html

from scoring import services
from scoring.checklist import CHECKLIST
from scoring.forms import RuleSetForm, enabled_field, points_field
from scoring.models import PAY_FIELDS, THRESHOLD_FIELDS, VALUE_FIELDS, RescoreJob, RuleSet


def progress_bar(job: RescoreJob):
    return format_html(
        '<progress value="{}" max="{}">{}%</progress> {} / {} ({}%)',
        job.done,
        job.total or 1,
        job.percent,
        job.done,
        job.total,
        job.percent,
    )


@admin.register(RuleSet)
class RuleSetAdmin(admin.ModelAdmin):
    """Every save publishes a new version and re-scores all listings; old versions stay as history."""

    form = RuleSetForm
    list_display = ["version", "is_active", "note", "created_by", "created_at", "latest_job"]
    readonly_fields = ["version", "is_active", "created_by", "created_at", "latest_job"]

    def get_fieldsets(self, request, obj=None):
        rules = [field for spec in CHECKLIST for field in (points_field(spec.id), enabled_field(spec.id))]
        return [
            (None, {"fields": ["version", "is_active", "note", "latest_job"]}),
            ("Verdict", {"fields": THRESHOLD_FIELDS}),
            ("Pay estimate assumptions (Q6, Q8)", {"fields": PAY_FIELDS}),
            ("Rule weights (points off 100) and switches", {"fields": rules}),
        ]

    def has_delete_permission(self, request, obj=None):
        return False  # stored scores name their version: history is never deleted

    def has_change_permission(self, request, obj=None):
        # Only the active version can be "edited" (i.e. used as the base of a new one).
        return super().has_change_permission(request, obj) and (obj is None or obj.is_active)

    @admin.display(description="latest re-score")
    def latest_job(self, obj):
        job = RescoreJob.objects.filter(rules_version=obj.version).order_by("-pk").first()
        if job is None:
            return "—"
        url = reverse("admin:scoring_rescorejob_change", args=[job.pk])
        return format_html('<a href="{}">{}</a> {}', url, job.get_status_display(), progress_bar(job))

    def save_model(self, request, obj, form, change):
        request._published = services.rule_set_publish(
            values=form.values(), weights=form.weights(), by=request.user, note=form.cleaned_data["note"]
        )

    def save_related(self, request, form, formsets, change):
        pass

    def log_change(self, request, obj, message):
        return super().log_addition(request, request._published, message)

    def log_addition(self, request, obj, message):
        return super().log_addition(request, request._published, message)

    def _published_response(self, request):
        new = request._published
        self.message_user(
            request,
            f"Published rule set v{new.version}; every listing is being re-scored in the background.",
            messages.SUCCESS,
        )
        return HttpResponseRedirect(reverse("admin:scoring_ruleset_changelist"))

    def response_change(self, request, obj):
        return self._published_response(request)

    def response_add(self, request, obj, post_url_continue=None):
        return self._published_response(request)

    def get_changeform_initial_data(self, request):
        active = RuleSet.objects.filter(is_active=True).first()
        return {name: getattr(active, name) for name in VALUE_FIELDS} if active else {}


@admin.register(RescoreJob)
class RescoreJobAdmin(admin.ModelAdmin):
    list_display = [
        "id",
        "reason",
        "rules_version",
        "employer",
        "status",
        "progress",
        "updated",
        "created_at",
        "finished_at",
    ]
    list_filter = ["status", "reason"]
    readonly_fields = [
        "reason",
        "rules_version",
        "employer",
        "status",
        "progress",
        "total",
        "done",
        "updated",
        "errors_list",
        "created_at",
        "finished_at",
    ]
    exclude = ["errors"]

    @admin.display(description="progress")
    def progress(self, obj):
        return progress_bar(obj)

    @admin.display(description="errors")
    def errors_list(self, obj):
        return "\n".join(obj.errors) or "none"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
