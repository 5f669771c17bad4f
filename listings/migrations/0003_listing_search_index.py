"""Full-text search over listing titles and descriptions: a GIN index, on PostgreSQL only.

The expression is built by Django from the same SearchVector that listings.filters.search_listings
uses, so PostgreSQL recognises the query as matching the index. SQLite (the embedded default) has no
such index and searches with icontains.
"""

from django.db import migrations

INDEX_NAME = "listing_search_idx"


def _index():
    from django.contrib.postgres.indexes import GinIndex
    from django.contrib.postgres.search import SearchVector

    return GinIndex(SearchVector("title", "description", config="english"), name=INDEX_NAME)


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.add_index(apps.get_model("listings", "Listing"), _index())


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.remove_index(apps.get_model("listings", "Listing"), _index())


class Migration(migrations.Migration):
    dependencies = [("listings", "0002_seed_regions_and_work_types")]
    operations = [migrations.RunPython(create, drop)]
