"""Fewer indexes on listings, and room on each page for in-place updates (PostgreSQL).

A re-score rewrites every listing. PostgreSQL can update a row in place (a "HOT" update, no index
touched) only when no indexed column changes and the new version fits on the same page; otherwise every
index gets a new entry, the full-text one included. So: drop indexes that PostgreSQL's browse indexes
(0003, 0004) duplicate or that no query reads, and keep 30% of each page free (fillfactor 70; pages
written before this migration get the room as they are rewritten, or at once with VACUUM FULL).
"""

import django.db.models.deletion
from django.db import migrations, models


def leave_room_for_updates(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER TABLE listings_listing SET (fillfactor = 70)")


def fill_pages(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER TABLE listings_listing RESET (fillfactor)")


class Migration(migrations.Migration):
    dependencies = [
        ("listings", "0004_browse_count_indexes"),
    ]

    operations = [
        migrations.RunPython(leave_room_for_updates, fill_pages),
        migrations.RemoveIndex(
            model_name="listing",
            name="listing_status_score_idx",
        ),
        migrations.RemoveIndex(
            model_name="listing",
            name="listing_status_hourly_idx",
        ),
        migrations.RemoveIndex(
            model_name="listing",
            name="listing_pay_basis_idx",
        ),
        migrations.RemoveIndex(
            model_name="listing",
            name="listing_worker_status_idx",
        ),
        migrations.RemoveIndex(
            model_name="listing",
            name="listing_verdict_idx",
        ),
        migrations.RemoveIndex(
            model_name="listing",
            name="listing_rules_version_idx",
        ),
        migrations.AlterField(
            model_name="listing",
            name="employer",
            field=models.ForeignKey(
                db_index=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="listings",
                to="listings.employer",
            ),
        ),
    ]
