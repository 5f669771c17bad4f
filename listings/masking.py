"""Personal details masked out of an offer's text before a checked result is kept under a shareable address.

What a recruiter's message carries about people: e-mail addresses, phone numbers (international, local and
U.S. formats) and the seeker's name after a greeting ("Dear Maria", "Hi po Ma'am Joy", "Beste mevrouw De
Vries", "Geagte Mnr. Botha", "Assalam o alaikum Ahmed bhai"). A greeting's honorific stays; the name goes.

Every pattern is linear: character classes with bounded repeats, no nested quantifiers (a pasted text can
be 100,000 characters built to be slow). Money is left alone: a phone number needs a leading "+", a trunk
"0", a U.S. 3-3-4 grouping, an Indian mobile's 10 digits, or a word such as "call" or "WhatsApp" before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

EMAIL_MASK = "[e-mail address removed]"
PHONE_MASK = "[phone number removed]"
NAME_MASK = "[name removed]"

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
# A run of digits and the separators phone numbers are written with (no newline, no comma: "25,000").
PHONE_CANDIDATE = re.compile(r"(?<![\w+$€£₹.,/])(?:\+ ?|\(?)\d[\d \t\u00a0().-]{5,22}\d(?!\d)")
PHONE_WORD = re.compile(
    r"(?i:\b(?:call|text|sms|tel|phone|mobile|cell|whats ?app|viber|telegram|contact|number|no\.|nr\.?|bel|"
    r"nommer|numero|numer|raabta|ring)\b)(?:[^\w\n]{1,4}(?i:at|on|me|us|op|na|pe|ko|se|par)\b){0,2}[^\w\n]{0,12}$"
)
US_GROUPS = re.compile(r"(?:1[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}")
INDIAN_MOBILE = re.compile(r"[6-9]\d{4}[ -]?\d{5}")

GREETING = (
    r"(?i:dear|hi|hello|hey|hiya|good (?:morning|afternoon|evening|day)|beste|geachte|hallo|hoi|geagte|goeiedag|"
    r"goeie(?:more|middag|naand)|magandang (?:umaga|hapon|gabi|araw)|kumusta|kamusta|"
    r"as+alam[ -]?[ou]?[ -]?[ao]?l[ae]ikum|as+alamu[ -]?[ao]l[ae]ikum|salam|aoa)"
)
NAME_WORD = r"[^\W\d_][\w'’.-]{0,30}"
GREETED = re.compile(
    rf"(?<![\w'])(?:{GREETING})(?:[ \t]+(?i:po|ji))?,?[ \t]+(?P<words>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,5}})"
)
# Titles of address after a greeting: kept, and the name after them masked.
_HONORIFICS = """
    mr mr. mrs mrs. ms ms. miss mx mx. dr dr. sir madam ma'am maam ma’am mister mnr mnr. mev mev. mej mej.
    meneer mevrouw heer juffrouw dhr dhr. mw mw. menere dame sahib sahiba janab mohtaram mohtarma bhai ji po
    kuya ate sis bro
"""
HONORIFICS = frozenset(_HONORIFICS.split())
# Words that greet a group or a role, not a person: nothing after them is masked.
_NOT_NAMES = """
    applicant applicants candidate candidates team all everyone everybody there friend friends seeker seekers
    user users member members colleague colleagues hiring manager new hire valued future agent agents jobseeker
    jobseekers kandidaat kandidaten sollicitant sollicitanten aansoeker aansoekers allemaal almal iedereen
    sir/madam sir/ma'am
"""
NOT_NAMES = frozenset(_NOT_NAMES.split())
NAME_PARTICLES = frozenset(["de", "van", "der", "den", "ter", "ten", "du", "le", "la", "von", "bin", "binti"])
MAX_NAME_WORDS = 3


def _name_span(match: re.Match) -> tuple[int, int] | None:
    """The span of the name inside a greeting's following words: honorifics skipped, capitalised words taken."""
    start = end = None
    taken = 0
    position = match.start("words")
    for word_match in re.finditer(r"\S+", match.group("words")):
        word = word_match.group(0)
        bare = word.rstrip(",.!:;").lower()
        word_start = position + word_match.start()
        word_end = word_start + len(word.rstrip(",.!:;"))
        if start is None and bare in HONORIFICS:
            continue
        if bare in NOT_NAMES:
            break
        if not word[0].isupper() and not (start is not None and bare in NAME_PARTICLES):
            break
        if start is None:
            start = word_start
        end = word_end
        taken += 1
        if word != word.rstrip(",.!:;") or taken == MAX_NAME_WORDS:
            break  # punctuation ends the name
    return (start, end) if start is not None else None


def _is_phone(candidate: str, before: str) -> bool:
    digits = sum(c.isdigit() for c in candidate)
    if candidate.startswith("+"):
        return 8 <= digits <= 15
    if PHONE_WORD.search(before):
        return 7 <= digits <= 15
    if candidate.lstrip("(").startswith("0"):
        return 9 <= digits <= 12
    return bool(US_GROUPS.fullmatch(candidate)) or (digits == 10 and bool(INDIAN_MOBILE.fullmatch(candidate)))


def mask_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, replacement) for each personal detail in `text`, in order, never overlapping."""
    found = [(m.start(), m.end(), EMAIL_MASK) for m in EMAIL.finditer(text)]
    for m in PHONE_CANDIDATE.finditer(text):
        candidate = m.group(0).rstrip(" \t\u00a0.-(")
        if _is_phone(candidate, text[max(0, m.start() - 40) : m.start()]):
            found.append((m.start(), m.start() + len(candidate), PHONE_MASK))
    for m in GREETED.finditer(text):
        if span := _name_span(m):
            found.append((*span, NAME_MASK))
    spans: list[tuple[int, int, str]] = []
    for start, end, mask in sorted(found):
        if spans and start < spans[-1][1]:
            continue  # inside one already masked (an e-mail address's digits, say)
        spans.append((start, end, mask))
    return spans


def mask_text(text: str) -> str:
    """`text` with every personal detail replaced by a note saying what was removed."""
    return "".join(_masked_parts(text, mask_spans(text), [(0, len(text))]))


def mask_pieces(pieces: Iterable[str]) -> list[str]:
    """Consecutive pieces of one text (plain and highlighted), masked as the whole text would be: a detail that
    crosses a piece boundary is replaced in the piece where it starts and removed from the next."""
    pieces = list(pieces)
    text = "".join(pieces)
    bounds, position = [], 0
    for piece in pieces:
        bounds.append((position, position + len(piece)))
        position += len(piece)
    return _masked_parts(text, mask_spans(text), bounds)


def _masked_parts(text: str, spans: list[tuple[int, int, str]], bounds: list[tuple[int, int]]) -> list[str]:
    parts = []
    for low, high in bounds:
        out, position = [], low
        for start, end, mask in spans:
            if end <= low or start >= high:
                continue
            if start >= position:
                out.append(text[position:start])
            if start >= low:
                out.append(mask)
            position = max(position, min(end, high))
        out.append(text[position:high])
        parts.append("".join(out))
    return parts
