"""Which language an offer is written in, and whether the reading understands it.

The reading knows English, Dutch, Afrikaans, Filipino/Taglish and Urdu (Roman Urdu, and pay, fees and
chat apps in Urdu script). An offer in another language would otherwise come back as "the offer does not
say..." nine times over; knowing the language lets the page say plainly that we could not read it.

Detection is py3langid (its model ships inside the package: nothing is downloaded). Roman Urdu is no
language of its model (it reads as English, Javanese or Nigerian Pidgin), and Taglish often reads as
English, so their everyday words are counted too.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import islice

import pycountry

# Languages the reading understands (ISO 639-1).
READ_LANGUAGES = frozenset({"en", "nl", "af", "tl", "ur"})
SAMPLE_CHARS = 5_000  # the language of an offer shows in its first page
MIN_WORDS = 8  # shorter texts ("$15/hr, Texas") are not judged
MIN_CONFIDENCE = 0.7  # below this the detector is guessing; the text is read as usual
# Everyday words that mark Roman Urdu or Filipino in a Latin-script text; three different ones are enough.
ROMAN_URDU = re.compile(
    r"\b(?:hai|hain|karein|karen|kijiye|aap|apna|nahi|nahin|chahiye|mein|ghar|kaam|sirf|tankhwah|rozana|bhejein"
    r"|hoga|hogi|wala|wali|liye|rabta|zaroori|tajurba|mahana|salary\s+ke)\b",
)
FILIPINO = re.compile(
    r"\b(?:po|ang|ng|mga|sa|lang|kayo|naman|nyo|ito|para|kung|walang|hindi|araw|sahod|bayad|trabaho|pwede"
    r"|kami|namin|natin|ninyo|lamang)\b",
)
# English function words no other language the reading knows uses: five different ones make a text English without
# asking the model (which costs about half a millisecond on a long ad, a fifth of reading it). Five and six gave the
# same language on all 9,415 corpus and blind texts; five asks the model 8% less often.
ENGLISH = re.compile(
    r"\b(?:the|and|you|your|with|for|will|are|our|this|that|have|from|must|can|be|to|it|an|by|or|as|at|on)\b"
)
ENGLISH_WORDS = 5
# Enough text for the model to be sure (1,500 characters gave the same language on all 8,675 corpus texts); its
# cost grows with the length.
CLASSIFY_CHARS = 800
WORD = re.compile(r"\w+")
MARKER_WORDS = 3


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _distinct(pattern: re.Pattern, low: str, enough: int) -> bool:
    """Whether `enough` different words of `pattern` are in the lower-cased text (the patterns are lower case, no
    IGNORECASE). Stops at the last one needed: an English ad shows its five function words in its first line."""
    seen = set()
    for m in pattern.finditer(low):
        seen.add(m.group())
        if len(seen) >= enough:
            return True
    return False


def detect_language(text: str) -> str:
    """The offer's language as an ISO 639-1 code, or "" when the text is too short or the guess too weak."""
    sample = text[:SAMPLE_CHARS]
    if sum(1 for _ in islice(WORD.finditer(sample), MIN_WORDS)) < MIN_WORDS:
        return ""
    low = sample.lower()
    if _distinct(ROMAN_URDU, low, MARKER_WORDS):
        return "ur"
    if _distinct(FILIPINO, low, MARKER_WORDS):
        return "tl"
    if _distinct(ENGLISH, low[:CLASSIFY_CHARS], ENGLISH_WORDS):
        return "en"
    language, confidence = _identifier().classify(sample[:CLASSIFY_CHARS])
    return language if confidence >= MIN_CONFIDENCE else ""


def is_read(language: str) -> bool:
    """Whether the reading understands text in `language` ("" is unknown: read as usual)."""
    return not language or language in READ_LANGUAGES


def language_name(code: str) -> str:
    """ "es" -> "Spanish"; the code itself when the name is unknown."""
    language = pycountry.languages.get(alpha_2=code) if code else None
    return language.name if language else code
