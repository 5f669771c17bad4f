"""Browse's indexes hold every column its filters read (PostgreSQL only, as in 0003, 0004 and 0012).

Browse finds a page in two index-only steps (listings.pagination): the ids and sort values of up to 1,001
matches from the id-ordered covering index, then, when matches are many, the page's 20 ids along a sort
index. Before, the sort indexes held only the sort key, so each entry walked cost a visit to the table:
pay-per-call listings sorted by pay (all without a pay multiple, at the very end of that index) visited
45,000 rows for a page of 20. The sort indexes are now partial (published listings only) and covering.
"""

from django.db import migrations

FILTERED = "pay_basis, worker_status, direction, training_pay, verdict"
COVER = "listing_published_cover_idx"
SORTS = {  # index name: sort column
    "listing_sort_score_idx": "score",
    "listing_sort_newest_idx": "published_at",
    "listing_sort_pay_idx": "pay_vs_minimum",
}


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    execute = schema_editor.execute
    execute(f"DROP INDEX IF EXISTS {COVER}")
    execute(
        f"CREATE INDEX {COVER} ON listings_listing (id) "
        f"INCLUDE ({FILTERED}, score, published_at, pay_vs_minimum) WHERE status = 'published'"
    )
    for name, column in SORTS.items():
        included = FILTERED if column == "score" else f"{FILTERED}, score"
        execute(f"DROP INDEX IF EXISTS {name}")
        execute(
            f"CREATE INDEX {name} ON listings_listing ({column} DESC NULLS LAST, id DESC) "
            f"INCLUDE ({included}) WHERE status = 'published'"
        )


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    execute = schema_editor.execute
    execute(f"DROP INDEX IF EXISTS {COVER}")
    execute(f"CREATE INDEX {COVER} ON listings_listing (id) INCLUDE ({FILTERED}, score) WHERE status = 'published'")
    for name, column in SORTS.items():
        execute(f"DROP INDEX IF EXISTS {name}")
        execute(f"CREATE INDEX {name} ON listings_listing (status, {column} DESC NULLS LAST, id DESC)")


class Migration(migrations.Migration):
    dependencies = [("listings", "0012_listing_pay_vs_minimum")]
    operations = [migrations.RunPython(forwards, backwards)]
