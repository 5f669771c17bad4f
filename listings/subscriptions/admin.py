"""Moderators see subscribers, deliveries and failures. Deliveries are a record: nobody edits them."""

from django.contrib import admin, messages

from listings.exceptions import InvalidTransition
from listings.subscriptions import services
from listings.subscriptions.models import Delivery, Subscriber, SubscriberStatusChange


class DeliveryInline(admin.TabularInline):
    model = Delivery
    extra = 0
    can_delete = False
    fields = ["iso_year", "iso_week", "status", "sent_at", "listing_count", "attempts", "error"]
    readonly_fields = fields
    ordering = ["-iso_year", "-iso_week"]
    max_num = 0
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class SubscriberStatusChangeInline(admin.TabularInline):
    model = SubscriberStatusChange
    extra = 0
    can_delete = False
    fields = ["changed_at", "from_status", "to_status", "changed_by", "note"]
    readonly_fields = fields
    max_num = 0

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


def _set_status(modeladmin, request, queryset, status: str, done: str):
    changed, refused = 0, []
    for subscriber in queryset:
        try:
            services.subscriber_set_status_by_moderator(
                subscriber=subscriber, status=status, by=request.user, note="Admin action"
            )
            changed += 1
        except InvalidTransition:
            refused.append(subscriber.email)
    if changed:
        modeladmin.message_user(request, f"{changed} subscription(s) {done}.", messages.SUCCESS)
    if refused:
        modeladmin.message_user(
            request, f"Not changed (not allowed from their status): {', '.join(refused)}", messages.WARNING
        )


@admin.action(description="Unsubscribe the selected addresses", permissions=["change"])
def unsubscribe_selected(modeladmin, request, queryset):
    _set_status(modeladmin, request, queryset, Subscriber.Status.UNSUBSCRIBED, "unsubscribed")


@admin.action(description="Disable the selected addresses (mail bounces)", permissions=["change"])
def disable_selected(modeladmin, request, queryset):
    _set_status(modeladmin, request, queryset, Subscriber.Status.DISABLED, "disabled")


@admin.register(Subscriber)
class SubscriberAdmin(admin.ModelAdmin):
    list_display = ["email", "status", "created_at", "confirmed_at", "min_score", "region", "hard_failures"]
    list_filter = ["status", "created_at", "confirmed_at", ("hard_failures", admin.AllValuesFieldListFilter)]
    search_fields = ["email"]
    date_hierarchy = "created_at"
    list_select_related = ["region"]
    raw_id_fields = ["region"]
    actions = [unsubscribe_selected, disable_selected]
    # Status changes go through the actions (services, transition map, a record); only the subscriber's
    # own double opt-in can confirm an address or bring an unsubscribed one back.
    readonly_fields = [
        "email",
        "status",
        "created_at",
        "confirmation_sent_at",
        "confirmed_at",
        "unsubscribed_at",
        "hard_failures",
        "last_failure",
        "last_failure_at",
    ]
    fieldsets = [
        (None, {"fields": ["email", "status"]}),
        ("Preferences", {"fields": ["work_types", "region", "min_score", "verdicts"]}),
        (
            "History and failures",
            {
                "fields": [
                    "created_at",
                    "confirmation_sent_at",
                    "confirmed_at",
                    "unsubscribed_at",
                    "hard_failures",
                    "last_failure",
                    "last_failure_at",
                ]
            },
        ),
    ]
    inlines = [SubscriberStatusChangeInline, DeliveryInline]

    def has_add_permission(self, request):
        return False  # addresses come only through double opt-in


@admin.register(Delivery)
class DeliveryAdmin(admin.ModelAdmin):
    list_display = [
        "subscriber",
        "iso_year",
        "iso_week",
        "status",
        "sent_at",
        "listing_count",
        "attempts",
        "short_error",
    ]
    list_filter = ["status", "iso_year", "iso_week"]
    search_fields = ["subscriber__email"]
    list_select_related = ["subscriber"]
    readonly_fields = [
        "subscriber",
        "iso_year",
        "iso_week",
        "status",
        "created_at",
        "sent_at",
        "listing_count",
        "attempts",
        "error",
    ]

    @admin.display(description="error")
    def short_error(self, obj):
        return obj.error[:80]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
