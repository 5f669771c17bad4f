"""A listing's score band among its filter tags: "s:6" for a score of 60 to 69, "s:10" for 100 (PostgreSQL only).

A minimum score was the one browse filter the tags did not hold, so PostgreSQL had to estimate it blind (a
third of the listings, for any minimum) and could not answer it from the GIN index. Pay per call rarely
scores 60, so "pay per call, score 60 or more" has few matches, yet the planner, expecting many, walked a
sort index over the whole table looking for them. With the band in the tags, "score ≥ 60" is "has one of
s:6 … s:10": the GIN index answers it and its statistics say how many listings each band holds.

The row trigger of 0017 computes the band; it now also runs when the score changes (a re-score writes the
verdict too, so it already ran then).
"""

from importlib import import_module

from django.db import migrations

browse_filter_tags = import_module("listings.migrations.0017_browse_filter_tags")

BAND = "|| CASE WHEN NEW.score IS NULL THEN '{}'::text[] ELSE ARRAY['s:' || (NEW.score / 10)] END"
# 0017's function with the band added after the verdict.
TAGS_FUNCTION = browse_filter_tags.TAGS_FUNCTION.replace(
    "'v:' || NEW.verdict]\n", f"'v:' || NEW.verdict]\n        {BAND}\n", 1
)
assert BAND in TAGS_FUNCTION


def _trigger(execute, columns: str) -> None:
    execute("DROP TRIGGER IF EXISTS listing_filter_tags ON listings_listing")
    execute(
        f"CREATE TRIGGER listing_filter_tags BEFORE INSERT OR UPDATE OF {columns} ON listings_listing "
        "FOR EACH ROW EXECUTE FUNCTION listing_filter_tags()"
    )


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    execute = schema_editor.execute
    execute(TAGS_FUNCTION)
    _trigger(execute, f"{browse_filter_tags.OWN_COLUMNS}, score")
    execute("UPDATE listings_listing SET filter_tags = NULL WHERE score IS NOT NULL")


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    execute = schema_editor.execute
    execute(browse_filter_tags.TAGS_FUNCTION)
    _trigger(execute, browse_filter_tags.OWN_COLUMNS)
    execute("UPDATE listings_listing SET filter_tags = NULL WHERE score IS NOT NULL")


class Migration(migrations.Migration):
    dependencies = [("listings", "0018_listing_search_vector")]
    operations = [migrations.RunPython(forwards, backwards)]
