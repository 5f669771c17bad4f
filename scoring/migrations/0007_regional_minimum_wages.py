"""Seeds the regional minimum wages added in this release (scoring.pay_regions): every Canadian province and
territory, Philippine call-centre regions outside Metro Manila, Indian call-centre states, and more U.S. states.
Only places the table does not have yet are added, with the code's figures as of this release, so a place a
superuser already added keeps its figures. Stored scores are not recomputed here: the next rule-set publication
or re-score job brings listings in these places to the new figures (a new database gets them from 0005)."""

from django.db import migrations

NEW_PLACES = (
    *("CA-AB", "CA-BC", "CA-MB", "CA-NB", "CA-NL", "CA-NS", "CA-NT", "CA-NU", "CA-PE", "CA-QC", "CA-SK", "CA-YT"),
    *("PH-03", "PH-06", "PH-07", "PH-11", "PH-40"),
    *("IN-HR", "IN-KA", "IN-MH", "IN-TS", "IN-UP"),
    *("US-AK", "US-AR", "US-CO", "US-DE", "US-FL", "US-GA", "US-IL", "US-MA", "US-MD", "US-NC", "US-NM", "US-NV"),
    *("US-PA", "US-TX", "US-WV"),
)


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
    dependencies = [("scoring", "0006_philippine_far_above_market")]

    operations = [migrations.RunPython(seed, unseed)]
