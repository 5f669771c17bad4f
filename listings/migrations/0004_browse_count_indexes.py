"""Browse count indexes on PostgreSQL only.

The capped count (listings.views.CappedPaginator) walks published listings in id order and probes the
work-type and region links. A partial covering index on published listings holding the filtered columns
lets that walk be an index-only scan instead of a heap fetch per listing, and (worktype_id, listing_id) /
(region_id, listing_id) indexes on the link tables return one work type's or region's listings already in
id order, so PostgreSQL merges them instead of probing. Measured at 100,000 listings: the count behind
"1,000+ listings" for three filters went from ~68 ms to ~33 ms. SQLite (the embedded default) is unchanged.
"""

from django.db import migrations

LINK_INDEXES = [
    ("listing_worktype_listing_idx", "listings_listing_work_types", "worktype_id, listing_id"),
    ("listing_region_listing_idx", "listings_listing_hiring_regions", "region_id, listing_id"),
]
COVER_INDEX = "listing_published_cover_idx"


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, table, columns in LINK_INDEXES:
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({columns})")
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {COVER_INDEX} ON listings_listing (id) "
        "INCLUDE (pay_basis, worker_status, direction, training_pay, verdict, score) WHERE status = 'published'"
    )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in [name for name, _, _ in LINK_INDEXES] + [COVER_INDEX]:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("listings", "0003_listing_search_index")]
    operations = [migrations.RunPython(create, drop)]
