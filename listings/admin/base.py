"""Pieces shared by the moderators' admin pages."""

from django import forms
from django.contrib import admin, messages

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
        model = self._meta.model
        current = self.instance.status if self.instance.pk else None
        allowed = model.TRANSITIONS.get(current, ()) if current else ()
        self.fields["new_status"].choices = [("", "— keep the current status —")] + [
            (value, label) for value, label in model.Status.choices if value in allowed
        ]


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


def status_action(status: str, label: str, service, *, note: str = "", permissions=None):
    def action(modeladmin, request, queryset):
        apply_status(modeladmin, request, queryset, status, service, note=note)

    action.__name__ = f"mark_{status}"
    return admin.action(description=label, permissions=permissions)(action)
