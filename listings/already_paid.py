"""Help for a seeker who already paid or sent documents: which country's official channels to show first."""

from __future__ import annotations

from django.utils.translation.trans_real import parse_accept_lang_header

from listings.models import HELP_COUNTRIES
from scoring.pay_references import COUNTRY_OF_CURRENCY

COUNTRIES = dict(HELP_COUNTRIES)
DEFAULT_COUNTRY = "US"
# A browser that names only a language: the country whose seekers write it (Afrikaans, South Africa).
COUNTRY_OF_LANGUAGE = {"nl": "NL", "af": "ZA", "ur": "PK", "fil": "PH", "tl": "PH", "hi": "IN"}


def offer_country(hiring_regions, currency: str = "") -> str:
    """The served country an offer is for: the first place it hires in, else the country of its currency."""
    for code in hiring_regions:
        if (country := code.split("-")[0]) in COUNTRIES:
            return country
    country = COUNTRY_OF_CURRENCY.get(currency or "", "")
    return country if country in COUNTRIES else ""


def seeker_country(request, fallback: str = "", default: str = DEFAULT_COUNTRY) -> str:
    """?country= when it is one we serve; else the offer's country (`fallback`); else the browser's language;
    else `default` ("" where guessing would be worse than not knowing, as when reading a phone number)."""
    chosen = request.GET.get("country", "").upper()
    if chosen in COUNTRIES:
        return chosen
    if fallback in COUNTRIES:
        return fallback
    for tag, _quality in parse_accept_lang_header(request.headers.get("Accept-Language", "")[:200]):
        language, _, region = tag.lower().partition("-")
        if region.upper() in COUNTRIES:
            return region.upper()
        if language in COUNTRY_OF_LANGUAGE:
            return COUNTRY_OF_LANGUAGE[language]
    return default
