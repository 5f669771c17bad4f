"""How a recruiter can be recognised: a website or e-mail domain, a phone number, a chat handle.

Each is read from whatever a job seeker pastes (a full URL, an e-mail address, a t.me or wa.me link, a
number written with spaces, dots or brackets) and reduced to one normal form, the one stored on reports
and employers, so that three ways of writing a number are one value and a search is an equality lookup.
Pure functions: no database.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

import phonenumbers
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

MAX_INPUT = 300  # longer than any real address, link or number


class InvalidIdentifier(ValueError):
    """The text is not a usable identifier; the message says why, in words for a job seeker."""


# A public domain name: labels of letters, digits and hyphens, a top-level domain of letters (or punycode).
DOMAIN_RE = re.compile(r"^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+([a-z]{2,63}|xn--[a-z0-9-]{1,59})$")
PHONE_RE = re.compile(r"^\+[1-9]\d{6,14}$")  # E.164
# Telegram usernames are 5-32 letters, digits and underscores; other apps' handles may hold dots and
# hyphens ("live:.cid.…" on Skype), so the stored form allows those too.
HANDLE_RE = re.compile(r"^[a-z0-9][a-z0-9_.:-]{1,63}$")
TELEGRAM_LINK_RE = re.compile(r"^(?:https?://)?(?:www\.)?(?:t|telegram)\.(?:me|dog)/(?:s/)?@?([A-Za-z0-9_]{3,64})/?$")
TELEGRAM_PREFIX_RE = re.compile(r"^(?:https?://)?(?:www\.)?(?:t|telegram)\.(?:me|dog)/", re.IGNORECASE)
WHATSAPP_LINK_RE = re.compile(
    r"^(?:https?://)?(?:(?:api|wa|web)\.)?(?:wa\.me|whatsapp\.com)/(?:send/?\?phone=)?\+?([\d\s().-]{6,30})",
    re.IGNORECASE,
)


def _text(value: str) -> str:
    value = unicodedata.normalize("NFKC", value or "").strip()
    if len(value) > MAX_INPUT:
        raise InvalidIdentifier(
            _("That is too long to be an address or a number (%(limit)s characters at most).") % {"limit": MAX_INPUT}
        )
    return value


def normalize_domain(value: str) -> str:
    """ "https://www.Example.COM/jobs", "jobs@example.com", "www.example.com." -> "example.com"."""
    text = _text(value)
    if not text:
        return ""
    if "@" in text and "://" not in text:
        text = text.rpartition("@")[2]
    elif "://" in text or "/" in text:
        host = urlsplit(text if "://" in text else f"//{text}").hostname
        if not host:
            raise InvalidIdentifier(_("Enter a website such as example.com, or an e-mail address."))
        text = host
    text = text.strip().rstrip(".").lower()
    try:
        text = text.encode("idna").decode("ascii")  # a name in another script becomes its xn-- form
    except UnicodeError:
        raise InvalidIdentifier(_("Enter a website such as example.com, or an e-mail address.")) from None
    text = text.removeprefix("www.")
    if not DOMAIN_RE.match(text):
        raise InvalidIdentifier(_("Enter a website such as example.com, or an e-mail address such as hr@example.com."))
    return text


def normalize_phone(value: str, *, region: str = "") -> str:
    """A number in any usual writing, or a wa.me link, as E.164 ("+14155552671").

    `region` (a country code such as "PH") reads a number written without its country code, as people
    write numbers at home; without one, the number must start with + and its country code.
    """
    text = _text(value)
    if not text:
        return ""
    if link := WHATSAPP_LINK_RE.match(text):
        text = "+" + re.sub(r"\D", "", link.group(1))
    digits = re.sub(r"\D", "", text)
    if not 6 <= len(digits) <= 17 or re.search(r"[A-Za-z]", text):
        raise InvalidIdentifier(_("Enter a phone number with its digits, for example +1 415 555 2671."))
    try:
        number = phonenumbers.parse(text, region.upper() or None)
    except phonenumbers.NumberParseException:
        raise InvalidIdentifier(
            _("Enter the number with its country code, starting with + (for example +63 917 123 4567).")
        ) from None
    if not phonenumbers.is_valid_number(number):
        if region and not text.startswith("+"):
            message = _(
                "That is not a valid phone number in %(country)s. Check the digits, or add the country code with +."
            )
            raise InvalidIdentifier(message % {"country": region.upper()})
        message = _("That is not a valid phone number. Check the digits, or add the country code with +.")
        raise InvalidIdentifier(message)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def is_whatsapp_link(value: str) -> bool:
    return bool(WHATSAPP_LINK_RE.match(_text(value)))


def normalize_handle(value: str) -> str:
    """ "@Job_Recruiter", "t.me/Job_Recruiter", "https://t.me/job_recruiter" -> "job_recruiter"."""
    text = _text(value)
    if not text:
        return ""
    if link := TELEGRAM_LINK_RE.match(text):
        text = link.group(1)
    text = text.removeprefix("@").lower()
    if not HANDLE_RE.match(text):
        raise InvalidIdentifier(
            _("Enter a chat handle such as @name or a t.me/name link (letters, digits, _ . - only, no spaces).")
        )
    return text


# --- Telling what a search is -------------------------------------------------------------------
NAME, DOMAIN, PHONE, HANDLE = "name", "domain", "phone", "handle"
KIND_LABELS = {
    NAME: gettext_lazy("company name"),
    DOMAIN: gettext_lazy("website or e-mail domain"),
    PHONE: gettext_lazy("phone or WhatsApp number"),
    HANDLE: gettext_lazy("chat handle"),
}
# Digits and the signs numbers are written with; or + and a digit, which only a number starts with.
PHONE_LIKE_RE = re.compile(r"^(\+?[\d\s().\-/]{6,30}|\+\s*\d[\d\s().\-/]*)$")
BARE_HANDLE_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_]{4,31}$")


def classify(value: str, *, region: str = "") -> list[tuple[str, str]]:
    """What a look-up text can be, as (kind, normal form) pairs, most specific first.

    A link, an @handle, an e-mail address or a number is one thing; a plain word is a company name and,
    when it is shaped like a Telegram username, also a handle. Raises InvalidIdentifier when the text is
    clearly meant as one kind (a link, a number) but is not a valid one.
    """
    text = _text(value)
    if not text:
        return []
    if TELEGRAM_PREFIX_RE.match(text) or text.startswith("@"):
        return [(HANDLE, normalize_handle(text))]
    if is_whatsapp_link(text) or PHONE_LIKE_RE.match(text):
        return [(PHONE, normalize_phone(text, region=region))]
    if "@" in text or "://" in text or text.lower().startswith("www."):
        return [(DOMAIN, normalize_domain(text))]
    if " " not in text and "." in text:
        try:
            return [(DOMAIN, normalize_domain(text))]
        except InvalidIdentifier:
            pass  # "Acme Inc." is a name
    kinds = [(NAME, fold_name(text))]
    if BARE_HANDLE_RE.match(text):
        kinds.append((HANDLE, text.lower()))
    return kinds


def fold_name(name: str) -> str:
    """A company name for comparison: no accents, no case, single spaces ("Café  Ñandú" -> "cafe nandu")."""
    decomposed = unicodedata.normalize("NFKD", name or "")
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.casefold().split())
