"""The South African "far above market" figure rises from R15,000 to R22,500 a month: R15,000 is the top of the
usual R5,000–15,000 basic (local-pay.md), which bilingual and technical agents earn, not bait; the other
countries' figures sit about half again above the top of their usual pay, as this one now does. A place a
moderator has already changed keeps its figures; the change is recorded in the place's history like a
moderator's edit (listings are re-scored by the next rule-set publication or re-score job)."""

from decimal import Decimal

from django.db import migrations
from django.utils import timezone

OLD = (Decimal("15000"), "R15,000 a month, the top of usual agent pay")
NEW = (Decimal("22500"), "R22,500 a month, half again the R15,000 top of usual agent pay")


def raise_figure(apps, schema_editor):
    Figure = apps.get_model("scoring", "LocalPayFigure")
    Change = apps.get_model("scoring", "LocalPayChange")
    for figure in Figure.objects.filter(place="ZA", far_above=OLD[0], far_above_text=OLD[1]):
        figure.far_above, figure.far_above_text = NEW
        figure.save(update_fields=["far_above", "far_above_text"])
        Change.objects.create(
            figure=figure,
            changes={"far_above": [str(OLD[0]), str(NEW[0])], "far_above_text": list((OLD[1], NEW[1]))},
            note="Release: R15,000 is the top of usual agent pay, not far above it.",
            changed_at=timezone.now(),
        )


def lower_figure(apps, schema_editor):
    Figure = apps.get_model("scoring", "LocalPayFigure")
    Figure.objects.filter(place="ZA", far_above=NEW[0], far_above_text=NEW[1]).update(
        far_above=OLD[0], far_above_text=OLD[1]
    )


class Migration(migrations.Migration):
    dependencies = [("scoring", "0009_oregon_tamil_nadu_belgium")]

    operations = [migrations.RunPython(raise_figure, lower_figure)]
