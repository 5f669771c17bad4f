"""Sort indexes that start with the pay basis, for a pay basis sorted by score or by pay (PostgreSQL only).

A browse page reads its first 1,001 matches along the sort index (listings.pagination), which costs about
1,001 ÷ (the share of listings that match) index entries when the matches are spread along the index. The
pay basis is not spread: pay per call, per minute and commission have no hourly pay to compare with the
minimum, so they all sit at the end of the pay index, and pay per call scores low, so it sits at the end of
the score index. "Pay per call, best pay first" walked 455,000 entries (1.1 s) at 1,000,000 listings to
reach them. With the pay basis first, the walk starts among them (8 ms). Newest first has its twin too, so
the pay basis is always the column (listings.filters), never also a tag, which would count it twice in the
planner's estimates. Each twin includes what its plain index of 0017 does, so a walk reads index entries only.
"""

from django.db import migrations

INDEXES = {  # index name: sort column (as listings.filters.SORTS), included columns
    "listing_sort_basis_score_idx": ("score", "filter_tags"),
    "listing_sort_basis_newest_idx": ("published_at", "filter_tags, score"),
    "listing_sort_basis_pay_idx": ("pay_vs_minimum", "filter_tags, score"),
}


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, (column, included) in INDEXES.items():
        schema_editor.execute(
            f"CREATE INDEX {name} ON listings_listing (pay_basis, {column} DESC NULLS LAST, id DESC) "
            f"INCLUDE ({included}) WHERE status = 'published'"
        )


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("listings", "0019_filter_tags_score_band")]
    operations = [migrations.RunPython(forwards, backwards)]
