"""The site's languages, and what Django does not know about Filipino.

Django ships no Filipino locale: neither `fil` nor `tl` is in its LANG_INFO, so get_language_info() and
`{% get_language_info %}` would raise for it. We use `fil`, the BCP 47 tag for Filipino that Chrome,
Android and iOS send for a Philippine user (`fil`, `fil-PH`); `tl` (Tagalog, the older ISO 639-1 code
some browsers and phones still send) falls back to it through LANG_INFO's `fallback`, which
get_supported_language_variant() reads for Accept-Language.

Pure data and one function: settings imports it before Django is set up.
"""

from __future__ import annotations

# Each language's own name, as the switcher shows it: a reader looks for their language in their language.
LANGUAGES = [
    ("en", "English"),
    ("nl", "Nederlands"),
    ("af", "Afrikaans"),
    ("fil", "Filipino"),
    ("ur", "اردو"),
]

EXTRA_LANG_INFO = {
    "fil": {"bidi": False, "code": "fil", "name": "Filipino", "name_local": "Filipino"},
    "tl": {"fallback": ["fil"]},
    "tl-ph": {"fallback": ["fil"]},
}


def register_extra_lang_info() -> None:
    """Teach Django's LANG_INFO the languages it lacks. Safe to run any number of times."""
    from django.conf.locale import LANG_INFO

    for code, info in EXTRA_LANG_INFO.items():
        LANG_INFO.setdefault(code, info)
