"""The checklist's words as a job seeker reads them, in the page's language.

`scoring.vocabulary` keeps the English words the rules, the API and the admin use; these are the same
words marked for translation (locale/GLOSSARY.md fixes each language's term), looked up when a page is
rendered.
"""

from __future__ import annotations

from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from scoring.vocabulary import Severity, Verdict

VERDICT_LABELS = {
    Verdict.LOOKS_LEGITIMATE: pgettext_lazy("verdict", "Looks legitimate"),
    Verdict.ASK_MORE_QUESTIONS: pgettext_lazy("verdict", "Ask more questions"),
    Verdict.RED_FLAGS: pgettext_lazy("verdict", "Red flags"),
    Verdict.LIKELY_SCAM: pgettext_lazy("verdict", "Likely scam"),
}

SEVERITY_LABELS = {
    Severity.GOOD: pgettext_lazy("severity", "Good sign"),
    Severity.NOTE: pgettext_lazy("severity", "Worth asking"),
    Severity.UNCLEAR: pgettext_lazy("severity", "Not stated"),
    Severity.RED_FLAG: pgettext_lazy("severity", "Red flag"),
    Severity.FRAUD: pgettext_lazy("severity", "Fraud signal"),
}

# The headings of the result's groups of findings, worst first.
GROUP_HEADINGS = {
    Severity.FRAUD: _("Fraud signals"),
    Severity.RED_FLAG: _("Terms that hurt you"),
    Severity.UNCLEAR: _("Key facts the offer does not state"),
    Severity.NOTE: _("Worth asking about"),
    Severity.GOOD: _("Good signs"),
}

BEYOND_THE_FAQ = _("Beyond the FAQ")


def question_label(number: int) -> str:
    """A checklist question's short name, "Q4", with the letter the guide's headings use in the page's language."""
    # Translators: a checklist question's short name; use the letter of the guide's headings ("Q1. What kind of work…").
    return gettext("Q%(number)s") % {"number": number}


def verdict_label(verdict: str) -> str:
    """The verdict's name in the active language ("" for none)."""
    return str(VERDICT_LABELS[Verdict(verdict)]) if verdict else ""


def severity_label(severity: str) -> str:
    try:
        return str(SEVERITY_LABELS[Severity.from_key(severity)])
    except KeyError:
        return severity
