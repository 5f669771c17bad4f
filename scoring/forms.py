"""The moderators' rule-set form: every rule's weight and switch, band thresholds and pay assumptions."""

from django import forms

from scoring.checklist import CHECKLIST, RULES
from scoring.models import VALUE_FIELDS, RuleSet


def points_field(rule_id: str) -> str:
    return f"points__{rule_id}"


def enabled_field(rule_id: str) -> str:
    return f"enabled__{rule_id}"


def _rule_fields() -> dict:
    """A points field and an on/off switch per registered rule, declared on the form class
    (the admin builds its form from the declared fields named in its fieldsets)."""
    fields = {}
    for spec in CHECKLIST:
        fields[points_field(spec.id)] = forms.IntegerField(
            label=f"{spec.faq} · {spec.title}",
            min_value=0,
            max_value=100,
            initial=spec.default_points,
            help_text=f"Points taken off the score of 100 (default {spec.default_points}).",
        )
        fields[enabled_field(spec.id)] = forms.BooleanField(label=f"{spec.id} on", required=False, initial=True)
    return fields


class _RuleSetFormBase(forms.ModelForm):
    """Saving never edits a version: the admin publishes the cleaned values as a new one."""

    class Meta:
        model = RuleSet
        fields = [*VALUE_FIELDS, "note"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        weights = self.instance.weights if self.instance.pk else {}
        for rule_id, weight in weights.items():
            if rule_id in RULES:
                self.initial.setdefault(points_field(rule_id), weight.get("points"))
                self.initial.setdefault(enabled_field(rule_id), weight.get("enabled", True))
        self.fields["note"].required = True

    def weights(self) -> dict:
        return {
            spec.id: {
                "points": self.cleaned_data[points_field(spec.id)],
                "enabled": self.cleaned_data[enabled_field(spec.id)],
            }
            for spec in CHECKLIST
        }

    def values(self) -> dict:
        return {name: self.cleaned_data[name] for name in VALUE_FIELDS}


RuleSetForm = type("RuleSetForm", (_RuleSetFormBase,), _rule_fields())
