"""Seeds the minimum wages added in this release (scoring.pay_regions, scoring.pay_references): Oregon (its standard
tier as the state's row), Tamil Nadu (the clerical class of zone A: Chennai, Coimbatore) and Belgium (the GMMI over
a 38-hour week). Only places the table does not have yet are added, with the code's figures as of this release, so
a place a superuser already added keeps its figures. Stored scores are not recomputed here: the next rule-set
publication or re-score job brings listings in these places to the new figures."""

from django.db import migrations

NEW_PLACES = ("US-OR", "IN-TN", "BE")


def seed(apps, schema_editor):
    from scoring.pay_references import CODE_FIGURES

    figure = apps.get_model("scoring", "LocalPayFigure")
    names = {f.name for f in figure._meta.fields}
    new = [CODE_FIGURES.by_place[place] for place in NEW_PLACES]
    figure.objects.bulk_create(
        [figure(**{k: v for k, v in ref.stated().items() if k in names}) for ref in new], ignore_conflicts=True
    )


def unseed(apps, schema_editor):
    # Only rows nobody has changed since: a place with a history of changes is a moderator's now.
    figure = apps.get_model("scoring", "LocalPayFigure")
    figure.objects.filter(place__in=NEW_PLACES, changes__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [("scoring", "0008_exchange_rates")]

    operations = [migrations.RunPython(seed, unseed)]
