"""Keeping a checked result to share: masked, stored under an unguessable address, deleted when asked or expired."""

from __future__ import annotations

import secrets
from datetime import timedelta
from importlib import import_module

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from listings.check_results import KeptResult
from listings.masking import mask_pieces, mask_text
from listings.models import SavedCheck
from listings.models.saved_check import delete_key_digest
from scoring.wording import WORDING, map_values

KEEP_FOR = timedelta(days=30)
ID_BYTES = 24  # secrets.token_urlsafe: 192 random bits for the address and for the delete secret alike


def masked_result(result: KeptResult) -> dict:
    """The result's snapshot with personal details masked: in the offer's text (across its marked pieces),
    the words quoted as evidence, every explanation and question, the title and the employer's name."""
    snapshot = result.checked.as_dict()
    findings = []
    for finding in snapshot["findings"]:
        finding = dict(finding)
        for name in ("explanation", "ask"):
            if isinstance(finding.get(name), str):
                finding[name] = mask_text(finding[name])
        if wording := finding.get(WORDING):
            finding[WORDING] = {name: map_values(data, mask_text) for name, data in wording.items()}
        finding["evidence"] = [mask_text(quote) for quote in finding.get("evidence") or ()]
        findings.append(finding)
    snapshot["findings"] = findings
    if reading := snapshot.get("reading"):
        pieces = reading["pieces"]
        texts = mask_pieces(text for text, _ in pieces)
        reading["pieces"] = [[text, label] for text, (_, label) in zip(texts, pieces, strict=True)]
    snapshot["title"] = mask_text(result.title)
    snapshot["employer_name"] = mask_text(result.employer_name)
    return snapshot


@transaction.atomic
def saved_check_create(*, result: KeptResult, now=None) -> tuple[SavedCheck, str]:
    """Store `result`, masked, for KEEP_FOR. Returns it and the secret that deletes it (stored only hashed)."""
    now = now or timezone.now()
    delete_key = secrets.token_urlsafe(ID_BYTES)
    saved = SavedCheck.objects.create(
        public_id=secrets.token_urlsafe(ID_BYTES),
        delete_key_digest=delete_key_digest(delete_key),
        result=masked_result(result),
        rules_version=result.checked.rules_version,
        checked_at=result.checked_at,
        created_at=now,
        expires_at=now + KEEP_FOR,
    )
    return saved, delete_key


def saved_check_delete(*, saved: SavedCheck, delete_key: str) -> bool:
    """Delete `saved` if `delete_key` is its secret; False (nothing deleted) otherwise."""
    if not saved.deletes(delete_key):
        return False
    saved.delete()
    return True


def saved_checks_delete_expired(*, now=None) -> int:
    """Delete every saved result past its expiry. Safe to run any number of times."""
    deleted, _ = SavedCheck.objects.expired(now=now).delete()
    return deleted


def sessions_clear_expired() -> None:
    """Delete ended sessions, as `manage.py clearsessions` does: each may hold unsaved results with an offer's
    text. Safe to run any number of times."""
    import_module(settings.SESSION_ENGINE).SessionStore.clear_expired()
