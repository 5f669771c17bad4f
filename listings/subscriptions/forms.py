"""The subscribe form and the preferences form. Field names match the browse page's query parameters."""

from django import forms
from django.http import QueryDict
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from email_validator import EmailNotValidError, validate_email

from listings.abuse import PublicFormMixin
from listings.filters import filter_query, region_choices
from listings.models import Listing, Region
from listings.subscriptions.filters import KEPT_FILTERS, filters_value, kept_filters_in
from listings.subscriptions.models import DEFAULT_VERDICTS
from scoring.vocabulary import WorkType

MAX_QUERY_VALUES = 20  # more repeated values than choices is junk


class PreferencesForm(forms.Form):
    work_type = forms.MultipleChoiceField(
        label=gettext_lazy("Work types"),
        choices=WorkType.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple(attrs={"class": "form-check-input"}),
        help_text=gettext_lazy("Leave all unticked to get every kind of work."),
    )
    region = forms.ChoiceField(
        label=gettext_lazy("Where you live"),
        required=False,
        widget=forms.Select(attrs={"class": "form-select"}),
        help_text=gettext_lazy("Listings that hire in this region or in its whole country."),
    )
    min_score = forms.IntegerField(
        label=gettext_lazy("Minimum score"),
        min_value=0,
        max_value=100,
        initial=0,
        required=False,
        help_text=gettext_lazy("From 0 to 100."),
        widget=forms.NumberInput(attrs={"class": "form-control"}),
    )
    verdict = forms.MultipleChoiceField(
        label=gettext_lazy("Verdicts to include"),
        choices=Listing.Verdict.choices,
        initial=DEFAULT_VERDICTS,
        widget=forms.CheckboxSelectMultiple(attrs={"class": "form-check-input"}),
        error_messages={"required": gettext_lazy("Choose at least one verdict, or you would never get a listing.")},
    )

    kept = forms.MultipleChoiceField(
        label=gettext_lazy("Also keep these filters"),
        required=False,
        widget=forms.CheckboxSelectMultiple(attrs={"class": "form-check-input"}),
        help_text=gettext_lazy("From the listings you were browsing. Untick one to drop it."),
    )

    def __init__(self, *args, kept_from=None, **kwargs):
        """`kept_from`: a query string whose other browse filters (search words, pay basis, no fees…) are
        offered to keep, ticked: the browse page's, or the subscription's own. A submitted form offers what
        it sent too; each value is checked by the browse filter form, never trusted."""
        super().__init__(*args, **kwargs)
        # The browse page's grouped list: countries, then U.S. states, then Canadian provinces.
        self.fields["region"].choices = [("", _("Anywhere")), *region_choices()]
        offered = filter_query(kept_from if kept_from is not None else QueryDict(), KEPT_FILTERS)
        if self.is_bound and hasattr(self.data, "getlist"):
            for pair in self.data.getlist("kept")[:MAX_QUERY_VALUES]:
                for name, values in QueryDict(pair).lists():
                    for value in values:
                        if name in KEPT_FILTERS and value not in offered.getlist(name):
                            offered.appendlist(name, value)
        self.kept_filters = kept_filters_in(offered)
        self.fields["kept"].choices = [(active.pair, active.label) for active in self.kept_filters]
        if not self.is_bound:
            self.initial["kept"] = [active.pair for active in self.kept_filters]

    def clean_region(self):
        code = self.cleaned_data.get("region")
        return Region.objects.filter(pk=code).first() if code else None

    def preferences(self) -> dict:
        data = self.cleaned_data
        return {
            "work_types": data.get("work_type") or [],
            "region": data.get("region"),
            "min_score": data.get("min_score") or 0,
            "verdicts": data["verdict"],
            "filters": filters_value([a for a in self.kept_filters if a.pair in set(data.get("kept") or [])]),
        }

    @classmethod
    def initial_from_subscriber(cls, subscriber) -> dict:
        return {
            "work_type": subscriber.work_types,
            "region": subscriber.region_id,
            "min_score": subscriber.min_score,
            "verdict": subscriber.verdicts,
        }

    @classmethod
    def initial_from_query(cls, query) -> dict:
        """Pre-fill from the browse page's filters; unknown parameters and junk values are ignored."""
        initial = {}
        work_types = [v for v in query.getlist("work_type")[:MAX_QUERY_VALUES] if v in WorkType.values]
        if work_types:
            initial["work_type"] = work_types
        region = query.get("region", "")
        if 0 < len(region) <= 6 and Region.objects.filter(pk=region).exists():
            initial["region"] = region
        try:
            min_score = int(query.get("min_score", ""))
        except ValueError:
            min_score = None
        if min_score is not None and 0 <= min_score <= 100:
            initial["min_score"] = min_score
        verdicts = [v for v in query.getlist("verdict")[:MAX_QUERY_VALUES] if v in Listing.Verdict.values]
        if verdicts:
            initial["verdict"] = verdicts
        return initial


class SubscribeForm(PublicFormMixin, PreferencesForm):
    email = forms.EmailField(label=gettext_lazy("Your e-mail address"), max_length=254)

    field_order = ["email", "work_type", "region", "min_score", "verdict", "kept"]

    def clean_email(self):
        """Ordinary mailbox addresses only: no IP-address domains ("a@[10.0.0.1]") and no quoted local
        parts, which are syntax tricks to reach one inbox under many spellings, never how people write."""
        try:
            checked = validate_email(self.cleaned_data["email"], check_deliverability=False)
        except EmailNotValidError as error:
            raise forms.ValidationError(_("Enter an ordinary e-mail address: %(reason)s") % {"reason": error}) from None
        return checked.normalized
