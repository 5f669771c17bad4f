"""The text being read: sentence and clause bounds, negation windows, and the collector of findings.

Everything is linear-time: one pass of a few precompiled patterns, then bisect for bounds.
"""

from __future__ import annotations

import re
import time
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cache, cached_property
from itertools import islice

import ahocorasick

from scoring.extraction.prefilter import (
    crosses_full_stop,
    crosses_line,
    first_characters,
    never_starts_with_space,
    required_words,
)
from scoring.extraction.result import Evidence

# A sentence ends at . ! ? or Urdu's full stop ۔ (and any closing quote or bracket right after: '... from your
# paycheck." Is that normal?') followed by space, at a line break, or at a bullet.
SENTENCE_END = re.compile(r"[.!?۔]+[\"'”’)\]]*(?=\s|$)|\n|[•·▪●]|\s[-*]\s(?=[A-Z])")
# "U.S.", "e.g.", "Inc." do not end a sentence (checked per candidate: lookbehinds in the scan are slow).
ABBREVIATION = re.compile(
    r"(?:\b[A-Za-z]|\be\.g|\bi\.e|\bInc|\bLtd|\bCo|\bSt|\bMr|\bMs|\bDr|\bvs|\bapprox|\bincl|\bexcl|\bapx)$"
)
# "No." abbreviates a number only before one ("No. 5", "No.#12"); "1) No. Training is paid" answers a question.
# "Rs." before an amount is the rupee's sign ("please deposit Rs. 2,500 test processing fee").
NUMBER_SIGN = re.compile(r"(?<![A-Za-z])(?:No|Rs)\.\s?[\d#]")
# A clause also ends at ; and before words that turn the sentence round ("no fees, except ...").
# A spaced en dash also ends a clause ("No salary – 100% commission"); "$15–17" is a range.
CLAUSE_PUNCTUATION = re.compile(r"[;()—]|,\s*(?=and\b|or\b)|(?<=\s)–(?=\s)")
# Run on the lower-cased text: without re.IGNORECASE the engine can skip ahead.
NEGATION = re.compile(
    r"\b(?:no|not|never|none|without|zero|nor|neither|free|n't|cannot|don't|doesn't|won't|isn't|aren't|"
    r"do not|does not|will not|is not|are not|nothing|nobody|no one|no-one"
    # chat spellings with no apostrophe: "at least they dont charge for the course"
    r"|dont|doesnt|didnt|wont|cant|isnt|arent"
    # Dutch, Afrikaans, Tagalog, Urdu ("wij vragen nooit", "geen kosten", "walang bayad", "koi fee nahi")
    r"|nooit|niemand|geen|géén|niet|nie|moenie|sonder|zonder|gratis|walang|nahi|nahin|wala|na hi|کبھی|نہیں)\b"
    r"|n't\b|\bno-"
    # "Hindi po, bayad po ang training": "Hindi po," answers no; it negates nothing after it
    r"|\bhindi(?= (?:kami|po(?![,.!])|rin|ka|kayo|namin|naniningil|humihingi|nag|kailangan|magbabayad|maniningil"
    r"|bayad|mo|sa))"
)
# "no", "walang", "geen" negate the noun right after them; a comma closes that, unless the list is one
# coordinated list ("no fees, deposits or kits"): "No interview, W-2, paid training" has paid training, and
# "Walang walk-in, interview sa Telegram lang" an interview on Telegram.
# Urdu puts "nahi" after what it denies ("koi fixed salary nahi, sirf commission"): its scope ends at the comma too.
# "Free" ends there too: "the first 3 tasks are free, then top up R500 to unlock VIP tasks".
COMMA_SCOPED_NEGATION = {
    "no", "walang", "wala", "geen", "zero", "without", "zonder", "sonder", "nahi", "nahin", "نہیں", "free", "gratis",
}  # fmt: skip
CLAUSE_END_NEGATIONS = ("nahi", "nahin", "نہیں", "niet")  # end their clause: "card nahi, ...", "nog niet live is, ..."
COORDINATED = re.compile(r"\b(?:or|and|nor|of|en|o|at|aur|ya)\b")
LIST_TAIL = re.compile(r"[,\s]*(?:or|and)\b")  # a clause cut at ", or" / ", and": perhaps the last item of a list


# "no matric needed send R350 for training material": the "no" ends with its phrase.
NEGATED_PHRASE_ENDS = re.compile(r"\b(?:needed|required|necessary|nodig|vereis)\b")
# ... and "no" before experience or a CV denies only that, unless a list or a preposition goes on ("no exp once off
# R350 deposit" asks the deposit; "no experience or fees" denies both; "no CVs by WhatsApp" denies the chat)
NO_EXPERIENCE = re.compile(r"[^\S\n]+(?:exp|experience|cv|resume|degree|diploma|matric)\b")
LIST_GOES_ON = re.compile(
    r"[^\S\n]*(?:'?s\b)?[^\S\n]*(?:,|/|&|\+|\bor\b|\band\b|\bnor\b|\bo\b|\bat\b|\bya\b|\bof\b|\ben\b"
    r"|\b(?:by|via|per|on|over|through|in|thru|sa|pe|par)\b)"
)
# "she didn't say if the training is paid", "not sure whether the laptop is provided": what is not said is left
# open, not denied.
NOT_SAID_IF = re.compile(
    r"\A\W*(?:\w+\W+)?(?:say|said|mention|mentioned|tell|told|specify|specified|state|stated|know|sure|clear|explain"
    r"|explained|confirm|confirmed)\b[^.;\n]{0,20}?\b(?:if|whether)\b"
)
AFRIKAANS_NEGATIONS = ("geen", "nie", "nooit", "niks", "g'n", "moenie")
AFRIKAANS_CLOSING_NIE = re.compile(r"\bnie\b")
AFRIKAANS_OPENING = re.compile(r"\b(?:geen|nie|nooit|niks|g'n|moenie)\b")


# "If you don't have one, our partner arranges it for £38", "Where customers can't use our gateway, they'll pay ...",
# "Because those hours haven't been worked yet, please send the full amount back": a negation inside an opening
# condition or reason ends at its comma.
IF_CLAUSE_BEFORE = re.compile(
    r"\b(?:if|unless|when|whenever|where|wherever|because|since|although|though|als|indien|omdat|aangesien|kung|dahil"
    r"|agar|kyunke|kyunki)\s+(?:\w+\s+){0,2}\w*$"
    # "For borrowers who cannot use the app, receive their payments ...": a relative clause about someone else
    r"|\bfor (?:\w+\s+){0,2}(?:who|that)\s+$"
    # "So your phone screen isn't held up by compliance, please have your SSN ready": a purpose clause
    r"|\bso (?:that )?(?:\w+\s+){0,3}\w*$"
)
IF_CLAUSE_WINDOW = 30  # characters before the negation: the conjunction and up to two words


def _scope_closed(negation: re.Match, low: str, start: int) -> bool:
    if NEGATED_PHRASE_ENDS.search(low, negation.end(), start):
        return True
    if NOT_SAID_IF.match(low[negation.end() : start]):
        return True
    if negation.group() == "no" and (noun := NO_EXPERIENCE.match(low, negation.end())) and noun.end() <= start:
        # "R450/day no exp once off R350 refundable deposit": "no" denies the experience, and what follows it is
        # not in a list with it (unlike "no experience or fees") nor said of it ("no CVs by WhatsApp")
        return not LIST_GOES_ON.match(low, noun.end())
    if negation.group() in AFRIKAANS_NEGATIONS and AFRIKAANS_CLOSING_NIE.search(low, negation.end(), start):
        return True  # "GEEN ONDERHOUD NIE STUUR JOU ID NOMMER": Afrikaans closes its negation with a second "nie"
    if negation.group() == "nie" and AFRIKAANS_OPENING.search(low, max(0, negation.start() - 50), negation.start()):
        return True  # ... and that closing "nie" negates nothing after it
    if "," in low[negation.end() : start] and IF_CLAUSE_BEFORE.search(
        low, max(0, negation.start() - IF_CLAUSE_WINDOW), negation.start()
    ):
        return True
    between = low[negation.end() : start]
    if negation.group() in CLAUSE_END_NEGATIONS and ("," in between or "،" in between):
        return True  # "Jin customers ke paas card nahi, woh ...": the comma closes what "nahi" or "niet" denies
    if negation.group() in ("free", "gratis") and (THEN.search(between) or FREE_UNTIL.search(between)):
        # "1st task free then top up ₱1000 for commission tasks": what is free ends at "then"; "ships to you free
        # before your first day of paid training": at "before"
        return True
    if negation.group() not in COMMA_SCOPED_NEGATION or ("," not in between and "،" not in between):
        return False
    return not COORDINATED.search(low, negation.end(), min(len(low), start + 40))


THEN = re.compile(r"\b(?:then|daarna|tapos|pagkatapos|phir)\b")
FREE_UNTIL = re.compile(r"\b(?:before|after|until|once|when)\b")
TAG_QUESTION = re.compile(
    r",\s*(?:okay|ok|right|alright|yeah|yes|no|ha|po|na|hai na|theek hai|reg|nè|hè|hoor)\s*\?$", re.I
)
# A question that starts after a dash, past the match: "our hiring manager interviews by WhatsApp messages rather than
# video - could you send me your mobile?" states the first part and asks only the second.
QUESTION_AFTER_A_DASH = re.compile(
    r"\s[-–—]\s+(?:could|can|would|will|may|shall|do|does|did|is|are|what|when|how|why|where|who)\b", re.I
)
EMOJI = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf]")
NEGATION_WINDOW = 80  # characters before a match, inside its clause
EMPTY_SENTENCES_SKIPPED = 8  # bullets and emoji on lines of their own, passed over to find "the sentence before"
# What a scammer says of itself ("100% legit, not a scam!"): it warns no one, and its "not" negates nothing else.
# Run on the lower-cased text.
REASSURANCE = re.compile(
    r"\b(?:not|no|never|hindi(?: po)?|geen|nie|nahi)\s(?:a\s|an\s|'n\s|een\s)?(?:scam|fraud|oplichting|bedrog|fake)\b"
    r"|\bscam nahi\b|\b100% (?:legit|legitimate|real|safe|genuine)\b"
    # the request's own excuse: "To prevent fraud and confirm your identity, please upload a photo of your licence"
    r"|\bto (?:prevent|stop|avoid) fraud\b(?! \w+ (?:never|will not|won't))"
)
REASSURANCE_WORDS = ("scam", "fraud", "bedrog", "oplichting", "fake", "100%")
REPLY_REACH = 200  # characters after a question within which the next message (the reply) may start
# The reply's first word, in the languages the reading knows: "No.", "Nee", "Hindi po", "Nahi", "جی نہیں"; "Ja, ...".
QUESTION_REPLY = re.compile(
    r"\s*(?:(?P<no>no|nope|nee|hindi|nahi|nahin|جی نہیں)|(?P<yes>yes|yep|ja|opo|oo|haan|جی ہاں))\b"
)
# A "sentence" or "clause" around a match is cut to this many characters on each side: text with no
# punctuation (a pasted digit run, a list glued together by HTML stripping) would otherwise make every
# match look at the whole text, and reading would take time quadratic in its length.
SPAN_LIMIT = 400
# An offer has a few dozen amounts and phrases of any one kind; past this many matches of one pattern the
# text is not an offer (a pasted list, an attack), and the rest of that pattern's matches are not read.
MAX_MATCHES = 300
# The hard limit on one reading, whatever the text: a reading past it stops and says so. Offers take a few
# milliseconds; this only ever stops hostile or absurd input from holding a web worker.
TIME_BUDGET_SECONDS = 0.5


def top_level_branches(pattern: str) -> list[tuple[int, int]]:
    """(start, end) of each top-level alternative of a regular expression."""
    branches, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":
                i += 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            branches.append((start, i))
            start = i + 1
        i += 1
    branches.append((start, len(pattern)))
    return branches


def _lower_literals(pattern: str) -> str:
    out, i = [], 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i : i + 2])
            i += 2
        elif pattern.startswith("(?P<", i):
            close = pattern.index(">", i)
            out.append(pattern[i : close + 1])
            i = close + 1
        else:
            out.append(ch.lower())
            i += 1
    return "".join(out)


class Lowered:
    """A case-insensitive pattern compiled to run on the lower-cased text without re.IGNORECASE.

    re.IGNORECASE and a leading \\b both stop the regex engine from skipping ahead to a possible
    first character; without them a scan is several times faster. When every alternative starts
    with \\b, the \\b is dropped and checked on each match instead.
    """

    def __init__(self, pattern: str, *, strip: bool = True, split: bool = False):
        self.source = pattern
        self.parts = _split(pattern) if split else None
        parts = []
        stripped = strip
        for a, b in top_level_branches(pattern):
            branch = pattern[a:b]
            group = re.match(r"\(\?(?:P<\w+>|:)", branch)
            head = group.group() if group else ""
            if branch[len(head) :].startswith("\\b"):
                branch = head + branch[len(head) + 2 :]
            else:
                stripped = False
            parts.append(branch)
        self.word_start = stripped
        regex = re.compile(_lower_literals("|".join(parts) if stripped else pattern))
        if not stripped:
            # Alternatives that start with a look-behind or a bare \b hide their first characters from the engine,
            # which then tries every one at every offset; a look-ahead naming them, or at least saying no match
            # starts with white space, lets it skip the rest (a quarter of the fee cues' time). Same matches.
            if first := first_characters(regex):
                regex = re.compile(f"(?=[{re.escape(first)}])(?:{regex.pattern})", regex.flags)
            elif never_starts_with_space(regex):
                regex = re.compile(f"(?=\\S)(?:{regex.pattern})", regex.flags)
        self.regex = regex

    def finditer(self, low: str, begin: int = 0, end: int | None = None):
        end = len(low) if end is None else end
        if not self.word_start:
            yield from self.regex.finditer(low, begin, end)
            return
        pos = begin
        while pos <= end:
            m = self.regex.search(low, pos, end)
            if m is None:
                return
            start = m.start()
            if start and (low[start - 1].isalnum() or low[start - 1] == "_"):
                # Inside a word ("coinpay"): a match may still start later in what this one spanned
                pos = start + 1
                continue
            yield m
            pos = m.end() if m.end() > start else start + 1


def ci(pattern: str, *, split: bool = False) -> Lowered:
    return Lowered(pattern, split=split)


def alternatives(pattern: str, name: str = "") -> tuple[tuple[str, Lowered], ...]:
    """One case-blind pattern per top-level alternative of `pattern`, for `Scanner.find_first_of`: each is searched
    only in the sentences that hold its own anchor words, and together they find what the one alternation finds.
    For a long list of cues most of whose words an offer never uses (a few times faster than the alternation)."""
    return tuple((name, ci(pattern[a:b])) for a, b in top_level_branches(pattern))


# "no resume no interview just send ur SIN": "just" starts a new demand, outside the "no" before it.
CLAUSE_WORDS = ci(r"\b(?:but|however|except|although|though|unless|whereas|other than|apart from|aside from|just)\b")
CLAUSE_WORD_STARTS = (
    "but", "however", "except", "although", "though", "unless", "whereas", "other", "apart", "aside", "just",
)  # fmt: skip
# Every match of SENTENCE_END starts with one of these (a space before "-" or "*": one character earlier);
# of CLAUSE_PUNCTUATION, with one of ";()," .
SENTENCE_END_STARTS = (".", "!", "?", "۔", "\n", "•", "·", "▪", "●")
SENTENCE_END_DASHES = ("-", "*")
CLAUSE_PUNCTUATION_STARTS = (";", "(", ")", ",", "—", "–")


def _occurrences(text: str, needles, shift: int = 0) -> set[int]:
    """Offsets (minus `shift`) where any of `needles` starts in `text`, found with str.find."""
    found = set()
    for needle in needles:
        i = text.find(needle)
        while i != -1:
            found.add(i - shift)
            i = text.find(needle, i + 1)
    return found


def matches_at(regex: re.Pattern, text: str, starts, *, word_start: bool = False):
    """The matches `regex.finditer(text)` gives (with Lowered's word-start check when `word_start`), trying
    only the offsets in `starts`, which must include every offset where a match can start.

    Trying a regular expression at a few offsets found with str.find is much faster than letting the
    engine try every character, and finditer's rules are kept: leftmost first, and after a match (even
    one the word-start check drops) the search goes on from its end.
    """
    match, cursor = regex.match, 0
    for start in sorted(starts):
        if start < cursor or start < 0:
            continue
        m = match(text, start)
        if m is None:
            continue
        cursor = max(m.end(), start + 1)
        if word_start and start and (text[start - 1].isalnum() or text[start - 1] == "_"):
            continue
        yield m


def _sentence_ends(text: str) -> list[int]:
    starts = _occurrences(text, SENTENCE_END_STARTS) | _occurrences(text, SENTENCE_END_DASHES, shift=1)
    # Inside a run of "...!?" only its first character can start a match (any later one ends the same way):
    # trying each would scan the run again and again.
    starts = {s for s in starts if not (s and text[s] in ".!?" and text[s - 1] in ".!?")}
    ends = []
    for m in matches_at(SENTENCE_END, text, starts):
        start = m.start()
        if text[start] == "." and (
            ABBREVIATION.search(text, max(0, start - 8), start) or NUMBER_SIGN.match(text, max(0, start - 2), start + 4)
        ):
            continue
        ends.append(m.end())
    return ends


# A scam message quoted in a company's warning: the quote, and the words around it that make it a warning.
QUOTE_MARKS = ('"', "“", "'", "‘")
# Every pair is matched, short ones too, so that the text between two quotes ('"tasks" in an app ... "lucky') is
# never taken for a quote; only a quoted message (QUOTED_MESSAGE characters or more) is looked at.
QUOTED = re.compile(r"\"[^\"\n]{1,400}\"|“[^”\n]{1,400}”|‘[^’\n]{1,400}’|(?<!\w)'[^'\n]{1,400}'(?!\w)")
QUOTED_MESSAGE = 25
WARNED_BEFORE = re.compile(
    r"scam|fraud|oplicht|bedrog|\bnep\w*|\bfake\b|beware|be careful|let op|pas op|waarskuw|khabardar|ingat|impersonat"
    r"|posing as|messages? (?:like|such as)|berichten (?:zoals|als)|boodskappe soos",
    re.IGNORECASE,
)
WARNED_AFTER = re.compile(
    r"\b(?:is|are|was) not (?:from )?us\b|\bthat(?:'s| is) not us\b|niet van ons|nie van ons|\bnot from us\b"
    r"|hum nahi|hindi (?:kami|galing sa amin)|\bis a scam\b|\bare scams\b",
    re.IGNORECASE,
)


@cache
def _anchor_words(named: tuple) -> tuple[tuple[str, ...] | None, ...]:
    """Each named pattern's anchor words (None: none can be proved), worked out once per tuple of patterns."""
    return tuple(required_words(p.regex if isinstance(p, Lowered) else p) for _, p in named)


class AnchorIndex:
    """Where each pattern's anchor words (prefilter.required_words) occur in an offer, in one Aho-Corasick pass.

    Reading an offer asks, pattern by pattern, for the sentences holding any of its anchor words: a few
    thousand words in all, and one `str.find` loop per word was the largest single cost of reading. Here
    each word knows the anchor sets it belongs to, so one pass gives every set's hits. Sets are added as
    patterns first ask for them (the automaton is rebuilt before the next offer, so after the first offer
    it holds them all); until then, and for sets with one- or two-letter words that would match nearly
    everywhere, `str.find` answers.
    """

    MIN_LENGTH = 3

    def __init__(self):
        self.automaton = None
        self.sets: dict[tuple[str, ...], int] = {}
        self.pending: set[tuple[str, ...]] = set()
        self.plans: dict[tuple[str, ...], tuple[int | None, tuple[str, ...]]] = {}
        self.plans_of: dict[tuple, tuple] = {}

    def plan(self, anchors: tuple[str, ...]) -> tuple[int | None, tuple[str, ...]]:
        """How to find `anchors` in an offer: the number of its indexed set (None until indexed) and the words
        left to `str.find`. Kept once the set is indexed; until then the set waits for the next refresh."""
        planned = self.plans.get(anchors)
        if planned is not None:
            return planned
        long_words = tuple(word for word in anchors if len(word) >= self.MIN_LENGTH)
        number = self.sets.get(long_words)
        if number is None and long_words:
            self.pending.add(long_words)
            return None, anchors
        planned = (number, tuple(word for word in anchors if len(word) < self.MIN_LENGTH))
        self.plans[anchors] = planned
        return planned

    def plan_all(self, words_list: tuple[tuple[str, ...] | None, ...]) -> tuple:
        """`plan` for each entry of `words_list` (None stays None), kept once every one of them is planned for good:
        a list of 150 patterns is looked at for every offer, and 150 dictionary look-ups an offer add up."""
        planned = self.plans_of.get(words_list)
        if planned is not None:
            return planned
        planned = tuple(None if words is None else self.plan(words) for words in words_list)
        if all(words is None or words in self.plans for words in words_list):
            self.plans_of[words_list] = planned
        return planned

    def refresh(self):
        if not self.pending:
            return
        sets = dict(self.sets)
        for anchors in sorted(self.pending):
            sets.setdefault(anchors, len(sets))
        members: dict[str, list[int]] = {}
        for anchors, number in sets.items():
            for word in anchors:
                members.setdefault(word, []).append(number)
        automaton = ahocorasick.Automaton()
        for word, numbers in members.items():
            automaton.add_word(word, (len(word) - 1, tuple(numbers)))
        automaton.make_automaton()
        self.automaton, self.sets, self.pending = automaton, sets, set()  # swapped in one step

    def hits(self, low: str) -> dict[int, list[int]]:
        """For each anchor set, the start offsets in `low` of its words."""
        found: dict[int, list[int]] = {}
        if self.automaton is not None:
            for end, (back, numbers) in self.automaton.iter(low):
                for number in numbers:
                    found.setdefault(number, []).append(end - back)
        return found


ANCHORS = AnchorIndex()


@dataclass
class Scanner:
    text: str
    budget_seconds: float = TIME_BUDGET_SECONDS
    sentence_ends: list[int] = field(init=False)
    clause_ends: list[int] = field(init=False)
    cut_short: bool = field(init=False, default=False)  # a match limit or the time budget stopped a search

    def __post_init__(self):
        self.deadline = time.monotonic() + self.budget_seconds
        low = self.text.lower()
        # Offsets must match the text: a few characters change length when lower-cased ("İ").
        self.low = (
            low if len(low) == len(self.text) else "".join(c if len(c.lower()) != 1 else c.lower() for c in self.text)
        )
        self._spans: dict[tuple[str, ...], list[tuple[int, int]]] = {}
        ANCHORS.refresh()
        self._index = ANCHORS
        self._hits: dict[int, list[int]] | None = None
        self.sentence_ends = _sentence_ends(self.text)
        # A clause break is the start of the break word: it belongs to the next clause.
        starts = _occurrences(self.text, CLAUSE_PUNCTUATION_STARTS)
        breaks = {m.start() for m in matches_at(CLAUSE_PUNCTUATION, self.text, starts)}
        starts = _occurrences(self.low, CLAUSE_WORD_STARTS)
        words = matches_at(CLAUSE_WORDS.regex, self.low, starts, word_start=CLAUSE_WORDS.word_start)
        breaks.update(m.start() for m in words)
        self.clause_ends = sorted(breaks.union(self.sentence_ends))

    def anchored(self, anchors: tuple[str, ...]) -> list[tuple[int, int]]:
        """The sentences that contain one of `anchors` (lower-case substrings), merged; found at C speed."""
        spans = self._spans.get(anchors)
        if spans is not None:
            return spans
        spans = []
        for hit in self._anchor_hits(anchors):
            if spans and hit < spans[-1][1]:
                continue
            begin, end = self.sentence(hit, hit + 1)
            if spans and begin <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
            else:
                spans.append((begin, end))
        self._spans[anchors] = spans
        return spans

    def _anchor_hits(self, anchors: tuple[str, ...]) -> list[int]:
        """Every offset where one of `anchors` starts, in order."""
        low, index, hits = self.low, self._index, []
        number, by_find = index.plan(anchors)
        if number is not None:
            if self._hits is None:
                self._hits = index.hits(low)
            hits.extend(self._hits.get(number, ()))
        for anchor in by_find:
            i = low.find(anchor)
            while i != -1:
                hits.append(i)
                i = low.find(anchor, i + 1)
        return sorted(hits)

    def lines_holding(self, pattern: re.Pattern) -> list[tuple[int, int]]:
        """The lines (start, end before the line break) that contain one of the words every match of `pattern`
        needs; the whole text when there are none. For a pattern whose matches never cross a line break, such as a
        form's field on a line of its own, searching these finds every match a search of the whole text finds."""
        words = _find_plan(pattern)[0]
        if words is None or crosses_line(pattern):
            return [(0, len(self.text))]
        lines: list[tuple[int, int]] = []
        for hit in self._anchor_hits(words):
            if lines and hit <= lines[-1][1]:
                continue
            end = self.text.find("\n", hit)
            lines.append((self.text.rfind("\n", 0, hit) + 1, len(self.text) if end == -1 else end))
        return lines

    def _split_spans(self, parts: tuple, spans: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
        """For each alternative, those of `spans` in which one of its own anchor words starts."""
        words_list = _anchor_words(parts)
        if self._hits is None and self._index.automaton is not None:
            self._hits = self._index.hits(self.low)
        indexed = self._hits or {}
        found = []
        for words, (number, by_find) in zip(words_list, self._index.plan_all(words_list), strict=True):
            if number is not None and not by_find and number not in indexed:
                found.append([])  # the index tells that none of its words is in the text
                continue
            hits = self._anchor_hits(words)
            found.append([(a, b) for a, b in spans if (i := bisect_left(hits, a)) < len(hits) and hits[i] < b])
        return found

    def _with_neighbours(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Each span widened by the sentence before and the one after it, merged: where a match may go over a
        full stop, its anchor word may be on either side ("een verificatiecode van 6 cijfers. Wil je die hier
        doorsturen?" is anchored on "doorsturen")."""
        grown: list[tuple[int, int]] = []
        for begin, end in spans:
            begin = self.sentence(begin - 1)[0] if begin > 0 else begin
            end = self.sentence(end)[1] if end < len(self.text) else end
            if grown and begin <= grown[-1][1]:
                grown[-1] = (grown[-1][0], max(end, grown[-1][1]))
            else:
                grown.append((begin, end))
        return grown

    def find(self, pattern: re.Pattern | Lowered):
        """`pattern.finditer`, run only over the sentences holding a word every match must contain (worked
        out from the pattern itself: prefilter.required_words), or over the whole text when there is none.

        Match offsets are offsets into the text; a `Lowered` pattern's match text is lower case. Stops
        after MAX_MATCHES matches or when the time budget is spent (`cut_short` then says so).
        """
        words, crosses = _find_plan(pattern.regex if isinstance(pattern, Lowered) else pattern)
        if words is None:
            spans = [(0, len(self.text))]
        elif crosses:
            spans = self._with_neighbours(self.anchored(words))
        else:
            spans = self.anchored(words)
        if isinstance(pattern, Lowered) and pattern.parts is not None:
            # Each alternative in those of the spans that hold one of its own anchor words: the same matches
            yield from (m for _, m in self._first_of(pattern.parts, self._split_spans(pattern.parts, spans)))
            return
        count = 0
        for begin, end in spans:
            # Past the budget, no new pass starts: a pattern with no match reads its whole span, which on a
            # 200,000-character text was 0.3 s a pattern.
            if not self.within_limits(count):
                return
            for m in self.iter(pattern, begin, end):
                count += 1
                if not self.within_limits(count):
                    return
                yield m

    def find_first_of(self, named: tuple[tuple[str, Lowered | re.Pattern], ...]):
        """(name, match) pairs exactly as one alternation of the named patterns would find them: leftmost
        first, the earlier pattern on a tie, each search going on where the last match ended. Each pattern
        is tried only in the sentences holding its own anchor words, so a sentence with "account" in it
        is not searched with every alternative."""

        words_list = _anchor_words(named)
        if self._hits is None and self._index.automaton is not None:
            self._hits = self._index.hits(self.low)
        hits = self._hits or {}
        spans = []
        for words, plan in zip(words_list, self._index.plan_all(words_list), strict=True):
            if words is None:
                spans.append([(0, len(self.text))])
            elif plan[0] is not None and not plan[1] and plan[0] not in hits:
                spans.append([])  # the index tells that none of its words is in the text: no search
            else:
                spans.append(self.anchored(words))
        yield from self._first_of(named, spans)

    def _first_of(self, named: tuple[tuple[str, Lowered | re.Pattern], ...], spans: list[list[tuple[int, int]]]):
        """The merge behind `find_first_of`: each named pattern searched in its own spans, the matches given in the
        order one alternation would find them."""

        def first_from(order: int, pos: int):
            for begin, end in spans[order]:
                if end > pos:
                    for m in self.iter(named[order][1], max(begin, pos), end):
                        return m
            return None

        heads = {order: first_from(order, 0) for order in range(len(named)) if spans[order]}
        pos = count = 0
        while True:
            live = [(m.start(), order) for order, m in heads.items() if m is not None]
            if not live:
                return
            start, order = min(live)
            m = heads[order]
            count += 1
            if not self.within_limits(count):
                return
            yield named[order][0], m
            pos = max(m.end(), start + 1)
            for other, head in heads.items():
                if head is not None and head.start() < pos:
                    heads[other] = first_from(other, pos)

    def within_limits(self, count: int) -> bool:
        """False (and `cut_short` set) past MAX_MATCHES matches of one search or past the time budget."""
        if count > MAX_MATCHES or time.monotonic() > self.deadline:
            self.cut_short = True
            return False
        return True

    def may_match(self, pattern: re.Pattern) -> bool:
        """False when the text holds none of the words every match of `pattern` needs: no search is needed."""
        words = _find_plan(pattern)[0]
        if words is None:
            return True
        number, by_find = self._index.plan(words)
        if number is not None and not by_find:  # the anchor index has already looked for every one of them
            if self._hits is None:
                self._hits = self._index.hits(self.low)
            return number in self._hits
        return any(word in self.low for word in words)

    def capped(self, matches):
        """`matches` until the match limit or the time budget stops them (`cut_short` then says so)."""
        for count, m in enumerate(matches, 1):
            if not self.within_limits(count):
                return
            yield m

    def iter(self, pattern: re.Pattern | Lowered, begin: int = 0, end: int | None = None):
        if isinstance(pattern, Lowered):
            return pattern.finditer(self.low, begin, end)
        return pattern.finditer(self.text, begin, len(self.text) if end is None else end)

    @staticmethod
    def _span(ends: list[int], start: int, end: int, length: int) -> tuple[int, int]:
        i = bisect_right(ends, start)
        begin = max(ends[i - 1] if i else 0, start - SPAN_LIMIT)
        j = bisect_left(ends, max(end, start + 1))
        finish = min(ends[j] if j < len(ends) else length, max(end, start + 1) + SPAN_LIMIT)
        return begin, max(finish, end)

    def sentence(self, start: int, end: int | None = None) -> tuple[int, int]:
        return self._span(self.sentence_ends, start, start if end is None else end, len(self.text))

    def sentence_text(self, start: int, end: int | None = None) -> str:
        a, b = self.sentence(start, end)
        return self.text[a:b]

    def sentence_before(self, start: int) -> str:
        """The whole sentence before the one holding `start` ("" at the start of the text)."""
        s_start = self.sentence(start)[0]
        for _ in range(EMPTY_SENTENCES_SKIPPED):
            before = self.text[self.sentence(s_start - 1)[0] : s_start] if s_start else ""
            # A bullet or an emoji of its own ("Start today! ☎️"): the sentence before it
            if not (s_start and (len(before.strip(" \n•▪●·*-–")) < 2 or not any(ch.isalnum() for ch in before))):
                return before
            s_start = self.sentence(s_start - 1)[0]
        return ""

    def sentence_after(self, start: int) -> str:
        """The whole sentence after the one holding `start` ("" at the end of the text); the line break after a
        full stop is no sentence of its own."""
        s_end = self.sentence(start)[1]
        while s_end < len(self.text):
            following = self.sentence(s_end)[1]
            if following <= s_end or self.text[s_end:following].strip():
                return self.text[s_end:following]
            s_end = following
        return ""

    def in_question(self, start: int) -> bool:
        """Whether the match sits in a question ("Freelance ba or employee?", "Is there a fee?")."""
        _, end = self.sentence(start)
        said = self.text[start:end].rstrip()
        # "..., and once that clears I'll email your offer letter, okay?": a tag asks nothing about the rest;
        # "recharge small amount first, it's returned plus 30% 😊 interested?": an emoji ends what was stated
        return (
            said.endswith(("?", "؟"))  # (the Arabic question mark of Urdu script)
            and not TAG_QUESTION.search(said)
            and not QUESTION_AFTER_A_DASH.search(said)
            and not EMOJI.search(said)
        )

    def question_reply(self, start: int) -> str | None:
        """For a match inside a question ("Is there a guaranteed minimum?"), the answer the next words give:
        "yes" or "no"; None when the match is not in a question or the reply is neither."""
        if not self.in_question(start):
            return None
        end = self.sentence(start)[1]
        reply = QUESTION_REPLY.match(self.low, end)
        if reply is None and (next_message := self.low.find("\n\n", end, end + REPLY_REACH)) != -1:
            # "Is de inwerkweek echt helemaal onbetaald? Dat zijn 5 dagen ...\n\nJa, dat is bij ons zo geregeld": the
            # asker's message goes on; the reply opens the next one
            reply = QUESTION_REPLY.match(self.low, next_message)
        return None if reply is None else ("no" if reply.group("no") else "yes")

    def clause(self, start: int, end: int | None = None) -> tuple[int, int]:
        return self._span(self.clause_ends, start, start if end is None else end, len(self.text))

    def before_in_clause(self, start: int, window: int = NEGATION_WINDOW) -> str:
        begin, _ = self.clause(start)
        return self.text[max(begin, start - window) : start]

    def negated(self, start: int, window: int = NEGATION_WINDOW) -> bool:
        """A negation word before `start` in the same clause: "we never charge fees", "no headset needed"; not
        the "not" of "this is not a scam"."""
        begin, _ = self.clause(start)
        reach, tail = start - window, begin
        if LIST_TAIL.match(self.low, begin) and begin > 1:
            # The last item of a list ("You will never be asked to buy equipment, deposit a check, or forward money"):
            # the clause before, itself a list, holds the negation that covers every item; the window counts back
            # from where the last item begins. A "no" or "free" there ends at its comma ("Applying and training are
            # free, and training is paid at $18/hr").
            before = self.clause(begin - 1)[0]
            if "," in self.low[before:begin]:
                begin, reach = before, begin - window
        # Searched a little past `start` so that a look-ahead sees the negated word ("hindi" before "bayad").
        return any(
            m.end() <= start
            and not self._in_reassurance(*m.span())
            and not _scope_closed(m, self.low, start)
            and (m.start() >= tail or m.group() not in COMMA_SCOPED_NEGATION)
            for m in NEGATION.finditer(self.low, max(begin, reach), min(len(self.low), start + 16))
        )

    @cached_property
    def reassurances(self) -> list[tuple[int, int]]:
        if not any(word in self.low for word in REASSURANCE_WORDS):
            return []
        return [m.span() for m in islice(REASSURANCE.finditer(self.low), MAX_MATCHES)]

    def _in_reassurance(self, start: int, end: int) -> bool:
        return any(a < end and start < b for a, b in self.reassurances)

    def warning_text(self, start: int, end: int) -> str:
        """text[start:end] without the scammer's own reassurances, for a warning pattern to search; for words inside a
        scam message the offer quotes to warn about it, the warning around the quote."""
        for a, b, context_a, context_b in self.warned_quotes:
            if a <= start < b:
                return self.text[context_a:context_b]
        text = self.text[start:end]
        for a, b in reversed(self.reassurances):
            if start <= a and b <= end:
                text = text[: a - start] + " " + text[b - start :]
        return text

    @cached_property
    def warned_quotes(self) -> list[tuple[int, int, int, int]]:
        """Quoted messages the offer warns about ('Be careful: scammers text "download Telegram to finish the
        interview." That is not us.'): each quote's span and the span of the warning around it."""
        if not any(mark in self.text for mark in QUOTE_MARKS):
            return []
        found = []
        for m in islice(QUOTED.finditer(self.text), MAX_MATCHES):
            if m.end() - m.start() < QUOTED_MESSAGE:
                continue
            context_a, context_b = max(0, m.start() - 200), min(len(self.text), m.end() + 150)
            warned = WARNED_BEFORE.search(self.text, context_a, m.start()) or WARNED_AFTER.search(
                self.text, m.end(), context_b
            )
            if warned:
                found.append((m.start(), m.end(), context_a, context_b))
        return found

    def sentence_warning_text(self, start: int) -> str:
        return self.warning_text(*self.sentence(start))

    def trimmed_sentence(self, start: int, end: int, limit: int = 300) -> tuple[int, int]:
        """The sentence around a match, without surrounding space and at most `limit` characters."""
        a, b = self.sentence(start, end)
        while a < b and self.text[a] in " \t\r\n-*•·▪●.!?":
            a += 1
        while b > a and self.text[b - 1] in " \t\r\n":
            b -= 1
        if b - a > limit:
            a, b = max(a, start - limit // 2), min(b, end + limit // 2)
        return a, b


@dataclass
class Candidate:
    value: object
    start: int
    end: int
    shown: str  # the evidence value, as text


# Plans by the pattern's identity: hashing a compiled pattern hashes its whole code (about 2 µs for a long list of
# cues), and an offer asks for some 150 plans. The pattern is kept beside its plan, so its id is never reused.
_PLANS: dict[int, tuple[re.Pattern, tuple[tuple[str, ...] | None, bool]]] = {}


def _split(pattern: str) -> tuple[tuple[str, Lowered], ...]:
    """The top-level alternatives of a long list of cues, for `Scanner.find` to search one by one, each only where
    its own anchor words are: one alternation of 90 cues is tried cue after cue at every character of every
    sentence that holds any cue's word (EMPLOYEE took four times as long). Each alternative needs anchor words."""
    parts = tuple((name, _as_in_whole(part)) for name, part in alternatives(pattern))
    for _, part in parts:
        if required_words(part.regex) is None:
            raise ValueError(f"split=True needs anchor words in every alternative; none in {part.source!r}")
    return parts


def _as_in_whole(part: Lowered) -> Lowered:
    """`part` with its leading \\b kept in the regex where dropping it could change a match: before a character
    that is no letter ("\\b'n werknemer" never matches after a space, as in the whole pattern)."""
    if not part.word_start:
        return part
    first = first_characters(part.regex)
    if first is not None and all(ch.isalnum() or ch == "_" for ch in first):
        return part
    return Lowered(part.source, strip=False)


def _find_plan(regex: re.Pattern) -> tuple[tuple[str, ...] | None, bool]:
    """What `Scanner.find` needs of a pattern, worked out once: its anchor words, and whether a match may run
    over a full stop (then the sentences beside its anchor's are searched too)."""
    kept = _PLANS.get(id(regex))
    if kept is None:
        words = required_words(regex)
        kept = _PLANS[id(regex)] = (regex, (words, words is not None and crosses_full_stop(regex)))
    return kept[1]


class Collector:
    """Gathers candidate answers with their spans; `extract` then picks one value per field."""

    def __init__(self, scanner: Scanner):
        self.scanner = scanner
        self.candidates: dict[str, list[Candidate]] = {}
        self.signals: list[Evidence] = []
        self.answer_names: set[str] = set()  # fields answered "yes" or "no" (Offer.answers)

    def answer(self, name: str, value: str, start: int, end: int) -> None:
        """A yes/no answer (an Offer answer, stored in a Listing column of the same name)."""
        self.answer_names.add(name)
        self.add(name, value, start, end)

    def add(self, name: str, value, start: int, end: int, shown: str | None = None) -> None:
        self.candidates.setdefault(name, []).append(
            Candidate(value, start, end, str(value) if shown is None else shown)
        )

    def signal(self, name: str, start: int, end: int, shown: str = "yes") -> None:
        self.signals.append(Evidence(f"signal:{name}", shown, start, end, self.scanner.text[start:end]))

    def has(self, name: str) -> bool:
        return bool(self.candidates.get(name))

    def evidence(self, name: str, keep=lambda c: True) -> list[Evidence]:
        text = self.scanner.text
        return [
            Evidence(name, c.shown, c.start, c.end, text[c.start : c.end])
            for c in self.candidates.get(name, ())
            if keep(c)
        ]
