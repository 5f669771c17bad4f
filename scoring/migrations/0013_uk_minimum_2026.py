"""The U.K.'s legal minimum rises from £12.21 to £12.71 an hour: the National Living Wage (age 21 and over) from
2026-04-01, the Low Pay Commission's recommendation the government accepted in November 2025. Only the seeded row
that still holds the old figure and words is changed, so a moderator's own figure stays; the change is recorded in
the place's history like a moderator's edit (listings are re-scored by the next rule-set publication or re-score
job)."""

from datetime import date
from decimal import Decimal

from django.db import migrations
from django.utils import timezone

OLD = (
    Decimal("12.21"),
    "£12.21 an hour (National Living Wage, age 21 and over)",
    "GOV.UK National Minimum Wage rates from 2025-04-01; U.K. call-centre agent vacancies",
    date(2025, 4, 1),
)
NEW = (
    Decimal("12.71"),
    "£12.71 an hour (National Living Wage, age 21 and over)",
    "National Minimum Wage rates from 2026-04-01 (the Low Pay Commission's recommendations, accepted by the government "
    "in November 2025); U.K. call-centre agent vacancies",
    date(2026, 4, 1),
)
FIELDS = ("minimum", "minimum_text", "source", "as_of")


def _move(apps, old, new, note):
    Figure = apps.get_model("scoring", "LocalPayFigure")
    Change = apps.get_model("scoring", "LocalPayChange")
    old, new = dict(zip(FIELDS, old, strict=True)), dict(zip(FIELDS, new, strict=True))
    for figure in Figure.objects.filter(place="GB", minimum=old["minimum"], minimum_text=old["minimum_text"]):
        # the source and date follow only where a moderator has not rewritten them
        changed = [name for name in FIELDS if getattr(figure, name) == old[name]]
        changes = {name: [str(old[name]), str(new[name])] for name in changed}
        for name in changed:
            setattr(figure, name, new[name])
        figure.save(update_fields=changed)
        Change.objects.create(figure=figure, changes=changes, note=note, changed_at=timezone.now())


def raise_minimum(apps, schema_editor):
    _move(apps, OLD, NEW, "Release: the National Living Wage is £12.71 an hour from 2026-04-01.")


def lower_minimum(apps, schema_editor):
    _move(apps, NEW, OLD, "Release undone: back to the 2025-04-01 National Living Wage.")


class Migration(migrations.Migration):
    dependencies = [("scoring", "0012_australian_far_above_market")]

    operations = [migrations.RunPython(raise_minimum, lower_minimum)]
