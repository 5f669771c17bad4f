"""Browse indexes on PostgreSQL only: full-text search, and the three sort orders with NULLS LAST.

The search expression is built by Django from the same SearchVector that listings.filters.search_listings
uses, so PostgreSQL recognises the query as matching the index. SQLite (the embedded default) has no
such index and searches with icontains. The sort indexes match listings.filters.SORTS exactly
(DESC NULLS LAST, then id), so a page of results is read in index order instead of sorting every match.
"""

from django.db import migrations

INDEX_NAME = "listing_search_idx"


def _indexes():
    from django.contrib.postgres.indexes import GinIndex
    from django.contrib.postgres.search import SearchVector
    from django.db.models import F, Index

    def sort_index(field, name):
        return Index("status", F(field).desc(nulls_last=True), F("id").desc(), name=name)

    return [
        GinIndex(SearchVector("title", "description", config="english"), name=INDEX_NAME),
        sort_index("score", "listing_sort_score_idx"),
        sort_index("published_at", "listing_sort_newest_idx"),
        sort_index("hourly_estimate", "listing_sort_hourly_idx"),
    ]


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for index in _indexes():
        schema_editor.add_index(apps.get_model("listings", "Listing"), index)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for index in _indexes():
        schema_editor.remove_index(apps.get_model("listings", "Listing"), index)


class Migration(migrations.Migration):
    dependencies = [("listings", "0002_seed_regions_and_work_types")]
    operations = [migrations.RunPython(create, drop)]
