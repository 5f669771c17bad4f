"""Text fields that drop invisible formatting characters, so a name or a note cannot disguise itself.

Bidi overrides (U+202E turns "moc.liamg" into "gmail.com" on screen), zero-width spaces and other
format characters (Unicode category Cf) are removed wherever text comes in: model validation (admin
and public forms), saves through the ORM (`pre_save`) and the importer. Zero-width joiners and
non-joiners are kept between two non-ASCII letters, where Urdu, Persian and Indic scripts need them
(and emoji sequences use them), and removed elsewhere.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from functools import cache

from django import forms
from django.db import models

_JOINERS = "\u200c\u200d"
_STRAY_JOINER_RE = re.compile(f"(?<![^\\x00-\\x7f])[{_JOINERS}]|[{_JOINERS}](?![^\\x00-\\x7f])")


@cache
def _format_re() -> re.Pattern:
    """Every Unicode format character but the joiners. Built on the first non-ASCII text, not at import:
    the scan of all code points takes 60 ms that most processes (workers, commands) never need."""
    chars = "".join(
        chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cf" and chr(c) not in _JOINERS
    )
    return re.compile(f"[{re.escape(chars)}]")


def strip_invisible(text: str) -> str:
    """`text` without bidi controls, zero-width spaces and other invisible format characters."""
    if not text or text.isascii():
        return text
    return _STRAY_JOINER_RE.sub("", _format_re().sub("", text))


class PlainFormField(forms.CharField):
    """A form CharField that drops invisible format characters before validation."""

    def to_python(self, value):
        value = super().to_python(value)
        return strip_invisible(value) if isinstance(value, str) else value


class _Plain:
    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": PlainFormField, **kwargs})

    def to_python(self, value):
        value = super().to_python(value)
        return strip_invisible(value) if isinstance(value, str) else value

    def pre_save(self, model_instance, add):
        value = super().pre_save(model_instance, add)
        if isinstance(value, str):
            value = strip_invisible(value)
            setattr(model_instance, self.attname, value)
        return value


class PlainCharField(_Plain, models.CharField):
    pass


class PlainTextField(_Plain, models.TextField):
    pass
