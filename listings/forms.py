"""Public forms other than the offer check (see offer_form.py)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from listings import identifiers
from listings.abuse import PublicFormMixin
from listings.models import HELP_COUNTRIES, Report

REPORT_FIELDS = ("reason", "details", "contact_email", "website_domain", "phone", "chat_handle")


class ReportForm(PublicFormMixin, forms.ModelForm):
    """A job seeker's report about a listing or an employer, for the moderators' queue.

    `region`: the reporter's country (a code such as "PH"), which reads a phone number written without
    its country code; with none, a number must start with + and the country code.
    """

    class Meta:
        model = Report
        fields = list(REPORT_FIELDS)
        labels = {
            "reason": _("What went wrong?"),
            "details": _("What happened (optional)"),
            "contact_email": _("Your e-mail (optional)"),
            "website_domain": _("Their website or e-mail address"),
            "phone": _("Their phone or WhatsApp number"),
            "chat_handle": _("Their Telegram or other chat handle"),
        }
        help_texts = {
            "contact_email": _("Only moderators see it, and only to ask you about this report."),
            "website_domain": _("A link or an address such as hr@example.com: only its domain is kept."),
            "phone": _("As you got it, or a wa.me link."),
            "chat_handle": _("@name or a t.me/name link."),
        }
        widgets = {"reason": forms.RadioSelect, "details": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, region: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.region = region
        self.fields["reason"].choices = [c for c in self.fields["reason"].choices if c[0]]
        # What a seeker pastes (a full link, a number with spaces) is longer than the stored form.
        for name in ("website_domain", "phone", "chat_handle"):
            self.fields[name].max_length = identifiers.MAX_INPUT
            self.fields[name].validators = []  # the model's validators check the normalised value

    def _normalised(self, name, normalise):
        try:
            return normalise(self.cleaned_data.get(name, ""))
        except identifiers.InvalidIdentifier as error:
            raise forms.ValidationError(str(error)) from None

    def clean_website_domain(self):
        return self._normalised("website_domain", identifiers.normalize_domain)

    def clean_phone(self):
        return self._normalised("phone", lambda value: identifiers.normalize_phone(value, region=self.region))

    def clean_chat_handle(self):
        value = self.cleaned_data.get("chat_handle", "")
        if len(value) <= identifiers.MAX_INPUT and identifiers.is_whatsapp_link(value):
            raise forms.ValidationError(_("That is a WhatsApp number: put it in the phone field above."))
        return self._normalised("chat_handle", identifiers.normalize_handle)

    @property
    def identifier_fields(self):
        return [self[name] for name in ("website_domain", "phone", "chat_handle")]

    def cleaned_data_for_report(self) -> dict:
        return {key: self.cleaned_data[key] for key in REPORT_FIELDS}


class LookupForm(forms.Form):
    """The look-up page's search: a company name, a website or e-mail address, a number or a chat handle."""

    q = forms.CharField(
        label=_("Company, website, e-mail, phone number or chat handle"),
        max_length=identifiers.MAX_INPUT,
        help_text=_("For example Acme Staffing, acme-jobs.com, hr@acme-jobs.com, +1 415 555 2671 or @acme_hr."),
    )
    country = forms.ChoiceField(
        label=_("Country of a number written without its country code"),
        choices=[("", _("None: the number starts with +")), *HELP_COUNTRIES],
        required=False,
    )

    def clean_q(self):
        return " ".join(self.cleaned_data["q"].split())

    def clean(self):
        data = super().clean()
        if "q" in data:
            try:
                data["searched"] = identifiers.classify(data["q"], region=data.get("country", ""))
            except identifiers.InvalidIdentifier as error:
                self.add_error("q", str(error))
        return data
