from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _sync_moderators_group(sender, **kwargs):
    from listings.moderators import moderators_group_sync

    moderators_group_sync()


class ListingsConfig(AppConfig):
    name = "listings"
    verbose_name = "Employers and listings"

    def ready(self):
        from listings import checks  # noqa: F401  (registers the system checks)

        # Permissions only exist after migrate has run, so the group is kept in step right after it.
        post_migrate.connect(_sync_moderators_group, dispatch_uid="listings.moderators_group")
