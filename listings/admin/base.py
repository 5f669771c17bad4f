"""Pieces shared by the moderators' admin pages."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.template.response import TemplateResponse

from listings.exceptions import InvalidTransition
from listings.models import StatusChange


class StatusChangeInline(admin.TabularInline):
    """The record of every status change, read-only, on the object it concerns."""

    model = StatusChange
    extra = 0
    can_delete = False
    fields = ["changed_at", "changed_by", "from_status", "to_status", "note"]
    readonly_fields = fields
    verbose_name = "status change"
    verbose_name_plural = "Status history"

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class StatusChangeForm(forms.ModelForm):
    """Adds "change status to" + a note to a change form; the admin applies it through a service."""

    new_status = forms.ChoiceField(label="Change status to", required=False)
    status_note = forms.CharField(
        label="Note for the status change", required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["new_status"].choices = transition_choices(
            self.instance if self.instance.pk else None, "— keep the current status —"
        )


def transition_choices(obj, keep_label: str) -> list[tuple[str, str]]:
    """ "Keep" first, then the statuses `obj` may move to by its model's transition map (none for no object)."""
    allowed = type(obj).TRANSITIONS.get(obj.status, ()) if obj is not None else ()
    statuses = type(obj).Status.choices if obj is not None else []
    return [("", keep_label)] + [(value, label) for value, label in statuses if value in allowed]


def apply_status(modeladmin, request, objects, status, service, *, note=""):
    """Run a status service on each object; report what changed and what the transition map refused."""
    done, refused = 0, []
    for obj in objects:
        try:
            service(obj, status=status, by=request.user, note=note)
            done += 1
        except InvalidTransition as exc:
            refused.append(f"{obj}: {exc}")
    if done:
        modeladmin.message_user(request, f"{done} changed to “{status}”.", messages.SUCCESS)
    for line in refused:
        modeladmin.message_user(request, line, messages.WARNING)


class BulkNoteForm(forms.Form):
    note = forms.CharField(
        label="Why (recorded on every one of them)",
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3, "cols": 60}),
        help_text="Required: the status history shows it to the next moderator.",
    )


def _allowed(obj, status: str) -> bool:
    transitions = getattr(obj, "TRANSITIONS", None) or getattr(obj, "MODERATOR_TRANSITIONS", None)
    return transitions is None or status in transitions.get(obj.status, ())


def status_action(status: str, label: str, service, *, note: str = "", permissions=None):
    """An admin action that first shows what will change and asks for a note, then changes each object through
    `service` with that note recorded; objects whose status cannot move there are listed and left alone."""

    def action(modeladmin, request, queryset):
        form = BulkNoteForm(request.POST if request.POST.get("confirm") == "yes" else None, initial={"note": note})
        if form.is_bound and form.is_valid():
            apply_status(modeladmin, request, queryset, status, service, note=form.cleaned_data["note"])
            return None
        objects = list(queryset)
        opts = modeladmin.model._meta
        return TemplateResponse(
            request,
            "admin/status_confirm.html",
            {
                **modeladmin.admin_site.each_context(request),
                "title": f"{label}?",
                "opts": opts,
                "action": action.__name__,
                "label": label,
                "to_status": dict(modeladmin.model.Status.choices).get(status, status),
                "rows": [(obj, _allowed(obj, status)) for obj in objects],
                "changing": sum(_allowed(obj, status) for obj in objects),
                "form": form,
                "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            },
        )

    action.__name__ = f"mark_{status}"
    return admin.action(description=label, permissions=permissions)(action)
