"""Public forms other than the offer check (see offer_form.py)."""

from django import forms
from django.forms.utils import flatatt
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

from listings.abuse import PublicFormMixin
from listings.models import Report


class ReportForm(PublicFormMixin, forms.ModelForm):
    """A job seeker's report about a listing or an employer, for the moderators' queue."""

    class Meta:
        model = Report
        fields = ["reason", "details", "contact_email"]
        labels = {"reason": "What went wrong?", "details": "What happened (optional)"}
        help_texts = {"contact_email": "Only moderators see it, and only to ask you about this report."}
        widgets = {"reason": forms.RadioSelect, "details": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reason"].choices = [c for c in self.fields["reason"].choices if c[0]]

    def cleaned_data_for_report(self) -> dict:
        return {key: self.cleaned_data[key] for key in ("reason", "details", "contact_email")}


class FastSelect(forms.Select):
    """A <select> rendered in Python rather than one template per option.

    The region list has ~320 options; rendering each through a template made the browse filter form
    the slowest part of the page. The HTML and its escaping are the same as Django's.
    """

    def render(self, name, value, attrs=None, renderer=None):
        context = self.get_context(name, value, attrs)["widget"]
        parts = []
        for group_name, options, _index in context["optgroups"]:
            if group_name:
                parts.append(f'<optgroup label="{escape(group_name)}">')
            for option in options:
                selected = " selected" if option["selected"] else ""
                parts.append(f'<option value="{escape(option["value"])}"{selected}>{escape(option["label"])}</option>')
            if group_name:
                parts.append("</optgroup>")
        attrs = flatatt({**context["attrs"], "name": name})
        return format_html("<select{}>{}</select>", attrs, mark_safe("".join(parts)))


class FastSelectMultiple(FastSelect):
    allow_multiple_selected = True

    def value_from_datadict(self, data, files, name):
        return forms.SelectMultiple.value_from_datadict(self, data, files, name)

    def value_omitted_from_data(self, data, files, name):
        return False
