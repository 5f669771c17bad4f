"""Moderators see subscribers, deliveries and failures. Deliveries are a record: nobody edits them."""

from django.contrib import admin

from listings.admin.base import StatusChangeInline, status_action
from listings.subscriptions import services
from listings.subscriptions.filters import filter_labels
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


class SubscriberStatusChangeInline(StatusChangeInline):
    model = SubscriberStatusChange


def _set_status(subscriber, *, status, by, note):
    services.subscriber_set_status_by_moderator(subscriber=subscriber, status=status, by=by, note=note)


@admin.register(Subscriber)
class SubscriberAdmin(admin.ModelAdmin):
    list_display = ["email", "status", "created_at", "confirmed_at", "min_score", "region", "hard_failures"]
    list_filter = ["status", "created_at", "confirmed_at", ("hard_failures", admin.AllValuesFieldListFilter)]
    search_fields = ["email"]
    date_hierarchy = "created_at"
    list_select_related = ["region"]
    raw_id_fields = ["region"]
    actions = [
        status_action(Subscriber.Status.UNSUBSCRIBED, "Unsubscribe the selected addresses", _set_status,
                      note="Admin action", permissions=["change"]),
        status_action(Subscriber.Status.DISABLED, "Disable the selected addresses (mail bounces)", _set_status,
                      note="Admin action", permissions=["change"]),
    ]  # fmt: skip
    # Status changes go through the actions (services, transition map, a record); only the subscriber's
    # own double opt-in can confirm an address or bring an unsubscribed one back.
    readonly_fields = [
        "every_filter",
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
        ("Preferences", {"fields": ["work_types", "region", "min_score", "verdicts", "every_filter"]}),
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

    @admin.display(description="every filter, as the digest applies it")
    def every_filter(self, obj):
        # The other browse filters (search words, pay basis, no fees…) come only from the subscriber's own
        # form, checked by the browse filter form; shown here, not edited.
        return "; ".join(filter_labels(obj)) or "none"

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
