"""The Philippine "far above market" figure rises from ₱30,000 to ₱40,000 a month: ₱30,000 is the top of the
usual ₱20,000–30,000 with allowances (local-pay.md), common for night-shift technical support, not bait. A place
a moderator has already changed keeps its figures; the change is recorded in the place's history like a
moderator's edit (listings are re-scored by the next rule-set publication or re-score job)."""

from decimal import Decimal

from django.db import migrations
from django.utils import timezone

OLD = (Decimal("30000"), "₱30,000 a month, the top of usual agent pay with allowances")
NEW = (Decimal("40000"), "₱40,000 a month, well above the ₱20,000–30,000 agents usually earn with allowances")


def raise_figure(apps, schema_editor):
    Figure = apps.get_model("scoring", "LocalPayFigure")
    Change = apps.get_model("scoring", "LocalPayChange")
    for figure in Figure.objects.filter(place="PH", far_above=OLD[0], far_above_text=OLD[1]):
        figure.far_above, figure.far_above_text = NEW
        figure.save(update_fields=["far_above", "far_above_text"])
        Change.objects.create(
            figure=figure,
            changes={"far_above": [str(OLD[0]), str(NEW[0])], "far_above_text": list((OLD[1], NEW[1]))},
            note="Release: ₱30,000 is the top of usual agent pay with allowances, not far above it.",
            changed_at=timezone.now(),
        )


def lower_figure(apps, schema_editor):
    Figure = apps.get_model("scoring", "LocalPayFigure")
    Figure.objects.filter(place="PH", far_above=NEW[0], far_above_text=NEW[1]).update(
        far_above=OLD[0], far_above_text=OLD[1]
    )


class Migration(migrations.Migration):
    dependencies = [("scoring", "0005_local_pay_figures")]

    operations = [migrations.RunPython(raise_figure, lower_figure)]
