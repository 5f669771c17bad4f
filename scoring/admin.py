from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join

from listings.fields import PlainFormField
from scoring import services
from scoring.checklist import CHECKLIST
from scoring.forms import RuleSetForm, enabled_field, points_field
from scoring.models import (
    PAY_FIELDS,
    THRESHOLD_FIELDS,
    VALUE_FIELDS,
    ImpactPreview,
    LocalPayChange,
    LocalPayFigure,
    RescoreJob,
    RuleSet,
)
from scoring.pay_figures import FIGURE_FIELDS
from scoring.vocabulary import Verdict


def progress_bar(job, noun: str = ""):
    """A re-score job's or an impact preview's progress: a bar, then "done / total [noun] (percent%)"."""
    return format_html(
        '<progress value="{}" max="{}">{}%</progress> {} / {}{} ({}%)',
        job.done,
        job.total or 1,
        job.percent,
        job.done,
        job.total,
        f" {noun}" if noun else "",
        job.percent,
    )


@admin.register(RuleSet)
class RuleSetAdmin(admin.ModelAdmin):
    """Every save publishes a new version and re-scores all listings; old versions stay as history."""

    form = RuleSetForm
    list_display = ["version", "is_active", "note", "created_by", "created_at", "latest_job"]
    readonly_fields = ["version", "is_active", "created_by", "created_at", "latest_job"]

    def get_fieldsets(self, request, obj=None):
        # Rules grouped by the checklist question they apply, each group folded: the form is scanned, not scrolled.
        by_question: dict[str, list[str]] = {}
        for spec in CHECKLIST:
            by_question.setdefault(spec.faq, []).extend((points_field(spec.id), enabled_field(spec.id)))
        return [
            (None, {"fields": ["version", "is_active", "note", "latest_job"]}),
            ("Verdict", {"fields": THRESHOLD_FIELDS}),
            ("Pay estimate assumptions (Q6, Q8)", {"fields": PAY_FIELDS, "classes": ["collapse"]}),
            *(
                (f"Rules of {faq_title(faq)}", {"fields": fields, "classes": ["collapse"]})
                for faq, fields in by_question.items()
            ),
        ]

    def has_delete_permission(self, request, obj=None):
        return False  # stored scores name their version: history is never deleted

    def has_change_permission(self, request, obj=None):
        # Only the active version can be "edited" (i.e. used as the base of a new one).
        return super().has_change_permission(request, obj) and (obj is None or obj.is_active)

    @admin.display(description="latest re-score")
    def latest_job(self, obj):
        return job_link(RescoreJob.objects.filter(rules_version=obj.version).order_by("-pk").first())

    def save_model(self, request, obj, form, change):
        if "_preview" in request.POST:  # see what the draft would change first; publishing is a separate step
            request._preview = services.impact_preview_start(
                values=form.values(), weights=form.weights(), by=request.user, note=form.cleaned_data["note"]
            )
            return
        request._published = services.rule_set_publish(
            values=form.values(), weights=form.weights(), by=request.user, note=form.cleaned_data["note"]
        )

    def save_related(self, request, form, formsets, change):
        pass

    def log_change(self, request, obj, message):
        if hasattr(request, "_published"):
            return super().log_addition(request, request._published, message)
        return None

    def log_addition(self, request, obj, message):
        return self.log_change(request, obj, message)

    def _published_response(self, request):
        if hasattr(request, "_preview"):
            return HttpResponseRedirect(reverse("admin:scoring_impactpreview_change", args=[request._preview.pk]))
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


def faq_title(faq: str) -> str:
    return "beyond the FAQ" if faq == "beyond_faq" else faq


VERDICT_LABELS = dict(Verdict.choices)


def _listing_link(row) -> str:
    pk, title, old_score, new_score, old_verdict, new_verdict = row
    return format_html(
        '<a href="{}">{}</a>: {} ({}) → {} ({})',
        reverse("admin:listings_listing_change", args=[pk]),
        title,
        old_score,
        VERDICT_LABELS.get(old_verdict, old_verdict or "not scored"),
        new_score,
        VERDICT_LABELS.get(new_verdict, new_verdict),
    )


@admin.register(ImpactPreview)
class ImpactPreviewAdmin(admin.ModelAdmin):
    """A draft rule set's impact on every listing, computed in the background; publish it from here."""

    change_form_template = "admin/scoring/impactpreview/change_form.html"
    list_display = ["id", "note", "base_version", "status", "progress", "published_version", "created_by", "created_at"]
    fields = [
        "note",
        "base_version",
        "status",
        "progress",
        "band_change_table",
        "largest_change_list",
        "new_scam_list",
        "error",
        "published_version",
        "created_by",
        "created_at",
        "finished_at",
    ]
    readonly_fields = fields

    @admin.display(description="progress")
    def progress(self, obj):
        return progress_bar(obj, "listings")

    @staticmethod
    def _nothing(obj) -> str:
        """An empty result: "none" once the preview is done, "—" while it is still to come."""
        return "none" if obj.status == ImpactPreview.Status.DONE else "—"

    @admin.display(description="listings that would change band (from → to)")
    def band_change_table(self, obj):
        rows = [
            (VERDICT_LABELS.get(old, old or "not scored"), VERDICT_LABELS.get(new, new), count)
            for old, targets in sorted(obj.band_changes.items())
            for new, count in sorted(targets.items())
        ]
        if not rows:
            return self._nothing(obj)
        return format_html(
            "<table><thead><tr><th>from</th><th>to</th><th>listings</th></tr></thead><tbody>{}</tbody></table>",
            format_html_join("", "<tr><td>{}</td><td>{}</td><td>{}</td></tr>", rows),
        )

    @admin.display(description="largest score changes")
    def largest_change_list(self, obj):
        if not obj.largest_changes:
            return self._nothing(obj)
        return format_html(
            "<ol>{}</ol>", format_html_join("", "<li>{}</li>", ((_listing_link(r),) for r in obj.largest_changes))
        )

    @admin.display(description="listings that would become “Likely scam”")
    def new_scam_list(self, obj):
        if not obj.new_scams:
            return self._nothing(obj)
        return format_html(
            "<ul>{}</ul>", format_html_join("", "<li>{}</li>", ((_listing_link(r),) for r in obj.new_scams))
        )

    def has_add_permission(self, request):
        return False  # made from the rule set's form ("Preview the impact")

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_urls(self):
        publish = path(
            "<int:pk>/publish/", self.admin_site.admin_view(self.publish_view), name="scoring_impactpreview_publish"
        )
        return [publish, *super().get_urls()]

    def publish_view(self, request, pk):
        preview = get_object_or_404(ImpactPreview, pk=pk)
        if request.method != "POST" or not request.user.has_perm("scoring.add_ruleset"):
            raise PermissionDenied
        if preview.published_version is not None or preview.status != ImpactPreview.Status.DONE:
            self.message_user(
                request, "This draft is already published, or its preview has not finished.", messages.ERROR
            )
            return HttpResponseRedirect(reverse("admin:scoring_impactpreview_change", args=[pk]))
        rule_set = services.impact_preview_publish(preview=preview, by=request.user)
        self.message_user(
            request, f"Published rule set v{rule_set.version}; every listing is being re-scored.", messages.SUCCESS
        )
        job = RescoreJob.objects.filter(rules_version=rule_set.version).order_by("-pk").first()
        return HttpResponseRedirect(reverse("admin:scoring_rescorejob_change", args=[job.pk]))

    def render_change_form(self, request, context, *args, **kwargs):
        preview = context.get("original")
        context["running"] = preview is not None and preview.status in (
            ImpactPreview.Status.QUEUED,
            ImpactPreview.Status.RUNNING,
        )
        context["can_publish"] = (
            preview is not None
            and preview.status == ImpactPreview.Status.DONE
            and preview.published_version is None
            and request.user.has_perm("scoring.add_ruleset")
        )
        return super().render_change_form(request, context, *args, **kwargs)


@admin.register(RescoreJob)
class RescoreJobAdmin(admin.ModelAdmin):
    list_display = [
        "id",
        "reason",
        "rules_version",
        "employer",
        "local_pay_place",
        "exchange_currency",
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
        "local_pay_place",
        "local_pay_currencies",
        "exchange_currency",
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


def job_link(job):
    """A re-score job as a link to its page, with its status and progress bar."""
    if job is None:
        return "—"
    url = reverse("admin:scoring_rescorejob_change", args=[job.pk])
    return format_html('<a href="{}">{}</a> {}', url, job.get_status_display(), progress_bar(job))


class ChangeHistoryInline(admin.TabularInline):
    """Every change to a moderator-kept figure, read-only: who, when, old → new, why, and the re-score it started.
    A subclass names its change model, the model whose figures change and their fields."""

    extra = 0
    can_delete = False
    fields = ["changed_at", "changed_by", "what_changed", "note", "rescore"]
    readonly_fields = fields
    verbose_name = "change"
    verbose_name_plural = "History of changes"
    figure_model = None  # the model whose fields the changes name (for their labels)
    figure_fields: tuple[str, ...] = ()

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description="what changed (old → new)")
    def what_changed(self, obj):
        labels = {name: self.figure_model._meta.get_field(name).verbose_name for name in self.figure_fields}
        return format_html_join(
            "",
            "<div>{}: {} → {}</div>",
            ((labels.get(name, name), old or "—", new or "—") for name, (old, new) in obj.changes.items()),
        )

    @admin.display(description="re-score")
    def rescore(self, obj):
        return job_link(obj.rescore_job)


class LocalPayChangeInline(ChangeHistoryInline):
    model = LocalPayChange
    figure_model = LocalPayFigure
    figure_fields = FIGURE_FIELDS


class LocalPayFigureForm(forms.ModelForm):
    note = PlainFormField(
        label="what changed and why",
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Required, kept in the history with your name: “Wage Order NCR-27 in force 2026-07-18”.",
    )

    class Meta:
        model = LocalPayFigure
        fields = list(FIGURE_FIELDS)


@admin.register(LocalPayFigure)
class LocalPayFigureAdmin(admin.ModelAdmin):
    """Each place's minimum wage and market pay. A change is recorded with its note and re-scores, in the
    background, the listings paid in that currency that could use the place's figures."""

    form = LocalPayFigureForm
    list_display = ["place", "name", "currency", "minimum_stated", "far_above_stated", "as_of", "updated_at"]
    list_filter = ["currency"]
    search_fields = ["place", "name", "source"]
    inlines = [LocalPayChangeInline]
    fieldsets = [
        (None, {"fields": ["place", "name", "currency"]}),
        ("Legal minimum", {"fields": ["minimum", "minimum_per", "homeworker_minimum", "minimum_text"]}),
        ("Far above market", {"fields": ["far_above", "far_above_per", "far_above_text"]}),
        ("Source", {"fields": ["source", "as_of"]}),
        ("Your change", {"fields": ["note"]}),
    ]

    @admin.display(description="legal minimum")
    def minimum_stated(self, obj):
        return _stated(obj.minimum, obj.get_minimum_per_display())

    @admin.display(description="far above market")
    def far_above_stated(self, obj):
        return _stated(obj.far_above, obj.get_far_above_per_display())

    def get_readonly_fields(self, request, obj=None):
        return ["place"] if obj else []  # a place's code never changes; its figures do

    def has_delete_permission(self, request, obj=None):
        return False  # listings' findings quote the figures, and the history belongs to the place

    def save_model(self, request, obj, form, change):
        request._pay_change = services.local_pay_save(figure=obj, note=form.cleaned_data["note"], by=request.user)

    def log_change(self, request, obj, message):
        if request._pay_change is not None:  # Django's own history: a saved change only
            return super().log_change(request, obj, message)
        return None

    def response_change(self, request, obj):
        if request._pay_change is None:
            self.message_user(request, f"Nothing changed in the figures for {obj}; nothing saved.", messages.INFO)
            return HttpResponseRedirect(reverse("admin:scoring_localpayfigure_change", args=[obj.pk]))
        self.message_user(
            request,
            f"Saved the figures for {obj}. The listings they apply to are being re-scored in the background.",
            messages.SUCCESS,
        )
        return HttpResponseRedirect(reverse("admin:scoring_localpayfigure_changelist"))


def _stated(amount, per: str) -> str:
    return "—" if amount is None else f"{amount:,} {per}"


# The exchange rates, beside the local pay figures (their own module: this one is long enough).
from scoring import admin_rates  # noqa: E402, F401
