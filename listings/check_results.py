"""Results of checks not saved: kept in the visitor's session for a short while, so the result is a page of
its own (post/redirect/get: Back never asks to send the form again) and "Save and share" can keep it.

A result is stored server-side only: the page, the saved copy and a re-check all read it from here, never
from what a browser sends back. Sessions are Django's database sessions (vetting/settings.py); a visitor
who is not signed in gets a session that ends RESULT_SECONDS after their last check, and the periodic
`clear_expired_sessions_task` deletes it.
"""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass
from datetime import UTC, datetime

from django.http import QueryDict

from listings.checking import CheckedOffer
from listings.offer_form import CheckOffer
from scoring.extraction import Extraction

RESULTS_KEY = "check_results"
DELETE_KEYS = "saved_check_delete_keys"
RESULT_SECONDS = 3600  # how long an unsaved result stays reachable in the browser that made it
MAX_RESULTS = 3  # results kept per session: a few tabs' worth, each up to a 100,000-character text


@dataclass
class KeptResult:
    """One check as the result page shows it: the verdict, when it was made, and how to refill the form."""

    checked: CheckedOffer
    checked_at: datetime
    title: str = ""
    employer_name: str = ""
    answers_read: int | None = None  # answers filled in from a pasted text; None when the visitor answered
    truncated_at: int | None = None  # characters read of a text read only in part
    form_data: dict | None = None  # the answers the visitor sent (a re-check shows them again)
    pasted: dict | None = None  # {"text": ..., "extraction": Extraction.as_dict()} of a pasted offer

    def check_form(self) -> CheckOffer:
        """The check form as the visitor left it: their own answers, or those read from the pasted text."""
        if self.form_data is not None:
            data = QueryDict(mutable=True)
            for name, values in self.form_data.items():
                data.setlist(name, values)
            check = CheckOffer(data=data)
            check.renew_start()
            return check
        extraction = Extraction.from_dict(self.pasted["extraction"])
        return CheckOffer.from_extraction(extraction, self.pasted["text"])

    def as_dict(self) -> dict:
        return {
            "at": self.checked_at.timestamp(),
            "result": self.checked.as_dict(),
            "title": self.title,
            "employer_name": self.employer_name,
            "answers_read": self.answers_read,
            "truncated_at": self.truncated_at,
            "form_data": self.form_data,
            "pasted": self.pasted,
        }

    @classmethod
    def from_dict(cls, data: dict) -> KeptResult:
        return cls(
            checked=CheckedOffer.from_dict(data["result"]),
            checked_at=datetime.fromtimestamp(data["at"], tz=UTC),
            title=data.get("title", ""),
            employer_name=data.get("employer_name", ""),
            answers_read=data.get("answers_read"),
            truncated_at=data.get("truncated_at"),
            form_data=data.get("form_data"),
            pasted=data.get("pasted"),
        )


def form_data(post: QueryDict) -> dict[str, list[str]]:
    """A check form's answers as the session keeps them (the CSRF token is not an answer)."""
    return {name: post.getlist(name) for name in post if name != "csrfmiddlewaretoken"}


def _live(session) -> dict[str, dict]:
    oldest = time.time() - RESULT_SECONDS
    return {key: entry for key, entry in session.get(RESULTS_KEY, {}).items() if entry.get("at", 0) >= oldest}


def keep_result(request, result: KeptResult) -> str:
    """Keep `result` in the visitor's session; returns the key its page is found under."""
    session = request.session
    kept = _live(session)
    key = secrets.token_urlsafe(12)
    kept[key] = result.as_dict()
    session[RESULTS_KEY] = dict(sorted(kept.items(), key=lambda item: item[1]["at"])[-MAX_RESULTS:])
    if not request.user.is_authenticated:
        session.set_expiry(RESULT_SECONDS)
    return key


def kept_result(request, key: str) -> KeptResult | None:
    """The result kept under `key` in this visitor's session, or None (another browser's, or too old)."""
    entry = _live(request.session).get(key)
    return KeptResult.from_dict(entry) if entry else None


def remember_delete_key(request, public_id: str, delete_key: str) -> None:
    """Let this browser offer "Delete this result" on the saved page for as long as its session lasts."""
    keys = dict(request.session.get(DELETE_KEYS, {}))
    keys[public_id] = delete_key
    request.session[DELETE_KEYS] = keys


def delete_key_for(request, public_id: str) -> str:
    """The secret that deletes saved result `public_id`, if this browser saved it; "" otherwise."""
    return request.session.get(DELETE_KEYS, {}).get(public_id, "")
