"""Public forms other than the offer check (see offer_form.py)."""

from django import forms

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
