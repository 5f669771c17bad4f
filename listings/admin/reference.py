from django.contrib import admin

from listings.models import Region, ReportingChannel, WorkType


@admin.register(Region)
class RegionAdmin(admin.ModelAdmin):
    """Searchable so that moderators pick hiring regions by name or ISO code."""

    list_display = ["code", "name", "kind", "parent"]
    list_filter = ["kind"]
    search_fields = ["code", "name"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(WorkType)
class WorkTypeAdmin(RegionAdmin):
    list_display = ["code"]
    list_filter = []
    search_fields = ["code"]


@admin.register(ReportingChannel)
class ReportingChannelAdmin(admin.ModelAdmin):
    """Where seekers who already paid report the scam (the "Already paid?" page); agencies rename and renumber."""

    list_display = ["name", "country", "phone", "url", "position", "updated_at"]
    list_editable = ["position"]
    list_filter = ["country"]
    search_fields = ["name", "what_it_takes"]
