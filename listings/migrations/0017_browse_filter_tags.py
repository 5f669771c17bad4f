"""Every browse filter's value kept on the listing as one array, with one GIN index over it (PostgreSQL only,
as in 0003, 0004, 0012 and 0013).

Before, a combination of filters with few matches (pay per call, contractors, one region, say) was found by
walking the id-ordered covering index to its end, probing the work-type and region links for each entry:
index-only, but linear in the table. `filter_tags` holds one tag per filter value the listing matches
("p:call", "w:contractor", "d:outbound", "t:paid", "v:red_flags", "f:none", "k:surveys", "r:US-TX"), so
any combination is one GIN lookup whose cost follows the matches, not the table (listings.filters).

PostgreSQL triggers keep the column right whatever writes the listing (the admin, services, the importer's
COPY, re-scores, bulk_create): a listing's own row computes its tags before it is written, and a change to
its work types, regions or fees recomputes them (statement triggers, one UPDATE per statement). The
column is not a model field: SQLite (the embedded default) has no arrays and filters as before.

The covering and sort indexes of 0013 now include the tags instead of the separate filtered columns, so a
walk along a sort index (many matches, page of 20) still reads index entries only.
"""

from django.db import migrations

TAGS_FUNCTION = """
CREATE OR REPLACE FUNCTION listing_filter_tags() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.filter_tags := ARRAY['p:' || NEW.pay_basis, 'w:' || NEW.worker_status, 'v:' || NEW.verdict]
        || CASE WHEN NEW.direction IN ('inbound', 'both') THEN ARRAY['d:inbound'] ELSE '{}'::text[] END
        || CASE WHEN NEW.direction IN ('outbound', 'both') THEN ARRAY['d:outbound'] ELSE '{}'::text[] END
        || CASE WHEN NEW.training_pay = 'paid' THEN ARRAY['t:paid'] ELSE '{}'::text[] END
        || CASE WHEN EXISTS (SELECT 1 FROM listings_fee WHERE listing_id = NEW.id)
                THEN '{}'::text[] ELSE ARRAY['f:none'] END
        || ARRAY(SELECT 'k:' || worktype_id FROM listings_listing_work_types WHERE listing_id = NEW.id ORDER BY 1)
        || ARRAY(SELECT 'r:' || region_id FROM listings_listing_hiring_regions WHERE listing_id = NEW.id ORDER BY 1);
    RETURN NEW;
END $$
"""
# Setting filter_tags to anything makes the row trigger compute it again.
LINKS_FUNCTION = """
CREATE OR REPLACE FUNCTION listing_links_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE listings_listing SET filter_tags = NULL WHERE id IN (SELECT listing_id FROM new_rows);
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE listings_listing SET filter_tags = NULL WHERE id IN (SELECT listing_id FROM old_rows);
    ELSE
        UPDATE listings_listing SET filter_tags = NULL
        WHERE id IN (SELECT listing_id FROM new_rows UNION SELECT listing_id FROM old_rows);
    END IF;
    RETURN NULL;
END $$
"""
OWN_COLUMNS = "pay_basis, worker_status, direction, training_pay, verdict, filter_tags"
LINK_TABLES = ("listings_listing_work_types", "listings_listing_hiring_regions", "listings_fee")
TRANSITIONS = {
    "INSERT": "NEW TABLE AS new_rows",
    "DELETE": "OLD TABLE AS old_rows",
    "UPDATE": "OLD TABLE AS old_rows NEW TABLE AS new_rows",
}

GIN = "listing_filter_tags_idx"
COVER = "listing_published_cover_idx"
SORTS = {  # index name: sort column (as 0013)
    "listing_sort_score_idx": "score",
    "listing_sort_newest_idx": "published_at",
    "listing_sort_pay_idx": "pay_vs_minimum",
}
OLD_FILTERED = "pay_basis, worker_status, direction, training_pay, verdict"


def _indexes(execute, filtered: str) -> None:
    execute(f"DROP INDEX IF EXISTS {COVER}")
    execute(
        f"CREATE INDEX {COVER} ON listings_listing (id) "
        f"INCLUDE ({filtered}, score, published_at, pay_vs_minimum) WHERE status = 'published'"
    )
    for name, column in SORTS.items():
        included = filtered if column == "score" else f"{filtered}, score"
        execute(f"DROP INDEX IF EXISTS {name}")
        execute(
            f"CREATE INDEX {name} ON listings_listing ({column} DESC NULLS LAST, id DESC) "
            f"INCLUDE ({included}) WHERE status = 'published'"
        )


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    execute = schema_editor.execute
    execute("ALTER TABLE listings_listing ADD COLUMN filter_tags text[]")
    execute(TAGS_FUNCTION)
    execute(LINKS_FUNCTION)
    execute(
        "CREATE TRIGGER listing_filter_tags BEFORE INSERT OR UPDATE OF "
        f"{OWN_COLUMNS} ON listings_listing FOR EACH ROW EXECUTE FUNCTION listing_filter_tags()"
    )
    for table in LINK_TABLES:
        for event, transition in TRANSITIONS.items():
            if event == "UPDATE" and table != "listings_fee":
                continue  # link rows are inserted and deleted, never updated
            execute(
                f"CREATE TRIGGER {table}_{event.lower()}_tags AFTER {event} ON {table} "
                f"REFERENCING {transition} FOR EACH STATEMENT EXECUTE FUNCTION listing_links_changed()"
            )
    execute("UPDATE listings_listing SET filter_tags = NULL")
    execute(f"CREATE INDEX {GIN} ON listings_listing USING gin (filter_tags) WHERE status = 'published'")
    _indexes(execute, "filter_tags")


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    execute = schema_editor.execute
    _indexes(execute, OLD_FILTERED)
    execute(f"DROP INDEX IF EXISTS {GIN}")
    for table in LINK_TABLES:
        for event in TRANSITIONS:
            execute(f"DROP TRIGGER IF EXISTS {table}_{event.lower()}_tags ON {table}")
    execute("DROP TRIGGER IF EXISTS listing_filter_tags ON listings_listing")
    execute("ALTER TABLE listings_listing DROP COLUMN filter_tags")
    execute("DROP FUNCTION IF EXISTS listing_links_changed()")
    execute("DROP FUNCTION IF EXISTS listing_filter_tags()")


class Migration(migrations.Migration):
    dependencies = [("listings", "0016_report_identifiers")]
    operations = [migrations.RunPython(forwards, backwards)]
