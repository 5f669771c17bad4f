"""The "Check an offer" form: the checklist questions a job seeker answers, and its conversion to an `Offer`.

One place for the form and `to_offer()`, so other ways of filling it (e.g. pasting the offer's text)
reuse the same conversion. The form binds to `Listing`'s fields so the checks, limits and messages
are the ones the database enforces (bad input never half-saves), but a check never saves anything.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django import forms
from django.utils.translation import gettext_lazy as _

from listings.abuse import PublicFormMixin
from listings.fields import PlainFormField
from listings.filters import region_choices
from listings.models import Employer, Fee, Listing, WorkType
from listings.models.listing import ANSWER_FIELDS
from listings.services import employer_for_name
from listings.widgets import FastSelectMultiple
from scoring.extraction import Extraction
from scoring.offer import FeeSnapshot, Offer

MAX_FEE_ROWS = 8
MAX_OFFER_TEXT = 100_000  # characters of pasted offer text; offers are a few thousand


@dataclass(frozen=True)
class Section:
    anchor: str  # the guide's anchor for this question
    faq: str
    heading: str
    fields: tuple[str, ...]
    fees: bool = False


SECTIONS = (
    Section(
        "q1",
        "Q1",
        _("The offer and the work"),
        ("employer_name", "title", "source_url", "description", "work_types", "direction"),
    ),
    Section("q2", "Q2", _("Where they hire"), ("hiring_regions",)),
    Section(
        "q3",
        "Q3",
        _("Home-office equipment"),
        ("needs_computer", "needs_landline", "needs_headset", "needs_quiet_room", "buy_from_employer"),
    ),
    Section("q4", "Q4", _("Fees they ask you to pay"), (), fees=True),
    Section("q5", "Q5", _("Skills"), ("experience_required",)),
    Section(
        "q6",
        "Q6",
        _("How pay is worked out"),
        ("pay_basis", "pay_amount", "pay_amount_max", "pay_currency", "base_pay", "leads_provided"),
    ),
    Section("q7", "Q7", _("Employee or contractor"), ("worker_status",)),
    Section("q8", "Q8", _("Guaranteed minimum pay"), ("guaranteed_minimum", "guaranteed_minimum_hourly")),
    Section("q9", "Q9", _("Hours"), ("hours_per_week", "nights_weekends")),
    Section("q10", "Q10", _("Training"), ("training_days", "training_pay")),
    Section("q11", "Q11", _("Other questions"), ("benefits", "citizenship_required", "application_process")),
    Section(
        "beyond-the-faq",
        "",
        _("How they recruit"),
        (
            "chat_app_interview",
            "interview_skipped",
            "recruiting_pays",
            "hype_pitch",
            "money_handling",
            "money_mentioned",
            "personal_data_early",
            "pressure_to_decide",
            "recruiter_email",
        ),
    ),
)

# Every yes/no answer, and the other questions with a handful of choices, are radio buttons.
RADIO_FIELDS = (*ANSWER_FIELDS, "direction", "worker_status", "training_pay")

LABELS = {
    "title": _("Job title"),
    "description": _("The offer's text (optional)"),
    "source_url": _("Where you found it (web address, optional)"),
    "work_types": _("What kind of work?"),
    "direction": _("Answering calls or dialing out?"),
    "hiring_regions": _("Places they hire from"),
    "needs_computer": _("Do you need your own computer?"),
    "needs_landline": _("Do you need a landline phone?"),
    "needs_headset": _("Do you need a headset?"),
    "needs_quiet_room": _("Do you need a quiet room with a door?"),
    "buy_from_employer": _("Must you buy equipment or software from them?"),
    "experience_required": _("Do they ask for experience?"),
    "pay_basis": _("How is pay worked out?"),
    "pay_amount": _("Pay amount"),
    "pay_amount_max": _("Top of the pay range (optional)"),
    "pay_currency": _("Currency"),
    "base_pay": _("Is there base pay besides commission?"),
    "leads_provided": _("Are sales leads provided?"),
    "worker_status": _("Are you hired as an employee or a contractor?"),
    "guaranteed_minimum": _("Is a minimum guaranteed when few calls come in?"),
    "guaranteed_minimum_hourly": _("Guaranteed minimum per hour (if known)"),
    "hours_per_week": _("Minimum hours per week"),
    "nights_weekends": _("Are nights or weekends required?"),
    "training_days": _("Training length in days"),
    "training_pay": _("Is training paid?"),
    "benefits": _("Do they offer benefits?"),
    "citizenship_required": _("Must you be a citizen?"),
    "application_process": _("How does applying work? (optional)"),
    "chat_app_interview": _("Is the interview only by chat app (Telegram, WhatsApp, Signal...)?"),
    "money_handling": _("Do the duties involve checks, reshipping parcels, gift cards or crypto?"),
    "money_mentioned": _(
        "Does it mention money sent to you, payment apps, gift cards, crypto or bank codes without saying what for?"
    ),
    "personal_data_early": _("Did they ask for bank details or ID before a written offer?"),
    "pressure_to_decide": _("Do they push you to decide or start at once (“start today”, “limited spots”)?"),
    "interview_skipped": _("Do they hire you with no interview (“no interview needed”)?"),
    "recruiting_pays": _("Do you earn from recruiting other people (“overrides”, “your team”)?"),
    "hype_pitch": _("Does it sell the job like a get-rich pitch (“earn up to $1,000 a week”, “be your own boss”)?"),
    "recruiter_email": _("The recruiter's e-mail address (optional)"),
}


class CheckOfferForm(PublicFormMixin, forms.ModelForm):
    """The checklist as questions; every yes/no question has "Don't know"."""

    # Optional for a check (read from a pasted text when it names them); a submission asks for both.
    employer_name = PlainFormField(label=_("Employer's name (optional)"), max_length=200, required=False)

    class Meta:
        model = Listing
        fields = [name for section in SECTIONS for name in section.fields if name != "employer_name"]
        labels = LABELS
        widgets = {
            **{name: forms.RadioSelect for name in RADIO_FIELDS},
            "work_types": forms.CheckboxSelectMultiple,
            "description": forms.Textarea(attrs={"rows": 4}),
            "application_process": forms.Textarea(attrs={"rows": 2}),
            "hiring_regions": FastSelectMultiple(attrs={"size": 8}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["title"].required = False
        self.fields["title"].label = _("Job title (optional)")
        self.fields["description"].max_length = MAX_OFFER_TEXT
        regions = self.fields["hiring_regions"]
        regions.help_text = _("Hold Ctrl (or ⌘) to pick several. Leave empty if the offer does not say.")
        # Codes, grouped, in one query; the widget shows them as country / state / province groups.
        regions.widget.choices = region_choices()
        self.fields["work_types"].queryset = WorkType.objects.all()
        self.fields["work_types"].help_text = _("Tick every kind the offer mentions.")

    @property
    def sections(self):
        return [(section, [self[name] for name in section.fields]) for section in SECTIONS]

    def to_offer(self, *, fees: list[FeeSnapshot] = (), employer: Employer | None = None) -> Offer:
        """The answers as the snapshot the rules read. Call after is_valid()."""
        data = self.cleaned_data
        name = data["employer_name"].strip()
        # Kept for a submission of the same offer.
        self.employer = employer = employer or (employer_for_name(name) if name else None)
        return Offer.from_values(
            data,
            employer=employer,
            employer_name=name,  # replaced by the known employer's own name
            work_types=tuple(sorted(w.code for w in data.get("work_types") or ())),
            hiring_regions=tuple(sorted(r.code for r in data.get("hiring_regions") or ())),
            fees=tuple(fees),
        )


class SubmitOfferForm(CheckOfferForm):
    """The same answers sent to the moderators: a listing needs its employer's name and a title."""

    NEEDED = {
        "employer_name": _(
            "Give the employer's name before you send the offer: moderators look the employer up "
            "by it. The offer's text did not name it, or we could not read it."
        ),
        "title": _("Give the job's title before you send the offer (for example “Customer service agent”)."),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, message in self.NEEDED.items():
            self.fields[name].required = True
            self.fields[name].label = LABELS.get(name, _("Employer's name"))
            self.fields[name].error_messages["required"] = message


class FeeForm(forms.ModelForm):
    class Meta:
        model = Fee
        fields = ["kind", "amount", "currency", "timing", "recurring"]
        labels = {
            "kind": _("What the fee is for"),
            "amount": _("Amount"),
            "currency": _("Currency"),
            "timing": _("Due"),
            "recurring": _("Recurring?"),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Rows pre-filled from an offer's text count as "initial" forms; a visitor who clears one means "no fee".
        self.empty_permitted = True

    def has_changed(self) -> bool:
        """A row is filled in when it names a fee or an amount; the other columns have defaults."""
        return bool(self.data.get(self.add_prefix("kind")) or self.data.get(self.add_prefix("amount")))

    def snapshot(self) -> FeeSnapshot:
        d = self.cleaned_data
        return FeeSnapshot(
            kind=d["kind"], amount=d.get("amount"), currency=d["currency"], timing=d["timing"], recurring=d["recurring"]
        )


FeeFormSet = forms.formset_factory(FeeForm, extra=3, max_num=MAX_FEE_ROWS, validate_max=True, absolute_max=20)


class PasteOfferForm(PublicFormMixin):
    """Step one of a check: the offer's text as received, read into checklist answers (issue 6)."""

    prefix = "paste"
    offer_text = PlainFormField(
        label=_("Paste the offer text"),
        max_length=MAX_OFFER_TEXT,
        strip=True,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "The job ad or the recruiter's message, as you received it. We fill in the answers we can find; "
            "you check and correct them."
        ),
        error_messages={
            "required": _("Paste the offer's text first."),
            "max_length": _(
                "That is more than %(limit_value)s characters: paste only the offer itself (you pasted %(show_value)s)."
            ),
        },
    )


# A first line is taken for the job's title only when it names a job this way.
JOB_WORDS = re.compile(
    r"(?i)\b(?:agents?|representatives?|reps?|associates?|specialists?|advis[eo]rs?|callers?|operators?|support|"
    r"customer service|telemarketers?|setters?|csrs?|medewerkers?|agente|consultants?|officers?|executives?|"
    r"assistants?|tele-?callers?|cs[rs]|chat|dispatchers?|receptionists?|collectors?)\b"
)
GREETING_START = re.compile(r"(?i)^(?:dear|hi|hello|hey|beste|geachte|geagte|hallo|assalam|salam|good)\b")


def title_from_text(text: str, employer_name: str = "") -> str:
    """The job's title when the text starts with one ("Remote Customer Support Associate – Desert Sun Pools"):
    a short first line naming a job, less the employer named after a dash. "" otherwise."""
    line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if employer_name and line.endswith(employer_name):
        line = re.sub(r"\s*[–—|-]\s*$", "", line.removesuffix(employer_name))
    if not (3 <= len(line) <= 100) or line[-1] in ",:;." or GREETING_START.match(line) or not JOB_WORDS.search(line):
        return ""
    return line.strip(" !*#")


def initial_from_extraction(extraction: Extraction, text: str) -> tuple[dict, list[dict]]:
    """What the check form and its fee rows start with after reading `text`: the answers found, the text itself."""
    names = set(CheckOfferForm.base_fields)
    initial = {name: value for name, value in extraction.answers.items() if name in names}
    initial["description"] = text
    initial["title"] = title_from_text(text, extraction.answers.get("employer_name", ""))
    fees = [
        {"kind": f.kind, "amount": f.amount, "currency": f.currency, "timing": f.timing, "recurring": f.recurring}
        for f in extraction.answers.get("fees", ())
    ][:MAX_FEE_ROWS]
    return initial, fees


class CheckOffer:
    """The check form and its fee rows, validated together."""

    def __init__(self, data=None, *, initial=None, fee_initial=None, for_submission=False):
        self.form = (SubmitOfferForm if for_submission else CheckOfferForm)(data=data, initial=initial)
        self.fees = FeeFormSet(data=data, prefix="fees", initial=fee_initial)

    @classmethod
    def from_extraction(cls, extraction: Extraction, text: str) -> CheckOffer:
        """An unbound check pre-filled with what `text` revealed; the visitor corrects it before checking."""
        initial, fees = initial_from_extraction(extraction, text)
        return cls(initial=initial, fee_initial=fees)

    @property
    def description(self) -> str:
        return self.form.cleaned_data.get("description", "")

    def is_valid(self) -> bool:
        return all([self.form.is_valid(), self.fees.is_valid()])

    def is_bot(self) -> bool:
        return self.form.is_bot()

    def renew_start(self) -> None:
        self.form.renew_start()

    def fee_snapshots(self) -> list[FeeSnapshot]:
        return [f.snapshot() for f in self.fees if f.has_changed() and f.cleaned_data.get("kind")]

    def to_offer(self) -> Offer:
        return self.form.to_offer(fees=self.fee_snapshots())

    @property
    def employer(self) -> Employer | None:
        """The known employer the offer names, as to_offer() found it (None before, or when unknown)."""
        return getattr(self.form, "employer", None)

    @property
    def source_url(self) -> str:
        return self.form.cleaned_data.get("source_url", "")
