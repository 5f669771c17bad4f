from django.apps import AppConfig


class SubscriptionsConfig(AppConfig):
    name = "listings.subscriptions"
    label = "subscriptions"
    verbose_name = "Weekly digest subscriptions"
