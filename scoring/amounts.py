"""Amounts of money: stored and read in English ("$12.50", "18,000.00 PHP"), shown the way the page's language
writes them ("US$ 12,50" in Dutch, "R6 500,00" in Afrikaans), with the CLDR's patterns through Babel.

An `Amount` is the English text itself (a `str`, so the stored findings, the JSON API, `check_offer`, the admin and
the bench read what they read before) that keeps its amount and currency, so `scoring.wording` can store it as
data and show it again in another language. English pages keep the English text exactly; the other languages get
their locale's pattern, with Latin digits, and isolated from the sentence around it where the script runs right to
left (an Urdu sentence would otherwise put the "$" after the number).

Cheap where it is hot (twenty listing cards a browse page): each language's Babel locale is loaded once per process,
and each amount's text once per language (the same hourly figures repeat across cards and requests).
"""

from __future__ import annotations

import re
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache

from django.utils.translation import get_language, to_locale

REFERENCE_CURRENCY = "USD"
CENT = Decimal("0.01")
# Unicode's left-to-right isolate and its closing mark: what <bdi dir="ltr"> does, in text that is not HTML (a
# finding's sentence, an e-mail, a feed, a card built in Python).
LTR_ISOLATE, POP_ISOLATE = "\u2066", "\u2069"


def cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def english_money(amount: Decimal, currency: str) -> str:
    """ "$12.50" for U.S. dollars, "12.50 PHP" otherwise: the stored English, and what English pages show."""
    text = f"{cents(amount):,}"
    return f"${text}" if currency == REFERENCE_CURRENCY else f"{text} {currency}"


class Amount(str):
    """The English text of an amount of money, with the amount (to the cent) and the currency it was made from."""

    def __new__(cls, amount: Decimal, currency: str):
        amount = cents(Decimal(amount))
        text = super().__new__(cls, english_money(amount, currency))
        text.amount = amount
        text.currency = currency
        return text

    def __reduce__(self):
        return Amount, (self.amount, self.currency)

    def as_data(self) -> dict:
        """JSON-safe: {"amount": "12.50", "currency": "USD"}."""
        return {"amount": str(self.amount), "currency": self.currency}

    @classmethod
    def from_data(cls, data: dict) -> Amount:
        """An Amount again from what `as_data` made; ValueError when it is not one."""
        try:
            return cls(Decimal(data["amount"]), str(data["currency"]))
        except (KeyError, TypeError, InvalidOperation) as error:
            raise ValueError(f"not a stored amount: {data!r}") from error

    def shown(self) -> str:
        return shown_money(self.amount, self.currency)


def is_amount_data(value) -> bool:
    return isinstance(value, dict) and "amount" in value and "currency" in value


@lru_cache(maxsize=16)
def _locale(language: str):
    """(Babel locale, whether its script runs right to left) for a page language; None where the English text is
    what the page shows (English itself, or a language Babel does not know)."""
    if not language or language.split("-")[0] == "en":
        return None
    from babel import Locale, UnknownLocaleError  # loaded only when a page is in another language

    try:
        locale = Locale.parse(to_locale(language))
    except (UnknownLocaleError, ValueError):
        return None
    return locale, locale.character_order == "right-to-left"


def _babel(amount: Decimal, currency: str, locale) -> str:
    from babel.numbers import format_currency

    return format_currency(cents(amount), currency, locale=locale, numbering_system="latn")


def _isolated(text: str, right_to_left: bool) -> str:
    return f"{LTR_ISOLATE}{text}{POP_ISOLATE}" if right_to_left else text


@lru_cache(maxsize=8192)
def money_in(amount: Decimal, currency: str, language: str) -> str:
    """`shown_money` for a language the caller already knows (get_language() costs a microsecond: twenty cards
    look it up once)."""
    found = _locale(language)
    if found is None:
        return english_money(amount, currency)
    locale, right_to_left = found
    return _isolated(_babel(amount, currency, locale), right_to_left)


@lru_cache(maxsize=2048)
def _rangemoney_in(low: Decimal, high: Decimal | None, currency: str, language: str) -> str:
    found = _locale(language)
    if found is None:
        return f"{low}–{high} {currency}" if high else f"{low} {currency}"
    locale, right_to_left = found
    # One isolate around both ends: two isolated amounts in an Urdu sentence would read high–low.
    ends = (low,) if high is None else (low, high)
    return _isolated("–".join(_babel(end, currency, locale) for end in ends), right_to_left)


# A finding's plain values: a number with decimals or grouped thousands ("173.33" hours a month; a bare "2026" may be
# a year, and "40" reads the same everywhere) and a date ("2025-09-01", an exchange rate's).
PLAIN_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@lru_cache(maxsize=4096)
def plain_in(text: str, language: str) -> str:
    """A number or a date a finding quotes, as the page's language writes it ("173,33", "1 september 2025" in
    Dutch); any other text, and every value on an English page, as it is."""
    found = _locale(language)
    if found is None:
        return text
    locale, right_to_left = found
    if PLAIN_NUMBER.fullmatch(text):
        from babel.numbers import format_decimal

        number = format_decimal(
            Decimal(text.replace(",", "")), locale=locale, numbering_system="latn", decimal_quantization=False
        )
        return _isolated(number, right_to_left)
    if ISO_DATE.fullmatch(text):
        from babel.dates import format_date

        try:
            return format_date(date.fromisoformat(text), format="long", locale=locale)
        except ValueError:
            return text
    return text


def shown_plain(text: str) -> str:
    return plain_in(text, get_language() or "")


def shown_money(amount: Decimal, currency: str) -> str:
    """An amount as the active language writes it ("$12.50" in English, "US$ 12,50" in Dutch)."""
    return money_in(amount, currency, get_language() or "")


def shown_pay_range(low: Decimal, high: Decimal | None, currency: str) -> str:
    """An offer's stated pay as the active language writes it. English keeps the form the pages and feeds had
    ("15.00–18.00 USD", "15.00 USD"); other languages write each end as an amount ("US$ 15,00–US$ 18,00")."""
    return _rangemoney_in(low, high or None, currency, get_language() or "")
