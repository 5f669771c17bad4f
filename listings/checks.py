"""System checks for facts kept in two places: a rule's evidence fields must be things a listing stores."""

from __future__ import annotations

from django.core import checks


@checks.register()
def rule_evidence_is_stored(app_configs, **kwargs) -> list[checks.Error]:
    """Every field a rule names as its evidence is an Offer field or a yes/no answer column of Listing
    (or a "signal:" extraction marks in the text), so the words behind a finding can be shown."""
    from listings.models.listing import ANSWER_FIELDS
    from scoring.checklist import CHECKLIST
    from scoring.offer import FIELD_NAMES

    known = set(FIELD_NAMES) | set(ANSWER_FIELDS)
    return [
        checks.Error(f"Rule {rule.id!r} names evidence {field!r}, which no listing stores.", id="listings.E001")
        for rule in CHECKLIST
        for field in rule.evidence
        if not field.startswith("signal:") and field not in known
    ]


@checks.register()
def answer_columns_are_listed(app_configs, **kwargs) -> list[checks.Error]:
    """ANSWER_FIELDS (read into Offer snapshots and constrained to yes/no/unknown) lists exactly the
    Listing columns whose choices are the yes/no/unknown answers."""
    from listings.models import Answer, Listing
    from listings.models.listing import ANSWER_FIELDS

    columns = {f.name for f in Listing._meta.concrete_fields if f.choices and list(f.choices) == Answer.choices}
    if columns == set(ANSWER_FIELDS):
        return []
    return [
        checks.Error(
            f"Listing.ANSWER_FIELDS and the yes/no columns differ: {sorted(columns ^ set(ANSWER_FIELDS))}.",
            hint="List every answer_field(...) column in ANSWER_FIELDS in listings/models/listing.py.",
            id="listings.E002",
        )
    ]
