from django.core.management.base import BaseCommand

from listings.moderators import moderators_group_sync


class Command(BaseCommand):
    help = "Create the Moderators group, or reset it to exactly the permissions moderators need."

    def handle(self, *args, **options):
        group = moderators_group_sync()
        self.stdout.write(f"{group.name}: {group.permissions.count()} permissions.")
