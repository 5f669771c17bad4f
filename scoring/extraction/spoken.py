"""Amounts said in words, as voice notes and chat messages give them: "sixty cents a call", "fifteen dollars an
hour", "nege duisend vyfhonderd rand per maand", "bente-singko mil kada buwan", "dalawang libo't limandaang
piso", "do hazar rupay".

Only a run of number words right before a currency or a pay period is an amount ("one of our agents" stays
as it is). `spoken_amounts` gives, for each such run, the digits the money reader understands; `normalize`
puts them in place of the words and keeps the map back to the offer's own words for the evidence.
"""

from __future__ import annotations

import re

from scoring.extraction.text import ci

# Each language's words, with what they stand for: below 100 a value, 100 and up a multiplier.
UNITS: dict[str, int] = {
    # English
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    # Dutch
    "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9,
    "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16,
    "zeventien": 17, "achttien": 18, "negentien": 19, "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50,
    "zestig": 60, "zeventig": 70, "tachtig": 80, "negentig": 90,
    # Afrikaans (the words Dutch shares are above)
    "vyf": 5, "ses": 6, "sewe": 7, "agt": 8, "nege": 9, "vyftien": 15, "sestien": 16, "sewentien": 17,
    "agtien": 18, "vyftig": 50, "sestig": 60, "sewentig": 70,
    # Tagalog, and the Spanish numbers Filipinos say for money
    "isa": 1, "isang": 1, "dalawa": 2, "dalawang": 2, "tatlo": 3, "tatlong": 3, "apat": 4, "lima": 5, "limang": 5,
    "anim": 6, "pito": 7, "pitong": 7, "walo": 8, "walong": 8, "siyam": 9, "sampu": 10, "sampung": 10,
    "uno": 1, "dos": 2, "tres": 3, "kwatro": 4, "kuwatro": 4, "singko": 5, "sinko": 5, "sais": 6, "siyete": 7,
    "otso": 8, "nuwebe": 9, "diyes": 10, "onse": 11, "dose": 12, "trese": 13, "katorse": 14, "kinse": 15,
    "bente": 20, "beinte": 20, "trenta": 30, "treinta": 30, "kwarenta": 40, "kuwarenta": 40, "singkwenta": 50,
    "singkuwenta": 50, "sisenta": 60, "setenta": 70, "otsenta": 80, "nobenta": 90,
    # Roman Urdu
    "ek": 1, "teen": 3, "char": 4, "chaar": 4, "panch": 5, "paanch": 5, "chhe": 6, "aath": 8, "nau": 9, "das": 10,
    "gyarah": 11, "barah": 12, "pandrah": 15, "bees": 20, "pachees": 25, "tees": 30, "chalees": 40,
    "pachas": 50, "pachaas": 50,
}  # fmt: skip
MULTIPLIERS: dict[str, int] = {
    "hundred": 100, "honderd": 100, "daan": 100, "raan": 100, "siyento": 100, "sau": 100,
    "daang": 100, "raang": 100,
    "thousand": 1000, "grand": 1000, "duizend": 1000, "duisend": 1000, "libo": 1000, "libong": 1000, "mil": 1000,
    "hazar": 1000, "hazaar": 1000, "lakh": 100_000,
}  # fmt: skip
# "a hundred", "'n duisend", "sandaan", "sanlibo": one of the multiplier.
ONE_OF = r"(?:a|an|'n|san)(?=\s?(?:hundred|thousand|grand|honderd|duisend|duizend|daan|libo)\b)"
_WORDS = sorted([*UNITS, *MULTIPLIERS], key=len, reverse=True)
WORD = rf"(?:{ONE_OF}|{'|'.join(_WORDS)})"
# Between words: a space or hyphen, "and", Dutch/Afrikaans "en" ("vyf-en-twintig"), Tagalog "'t"/"at" and the
# linker "-ng"/"n" glued in "limandaan"; the Urdu "do" (two) only before a multiplier.
JOIN = r"(?:[\s-]*(?:and|en|at)[\s-]*|['’]t\s+|[\s-]+|n?)"
PHRASE = rf"(?:do(?=\s(?:hazar|hazaar|lakh|sau)\b)|{WORD})(?:{JOIN}(?:{WORD}))*+"
CURRENCY = r"dollars?|bucks|cents?|rand|euros?|pesos?|piso|rupees?|rupay\w*|roepies?|pounds?|ponde"
PERIOD = (
    r"an? (?:hour|call|minute|month|week|day)|per (?:hour|call|minute|month|week|day|uur|maand|dag|oproep)"
    r"|kada (?:buwan|linggo|araw|oras|tawag)|isang (?:buwan|linggo|araw)|sa isang (?:buwan|linggo|araw)"
    r"|'n (?:uur|maand|week|dag|oproep)|(?:har |fi )?(?:mahina|mahine|ghanta|ghante)|basic|salary|sahod"
)
# (A multiplier after digits belongs to them: "62 hazar salary" is 62,000, which the money reader reads.)
SPOKEN = re.compile(
    rf"(?<![\w'’-])(?<!\d\s)(?P<n>{PHRASE})(?![\w-])(?:\s?(?P<cur>{CURRENCY})\b|(?=\s(?:{PERIOD})\b))", re.IGNORECASE
)
# The same, run on the lower-cased text: without re.IGNORECASE, and told the letters a number word starts with, the
# engine skips ahead instead of trying the look-behind at every character (three times faster).
SPOKEN_LOWERED = ci(SPOKEN.pattern)
TOKEN = re.compile(rf"{ONE_OF}|do|{'|'.join(_WORDS)}", re.IGNORECASE)
# Voice notes and chat messages are short: a longer text is read for spoken amounts in its start only, so a huge
# paste costs no more than this.
SCAN_CHARS = 20_000
# Quick test before the full pattern: some currency or period word must be there at all.
CUE = re.compile(rf"\b(?:{CURRENCY})\b|\b(?:{PERIOD})\b", re.IGNORECASE)


def value_of(words: str) -> int | None:
    """ "nege duisend vyfhonderd" -> 9500, "bente-singko mil" -> 25000; None when the words are no number."""
    total = current = 0
    seen = False
    for token in TOKEN.findall(words):
        word = token.lower()
        if word in ("a", "an", "'n", "san", "do"):
            current += 2 if word == "do" else 1
        elif word in UNITS:
            current += UNITS[word]
        elif MULTIPLIERS[word] == 100:
            current = max(current, 1) * 100
        else:
            total += max(current, 1) * MULTIPLIERS[word]
            current = 0
        seen = True
    return total + current if seen else None


HOURLY_AFTER = re.compile(r"\s(?:an?|per) (?:hour|call|minute)\b", re.IGNORECASE)


def _dollars_and_cents(words: str, text: str, end: int) -> str | None:
    """ "eighteen fifty an hour" is $18.50, not 68: two numbers from 10 to 99 said one after the other, the second a
    round ten or a tens-and-unit ("fifteen seventy-five"), before an hourly or per-call rate."""
    groups = words.split()
    if len(groups) != 2 or not HOURLY_AFTER.match(text, end):
        return None
    dollars, cents = value_of(groups[0]), value_of(groups[1])
    if dollars is None or cents is None or not (10 <= dollars <= 99 and 10 <= cents <= 99):
        return None
    if cents % 10 and "-" not in groups[1]:
        return None  # "twenty five an hour" is 25
    return f"${dollars}.{cents:02d}"


# "twelve pounds eighty an hour", "veertien euro negentig bruto per uur": the cents said after the currency.
# ... "one rupee fifty paise per talk-time minute"
CENTS_AFTER_CURRENCY = re.compile(
    rf"\s(?P<c>{WORD}(?:-{WORD})?)(?:\s(?:paise|cents|pence))?"
    r"(?=\s(?:bruto |gross |netto )?(?:an?|per) (?:[\w-]+ )?(?:hour|uur|call|minute)\b)",
    re.IGNORECASE,
)
SIGN = {
    "pound": "£", "pounds": "£", "dollar": "$", "dollars": "$", "euro": "€", "euros": "€", "rand": "R", "rupee": "₹",
    "rupees": "₹",
}  # fmt: skip


def spoken_amounts(text: str) -> dict[int, tuple[int, str]]:
    """{start: (end, digits)} for each amount said in words; the digits replace text[start:end]."""
    if not CUE.search(text, 0, SCAN_CHARS):
        return {}
    found: dict[int, tuple[int, str]] = {}
    low = text[:SCAN_CHARS].lower()
    # A few characters change length when lower-cased ("İ"): offsets must stay the text's.
    spoken = (
        SPOKEN_LOWERED.finditer(low) if len(low) == min(len(text), SCAN_CHARS) else SPOKEN.finditer(text, 0, SCAN_CHARS)
    )
    taken = 0  # the end of the last amount: the cents said after a currency are not read again on their own
    for m in spoken:
        if m.start() < taken:
            continue
        if (cents := _dollars_and_cents(m.group("n"), text, m.end())) is not None:
            found[m.start()] = (m.end("n"), cents)  # "eighteen fifty an hour": $18.50
            continue
        value = value_of(m.group("n"))
        if not value:
            continue
        currency = (m.group("cur") or "").lower()
        if not currency and value < 5:  # "wat verdien ek per maand": the Afrikaans "ek" is "I", not one
            continue
        if currency in ("cent", "cents"):
            # "sixty cents a call": an amount the money reader knows ("$0.60")
            if value < 100:
                found[m.start()] = (m.end(), f"$0.{value:02d}")
        elif currency == "bucks":
            found[m.start()] = (m.end(), f"${value}")
        elif (
            currency in SIGN
            and value < 100
            and (after := CENTS_AFTER_CURRENCY.match(text, m.end())) is not None
            and 10 <= (cents := value_of(after.group("c")) or 0) <= 99
        ):
            found[m.start()] = (after.end(), f"{SIGN[currency]}{value}.{cents:02d}")
            taken = after.end()
        else:
            found[m.start()] = (m.end("n"), str(value))
    return found
