"""Seeds the hiring regions (every ISO 3166-1 country, U.S. states and Canadian provinces) and work types."""

import pycountry
from django.db import migrations

WORK_TYPES = ["sales", "customer_service", "verification", "tech_support", "surveys", "quality_assurance", "reservations"]


def seed(apps, schema_editor):
    Region = apps.get_model("listings", "Region")
    WorkType = apps.get_model("listings", "WorkType")
    Region.objects.bulk_create(
        [Region(code=c.alpha_2, name=getattr(c, "common_name", c.name), kind="country") for c in pycountry.countries],
        ignore_conflicts=True,
    )
    Region.objects.bulk_create(
        [
            Region(code=s.code, name=s.name, kind="subdivision", parent_id=s.country_code)
            for country in ("US", "CA")
            for s in pycountry.subdivisions.get(country_code=country)
        ],
        ignore_conflicts=True,
    )
    WorkType.objects.bulk_create([WorkType(code=code) for code in WORK_TYPES], ignore_conflicts=True)


class Migration(migrations.Migration):
    dependencies = [("listings", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
