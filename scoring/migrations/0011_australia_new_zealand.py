"""Seeds the minimum wages and exchange rates added in this release: Australia (the national minimum wage from the
Fair Work Commission's 2025-26 review) and New Zealand (the adult minimum wage from 2026-04-01), and the Australian
and New Zealand dollars' rates (the European Central Bank's reference rates of 2025-02-28, crossed through the
euro). Only places and currencies the tables do not have yet are added, so a row a superuser already added keeps
its figures. Stored scores are not recomputed here: the next rule-set publication or re-score job does."""

from django.db import migrations

NEW_PLACES = ("AU", "NZ")
NEW_CURRENCIES = ("AUD", "NZD")


def seed(apps, schema_editor):
    from scoring.exchange import CODE_RATES
    from scoring.pay_references import CODE_FIGURES

    figure = apps.get_model("scoring", "LocalPayFigure")
    names = {f.name for f in figure._meta.fields}
    figure.objects.bulk_create(
        [
            figure(**{k: v for k, v in CODE_FIGURES.by_place[place].stated().items() if k in names})
            for place in NEW_PLACES
        ],
        ignore_conflicts=True,
    )
    rate = apps.get_model("scoring", "ExchangeRate")
    rate.objects.bulk_create(
        [
            rate(currency=r.currency, per_usd=r.per_usd, as_of=r.as_of, source=r.source)
            for r in CODE_RATES
            if r.currency in NEW_CURRENCIES
        ],
        ignore_conflicts=True,
    )


def unseed(apps, schema_editor):
    # Only rows nobody has changed since: a row with a history of changes is a moderator's now.
    apps.get_model("scoring", "LocalPayFigure").objects.filter(place__in=NEW_PLACES, changes__isnull=True).delete()
    apps.get_model("scoring", "ExchangeRate").objects.filter(
        currency__in=NEW_CURRENCIES, changes__isnull=True
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("scoring", "0010_south_african_far_above_market")]

    operations = [migrations.RunPython(seed, unseed)]
