"""Australia gets a "far above market" figure: A$55 an hour, well above the A$35 an hour median of call or contact
centre workers (Jobs and Skills Australia, ANZSCO 5411, from the ABS survey of May 2023). Until now it had none,
and three times the minimum (about A$79) let "A$65 an hour, no experience, no interview" through. Only the seeded
row that still has no figure is changed, so a moderator's own figure stays; the change is recorded in the place's
history like a moderator's edit (listings are re-scored by the next rule-set publication or re-score job)."""

from decimal import Decimal

from django.db import migrations
from django.utils import timezone

NEW = (Decimal("55.00"), "hour", "well above the A$35 an hour median of Australian call or contact centre workers")


def add_figure(apps, schema_editor):
    Figure = apps.get_model("scoring", "LocalPayFigure")
    Change = apps.get_model("scoring", "LocalPayChange")
    for figure in Figure.objects.filter(place="AU", far_above__isnull=True, far_above_text=""):
        figure.far_above, figure.far_above_per, figure.far_above_text = NEW
        figure.save(update_fields=["far_above", "far_above_per", "far_above_text"])
        Change.objects.create(
            figure=figure,
            changes={"far_above": [None, str(NEW[0])], "far_above_text": ["", NEW[2]]},
            note="Release: A$35 an hour is the median agent's pay; three times the minimum let bait pay through.",
            changed_at=timezone.now(),
        )


def remove_figure(apps, schema_editor):
    Figure = apps.get_model("scoring", "LocalPayFigure")
    Figure.objects.filter(place="AU", far_above=NEW[0], far_above_text=NEW[2]).update(
        far_above=None, far_above_text=""
    )


class Migration(migrations.Migration):
    dependencies = [("scoring", "0011_australia_new_zealand")]

    operations = [migrations.RunPython(add_figure, remove_figure)]
