"""An offer's text with what was read from it, ready for a page: highlighted pieces, the words behind each
finding, and where an answer scored (corrected by the visitor, or by a moderator) says otherwise."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from listings.offer_form import LABELS, RADIO_FIELDS
from scoring.extraction import Evidence, Extraction, evidence_for_rule, segments
from scoring.extraction.language import is_read, language_name
from scoring.offer import Offer

EVIDENCE_LABELS = {"fees": _("A fee they ask you to pay"), "employer_name": _("Employer's name")}
# The signs the reading marks (scoring/extraction: `found.signal(...)`); most warn, a few reassure.
SIGNAL_LABELS = {
    "chat_app": _("Warning sign: hiring through a chat app"),
    "check_deposit": _("Warning sign: depositing checks"),
    "crypto": _("Warning sign: crypto"),
    "free_email": _("Warning sign: a free e-mail address"),
    "gift_cards": _("Warning sign: gift cards"),
    "hype": _("Warning sign: a get-rich pitch"),
    "pay_above_market": _("Warning sign: pay far above market"),
    "reshipping": _("Warning sign: reshipping parcels"),
    "urgency": _("Warning sign: pressure to hurry"),
    "equipment_provided": _("Good sign: equipment provided"),
    "no_fees": _("Good sign: no fees"),
    "nationwide": _("Hires nationwide"),
}


def evidence_label(field: str) -> str:
    """A reader's name for what a highlighted piece of text told us ("Is training paid?", "Warning sign: gift
    cards"), in the page's language."""
    if field.startswith("signal:"):
        name = field.removeprefix("signal:")
        # A sign added to the reading before it has a label here still says what it is.
        return str(SIGNAL_LABELS.get(name) or _("Sign: %(name)s") % {"name": name.replace("_", " ")})
    return str(EVIDENCE_LABELS.get(field) or LABELS.get(field) or capfirst(field.replace("_", " ")))


@dataclass(frozen=True)
class Piece:
    text: str
    label: str = ""  # "" for plain text; else what the highlighted text told us

    @property
    def highlighted(self) -> bool:
        return bool(self.label)


@dataclass(frozen=True)
class MarkedText:
    """An offer's text as already marked: what a kept result shows, with no evidence to read again.

    Offers the attributes of `ReadOffer` that a page uses, so one template shows either."""

    pieces: tuple[Piece, ...]
    language: str = ""

    language_read = property(lambda self: is_read(self.language))
    language_name = property(lambda self: language_name(self.language))
    found_anything = property(lambda self: any(p.highlighted for p in self.pieces))

    def as_dict(self) -> dict:
        return {"pieces": [[p.text, p.label] for p in self.pieces], "language": self.language}

    @classmethod
    def from_dict(cls, data: dict) -> MarkedText:
        pieces = tuple(Piece(str(text), str(label)) for text, label in data.get("pieces", ()))
        return cls(pieces, data.get("language", ""))


CHOICE_FIELDS = frozenset((*RADIO_FIELDS, "pay_basis"))  # evidence values there are plain choice values


def _disagrees(evidence: Evidence, offer: Offer | None) -> bool:
    """Whether the answers scored (e.g. corrected by the visitor) say otherwise than this piece of text."""
    if offer is None or evidence.field not in CHOICE_FIELDS:
        return False
    value = offer.value(evidence.field) if isinstance(offer, Offer) else getattr(offer, evidence.field)
    return value != evidence.value


@dataclass(frozen=True)
class ReadOffer:
    """An offer's text with what we found in it, ready for a page: pieces to highlight, evidence per finding.

    `offer`: the answers actually scored (an Offer, or a Listing). Text that a corrected answer contradicts
    is marked as such and is not quoted as the evidence behind a finding.
    """

    text: str
    evidence: tuple[Evidence, ...]
    offer: Offer | None = None
    differs_note: str = _("your answer differs")
    language: str = ""  # the text's language (ISO 639-1), "" when too short to tell

    @classmethod
    def from_extraction(cls, text: str, extraction: Extraction, offer: Offer | None = None) -> ReadOffer:
        return cls(text, extraction.evidence, offer, language=extraction.language)

    @classmethod
    def from_listing(cls, listing) -> ReadOffer | None:
        """From the evidence stored at import or submission; None when the listing has none."""
        extraction = Extraction.from_dict(listing.evidence or {})
        # A listing has the Offer's choice fields, as moderators last saved them.
        if not (listing.description and (extraction.evidence or not extraction.language_read)):
            return None
        return cls(
            listing.description,
            extraction.evidence,
            listing,
            differs_note=_("the listing's answer differs"),
            language=extraction.language,
        )

    @property
    def language_read(self) -> bool:
        """Whether the text is in a language the reading understands (scoring.extraction.language)."""
        return is_read(self.language)

    @property
    def language_name(self) -> str:
        return language_name(self.language)

    def _label(self, evidence: tuple[Evidence, ...]) -> str:
        labels = {}
        for e in evidence:
            label = evidence_label(e.field)
            labels[label] = labels.get(label, False) or _disagrees(e, self.offer)
        return "; ".join(f"{label} ({self.differs_note})" if differs else label for label, differs in labels.items())

    @property
    def pieces(self) -> list[Piece]:
        return [
            Piece(s.text, self._label(s.evidence) if s.highlighted else "") for s in segments(self.text, self.evidence)
        ]

    @property
    def found_anything(self) -> bool:
        return bool(self.evidence)

    def marked(self) -> MarkedText:
        """The text as marked now, to keep (a result's snapshot) without the evidence behind it."""
        return MarkedText(tuple(self.pieces), self.language)

    def with_evidence(self, findings: list[dict]) -> list[dict]:
        """Copies of the finding dicts, each with the quoted evidence behind it (may be empty)."""
        return [
            {
                **f,
                "evidence": _quotes(
                    [e for e in evidence_for_rule(f.get("rule", ""), self.evidence) if not _disagrees(e, self.offer)]
                ),
            }
            for f in findings
        ]


def _quotes(evidence: list[Evidence]) -> list[str]:
    return list(dict.fromkeys(e.text.strip() for e in evidence if e.text.strip()))
