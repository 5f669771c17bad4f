"""Pay as a multiple of the local minimum wage, and "best pay first" sorted by it.

Sorting by the hourly estimate mixed currencies (a rupee salary of about $1 an hour ranked above every
dollar wage). The sort index moves from hourly_estimate to the new column (PostgreSQL only, as in 0003).
Existing listings get the column at their next re-score: run `manage.py rescore_listings` after deploying.
"""

from django.db import migrations, models

OLD_INDEX, NEW_INDEX = "listing_sort_hourly_idx", "listing_sort_pay_idx"


def _sort_index(field, name):
    from django.db.models import F, Index

    return Index("status", F(field).desc(nulls_last=True), F("id").desc(), name=name)


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    listing = apps.get_model("listings", "Listing")
    schema_editor.remove_index(listing, _sort_index("hourly_estimate", OLD_INDEX))
    schema_editor.add_index(listing, _sort_index("pay_vs_minimum", NEW_INDEX))


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    listing = apps.get_model("listings", "Listing")
    schema_editor.remove_index(listing, _sort_index("pay_vs_minimum", NEW_INDEX))
    schema_editor.add_index(listing, _sort_index("hourly_estimate", OLD_INDEX))


class Migration(migrations.Migration):
    dependencies = [("listings", "0011_pay_ceiling_by_currency")]

    operations = [
        migrations.AddField(
            model_name="listing",
            name="pay_vs_minimum",
            field=models.DecimalField(
                blank=True,
                decimal_places=2,
                editable=False,
                max_digits=7,
                null=True,
                verbose_name="pay as a multiple of the local minimum wage",
            ),
        ),
        migrations.RunPython(forwards, backwards),
    ]
