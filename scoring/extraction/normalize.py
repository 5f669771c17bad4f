"""Undo what copying an ad out of a web page does to its text, keeping a map back to the original.

Offers pasted from job boards, and ads imported from HTML, arrive with entities left in ("&amp;",
"&nbsp;") and with words glued together where tags were stripped ("$18/hrIf you enjoy",
"EmployeePay:$16.25/hrRequirements:Must reside"). Reading the glued text, "$18/hrIf" is no pay rate and
"hrRequirements" no sentence break. `normalize` decodes the entities and puts a space at each seam;
every character it returns knows where it came from, so the evidence quoted to a seeker is always the
offer's own text.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from scoring.extraction.spoken import spoken_amounts

# An entity escaped twice by a scraper ("&amp;ndash;", "&amp;nbsp;") is one entity too.
ENTITY = re.compile(r"&(?:amp;)?(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# A seam where stripped tags joined two words: a lower-case word of 3+ letters glued to a capitalised one
# ("roleHandle", "EmployeePay"), a pay unit glued to anything capitalised ("hrIf"), or a run of capitals
# glued to a capitalised word ("PAEquipment"). Short brand names ("PayPal", "WhatsApp", "GCash") stay whole.
# Each match is the empty string at a seam. Written as a look-ahead first and look-behinds after, the search stops
# only before capitals, not in every lower-case run: 5 against 13 µs a text, the same seams on every corpus text.
SEAM = re.compile(r"(?=[A-Z][a-z]{2})(?:(?<=[a-z]{3})|(?<=[A-Z]{2}))")
# Seams no brand name has: after a pay unit, after sentence punctuation, before an amount. Each is the empty string
# before a capital, a "4" or a currency sign, with look-behinds for what comes before (fixed width, so the pay units
# go by length): 10 against 43 µs a text, the same seams on every corpus text.
GLUED_AMOUNT = r"[$₱₹€£]\s?\d"
SURE_SEAM = re.compile(
    r"(?=[A-Z$₱₹€£4])(?:"
    r"(?<=\b(?:hr|yr|mo|wk))(?=[A-Z])|(?<=\b(?:hrs|day|uur|dag))(?=[A-Z])"
    r"|(?<=\b(?:hour|year|week|jaar))(?=[A-Z])|(?<=\b(?:hours|month|annum|maand))(?=[A-Z])"
    r"|(?<=[a-z]{3})(?=No [a-z]|401\(?k)"
    r"|(?<=[a-z]{2}[.!?:;])(?=[A-Z][a-z])|(?<=[a-z.;:)])(?=" + GLUED_AMOUNT + r")|(?<=\))(?=[A-Z][a-z]{2})"
    # an amount in a lettered currency glued to the heading before it: "What We OfferR11,500", "BenefitsRs 30,000"
    r"|(?<=[a-z]{3})(?=(?:Rs\.?|R|PHP|INR|ZAR)\s?\d)"
    # a company's suffix glued to the pay after it: "Redwood Assist LLC$17.25 per hour" (not "US$", "A$", "CA$")
    r"|(?<=\b(?:LLC|Inc|INC|Ltd|LTD|Pty|PLC))(?=" + GLUED_AMOUNT + r")|(?<=\bCorp)(?=" + GLUED_AMOUNT + r")"
    r"|(?<=\bBV)(?=" + GLUED_AMOUNT + r")"
    r")"
)
# A pay label glued to its amount ("Gross monthly salary€2.600") is no seam: the amount is read on the label's line.
# (Not "$": an amount starts at a "$" glued to a letter only after a seam; "Pay$22.00/hour" keeps its line break.)
PAY_LABEL_GLUED = re.compile(
    r"\b(?:salary|salaris|pay|wages?|rate|loon|uurloon|sahod|tankhwah|ctc|income|earnings|basic)(?=[₱₹€£]\s?\d)", re.I
)
# A line broken in the middle of a sentence, as text copied from a PDF or a narrow column is: "please\ndeposit
# the enclosed check". The break becomes a space so the sentence reads whole.
# A line that starts with a label ("pay: $19/hr") is a line of its own, in lower case or not.
# A line ending in a dash goes on ("Salaris: €2.520 -\n€2.780 bruto p/m").
# A line ending in a comma goes on too, whatever case the next starts in ("Training is 2 weeks online,\nMon-Fri 9-3 and
# is unpaid"), unless the next line is a label or a list item.
HARD_WRAP = re.compile(
    r"(?<=[a-z,])\n(?=[a-z(])(?![a-z]{1,15}:)|(?<= [-–])\n(?=\S)"
    r"|(?<=[a-z],)\n(?=[A-Z][\w-]*(?: [\w-]+)?[ ,])(?![^\n:]{0,20}:)"
)
# A word hyphenated across a line break, as text copied from a PDF is ("be-\nfore we can issue your offer letter",
# "afgehan-\ndelde oproep"): joined. A compound's own hyphen stays ("full-\ntime", "high-\nspeed").
HYPHEN_BREAK = re.compile(r"(?<=[A-Za-z][a-z])-\n(?=[a-z]{2})")
WORD_BEFORE = re.compile(r"[A-Za-z]+\Z")
COMPOUND_FIRST = frozenset(
    {"full", "part", "high", "low", "self", "non", "up", "co", "e", "well", "long", "short", "follow", "sign", "check",
     "log", "set", "one", "two", "three", "four", "in", "on", "off", "anti", "pre", "post", "x", "w", "back", "front",
     "start", "home", "work", "day", "night", "week", "month", "year", "multi", "per", "re", "top", "en"}
)  # fmt: skip
SHORT_CAMEL = re.compile(r"\b[A-Za-z][a-z]*[A-Z][a-z]*\b")
# A lower-case word of three letters or more glued to a capitalised one is no brand ("nameDate", "roleHandle");
# brands that start in lower case have one or two letters first ("iPhone", "eBay", "bKash").
GLUED_NOT_BRAND = re.compile(r"[a-z]{3}")
# Tags left in pasted text ("<br>", "</b>", '<li class="x">'): a block's tag ends a line, an inline one is dropped.
TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]{0,9})\b[^<>\n]{0,200}>")
INLINE_TAGS = {"b", "i", "u", "em", "strong", "span", "a", "font", "small", "mark", "sup", "sub"}
GLUED_BULLET = re.compile(r"(?<=\S)•")
HANDLE = re.compile(r"[$@#][A-Za-z]\w*")
# A web address is one name however it is cased: "ThuisWerkShop.nl", "www.CareerHubJobs.com/apply".
DOMAIN = re.compile(r"\b[A-Za-z][A-Za-z0-9-]*\.(?:com|nl|be|za|ph|pk|in|ca|org|net|io|shop|co|uk|au|us|info|biz)\b")
MAX_BRAND_LETTERS = 9  # "WhatsApp", "LinkedIn", "YouTube", "PayPal", "EasyPaisa": kept whole
# A longer one is a name where a partner or vendor is named before it: "our testing partner, SkillCheck India (Rs
# 1,200)", "via onze screeningspartner ScreenWise (€39,95": opened, the price would fall in a sentence of its own
# ... or on the line after one ("with our accredited clinic partner:\nHealthPoint Labs – PHP 1,500")
NAMED_AFTER = re.compile(
    r"(?:partner|vendor|supplier|provider|distributor|insurer|clinic|kliniek|agency|bureau)s?(?:,?[ \t]|:[ \t]*\n)\Z",
    re.IGNORECASE,
)
MAX_NAMED_BRAND_LETTERS = 16


@dataclass(frozen=True)
class Normalized:
    text: str
    starts: tuple[int, ...]  # original offset where each character of `text` comes from
    ends: tuple[int, ...]  # original offset just after it

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of text[start:end]."""
        if start >= end:
            position = self.starts[start] if start < len(self.starts) else (self.ends[-1] if self.ends else 0)
            return position, position
        return self.starts[start], self.ends[end - 1]


def _brand_seams(text: str) -> set[int]:
    """Seams inside short camel-case words, which are names, not glued words."""
    keep = set()
    for m in SHORT_CAMEL.finditer(text):
        named = len(m.group()) <= MAX_NAMED_BRAND_LETTERS and NAMED_AFTER.search(
            text, max(0, m.start() - 40), m.start()
        )
        if (len(m.group()) <= MAX_BRAND_LETTERS or named) and not GLUED_NOT_BRAND.match(m.group()):
            keep.update(range(m.start() + 1, m.end()))
    for m in HANDLE.finditer(text):  # "$HireRightVerify", "@JaneRecruitsHR", "#WorkFromHome": one name
        keep.update(range(m.start() + 1, m.end()))
    if "." in text:
        for m in DOMAIN.finditer(text):
            keep.update(range(m.start() + 1, m.end()))
    return keep


def normalize(text: str) -> Normalized | None:
    """The text with entities decoded and seams opened, or None when there is nothing to change."""
    seams = {m.end() for m in SEAM.finditer(text)}
    if seams:
        seams -= _brand_seams(text)
    seams |= {m.end() for m in SURE_SEAM.finditer(text)}
    if seams:
        seams -= {m.end() for m in PAY_LABEL_GLUED.finditer(text)}
    if "•" in text:  # "Intermediate•Achi English•Laptop": list items glued by the stripping, each a line
        seams |= {m.start() for m in GLUED_BULLET.finditer(text)}
    entities = {m.start(): m for m in ENTITY.finditer(text)} if "&" in text else {}
    # An entity's own ";" is no sentence end: '&quot;Hello' is a quote opening, not a glued seam.
    seams -= {m.end() for m in entities.values()}
    wraps = {m.start() for m in HARD_WRAP.finditer(text)}
    tags = {m.start(): m for m in TAG.finditer(text)} if "<" in text else {}
    # Amounts said in words become digits, each mapped back to the words ("sixty cents a call" -> "$0.60 a call").
    replaced = {start: (end, digits) for start, (end, digits) in spoken_amounts(text).items()}
    if "-\n" in text:
        for m in HYPHEN_BREAK.finditer(text):
            first = WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())
            if first is not None and first.group().lower() in COMPOUND_FIRST:
                replaced.setdefault(m.start() + 1, (m.end(), ""))  # "full-\ntime" -> "full-time"
            else:
                replaced.setdefault(m.start(), (m.end(), ""))  # "be-\nfore" -> "before"
    if not (seams or entities or wraps or replaced or tags):
        return None
    # Copied in runs between the places that change: a per-character loop cost a tenth of all reading time.
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    last = ""  # the last character written
    size = len(text)
    i = 0
    for position in sorted(seams | replaced.keys() | tags.keys() | entities.keys() | wraps):
        if position < i or position >= size:
            continue  # inside a span already replaced, or past the end
        if position > i:
            out.append(text[i:position])
            starts.extend(range(i, position))
            ends.extend(range(i + 1, position + 1))
            last = text[position - 1]
            i = position
        if i in seams and out and not last.isspace():
            # Glued words mark where a block ended (a list item, a paragraph, a heading): a line break.
            out.append("\n")
            starts.append(i)
            ends.append(i)
            last = "\n"
        if i in replaced:
            end, digits = replaced[i]
            if digits:
                out.append(digits)
                starts.extend([i] * len(digits))
                ends.extend([end] * len(digits))
                last = digits[-1]
            i = end
            continue
        tag = tags.get(i)
        if tag is not None:
            # An inline tag between a word and a capitalised one was a block's end too ("minutes</b>Full name").
            block = tag.group(1).lower() not in INLINE_TAGS or (
                out and last.islower() and tag.end() < size and text[tag.end()].isupper()
            )
            if block and out and last != "\n":
                out.append("\n")
                starts.append(i)
                ends.append(tag.end())
                last = "\n"
            i = tag.end()
            continue
        entity = entities.get(i)
        if entity is not None:
            decoded = html.unescape(entity.group())
            if entity.group().startswith("&amp;") and len(entity.group()) > len("&amp;"):
                decoded = html.unescape(decoded)  # "&amp;ndash;" -> "&ndash;" -> "–"
            decoded = decoded.replace("\u00a0", " ")
            if decoded == "•" and out and not last.isspace():  # "&bull;" between two list items
                out.append("\n")
                starts.append(i)
                ends.append(i)
                last = "\n"
            if decoded:
                out.append(decoded)
                starts.extend([i] * len(decoded))
                ends.extend([entity.end()] * len(decoded))
                last = decoded[-1]
            i = entity.end()
            continue
        character = " " if i in wraps else text[i]
        out.append(character)
        starts.append(i)
        ends.append(i + 1)
        last = character
        i += 1
    if i < size:
        out.append(text[i:])
        starts.extend(range(i, size))
        ends.extend(range(i + 1, size + 1))
    normalized = "".join(out)
    if normalized == text:
        return None
    return Normalized(normalized, tuple(starts), tuple(ends))


# Digits and letters swapped by text recognition (an offer read off a screenshot): "Rs 24,OOO", "PHP 45O per day",
# "Mani1a app1icants on1y", "acc0unt", "H1RING", "W0RK". One character for one, so every offset stays valid.
# (The digit comes first in each pattern and the look-behind after it: the engine then jumps from digit to digit.)
OCR_ZEROS = re.compile(r"\d(?<![A-Za-z\d]\d)[\d,.]*[Oo][\dOo,.]*(?![A-Za-z])")
OCR_ONE_AS_L = re.compile(r"1(?:(?<=[a-z]{2}1)(?=[a-z])|(?<=[a-z]1)(?=[a-z]{2}))")
OCR_ONE_AS_I = re.compile(r"1(?<=[A-Z]1)(?=[A-Z]{3})")  # (not "H1B", "SW1A")
OCR_ZERO_AS_O = re.compile(
    r"0(?:(?<=[A-Za-z]{2}0)(?=[A-Za-z])|(?<=[A-Za-z]0)(?=[A-Za-z]{2})|(?<=[a-z]{2}0)\b"
    # the word "no" itself: "N0 interview, N0 experience"
    r"|(?<=\b[Nn]0)(?=[ \t]+[A-Za-z]))"
)


# Addresses, links and handles are copied as written ("hr1jobs@gmail.com", "@careers0ne"): a digit there is meant.
OCR_KEPT = re.compile(r"\S*@\S*|\S*://\S*|\bwww\.\S*")


# Urdu and Arabic script write digits of their own and a thousands separator of their own ("۵۵٬۰۰۰ روپے"); read as
# Western digits, one character for one, so offsets stay valid.
EASTERN_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩٬٫", "01234567890123456789,.")
EASTERN_DIGIT = re.compile("[۰-۹٠-٩]")


def western_digits(text: str) -> str:
    """The text with Urdu and Arabic digits written as 0-9 (the same length), or `text` itself when it has none."""
    return text.translate(EASTERN_DIGITS) if EASTERN_DIGIT.search(text) else text


def repair_ocr(text: str) -> str:
    """The text with OCR's digit-for-letter swaps undone, or `text` itself when it has none."""
    repaired = OCR_ZEROS.sub(lambda m: m.group().replace("O", "0").replace("o", "0"), text)
    repaired = OCR_ONE_AS_L.sub("l", repaired)
    repaired = OCR_ONE_AS_I.sub("I", repaired)
    repaired = OCR_ZERO_AS_O.sub(
        lambda m: (
            "o" if repaired[m.end() : m.end() + 1].islower() or repaired[m.start() - 1 : m.start()].islower() else "O"
        ),
        repaired,
    )
    if repaired == text:
        return text
    for m in OCR_KEPT.finditer(text):
        repaired = repaired[: m.start()] + m.group() + repaired[m.end() :]
    return text if repaired == text else repaired
