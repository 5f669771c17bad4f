"""Saved results: moderators can look at one (for instance after a report naming its link) and delete it."""

from django.contrib import admin
from django.utils.html import format_html

from listings.models import SavedCheck, Verdict


@admin.register(SavedCheck)
class SavedCheckAdmin(admin.ModelAdmin):
    list_display = ["__str__", "verdict_label", "rules_version", "checked_at", "expires_at"]
    list_filter = ["expires_at"]
    search_fields = ["public_id"]
    fields = ["page", "verdict_label", "rules_version", "checked_at", "created_at", "expires_at"]
    readonly_fields = fields

    @admin.display(description="Public page")
    def page(self, obj):
        return format_html('<a href="{}" rel="noopener">{}</a>', obj.get_absolute_url(), obj.get_absolute_url())

    @admin.display(description="Verdict")
    def verdict_label(self, obj):
        return Verdict(obj.verdict).label if obj.verdict in Verdict.values else obj.verdict

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
