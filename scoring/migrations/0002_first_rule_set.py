"""Version 1 of the rules: every weight at the default written next to its rule in scoring/rules."""

from django.db import migrations


def seed(apps, schema_editor):
    RuleSet = apps.get_model("scoring", "RuleSet")
    if not RuleSet.objects.exists():
        RuleSet.objects.create(version=1, is_active=True, note="Defaults from the checklist.")


class Migration(migrations.Migration):
    dependencies = [("scoring", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
