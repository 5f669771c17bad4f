"""Search reads a stored tsvector instead of computing one per row (PostgreSQL only, as 0017).

0003 indexed the expression to_tsvector(title || ' ' || description). The index found a word's matches,
but anything else had to compute the vector again for each row it looked at: a search's capped count
built a bitmap over every match (40% of the listings for "reservations", 11 ms of the 21 ms request at
100,000 listings, and linear in the table), because walking the sort index and testing each row's
vector was far more expensive. With the vector stored, that test is cheap, so a search for a common word
walks the sort index and stops at its 1,001st match, whatever the table's size; a rare word still goes
through the GIN index.

A row trigger keeps the column, as 0017's keeps the filter tags, so every writer (the admin, services,
the importer's COPY, bulk_create, update()) leaves it right. It is not a model field: SQLite searches
with icontains as before.
"""

from django.db import migrations

# The same words and configuration as 0003's expression (listings.filters.SEARCH_CONFIG).
VECTOR = "to_tsvector('english'::regconfig, COALESCE({row}title, '') || ' ' || COALESCE({row}description, ''))"
FUNCTION = f"""
CREATE OR REPLACE FUNCTION listing_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_vector := {VECTOR.format(row="NEW.")};
    RETURN NEW;
END $$
"""
INDEX = "listing_search_idx"  # 0003's name: the expression index it replaces


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    execute = schema_editor.execute
    execute("ALTER TABLE listings_listing ADD COLUMN search_vector tsvector")
    execute(FUNCTION)
    execute(
        "CREATE TRIGGER listing_search_vector BEFORE INSERT OR UPDATE OF title, description, search_vector "
        "ON listings_listing FOR EACH ROW EXECUTE FUNCTION listing_search_vector()"
    )
    execute("UPDATE listings_listing SET search_vector = NULL")  # the trigger computes each row's
    execute(f"DROP INDEX IF EXISTS {INDEX}")
    execute(f"CREATE INDEX {INDEX} ON listings_listing USING gin (search_vector)")  # over all rows, as 0003's


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    execute = schema_editor.execute
    execute(f"DROP INDEX IF EXISTS {INDEX}")
    execute(f"CREATE INDEX {INDEX} ON listings_listing USING gin (({VECTOR.format(row='')}))")
    execute("DROP TRIGGER IF EXISTS listing_search_vector ON listings_listing")
    execute("ALTER TABLE listings_listing DROP COLUMN search_vector")
    execute("DROP FUNCTION IF EXISTS listing_search_vector()")


class Migration(migrations.Migration):
    dependencies = [("listings", "0017_browse_filter_tags")]
    operations = [migrations.RunPython(forwards, backwards)]
