"""Prefilters derived from the patterns themselves, so a fast path can never drift from its pattern.

Reading an offer tries each pattern only where it can match: in the sentences holding a word every
match must contain (found with `str.find`, at C speed), or at the characters a match can start with.
Those words and characters are worked out here from the regular expression's parse tree, not kept by
hand beside it: a new alternative in a pattern brings its own anchor with it. When no such word can be
proved (an alternative with no literal text), the answer is None and the whole text is scanned.
"""

from __future__ import annotations

import re
from functools import cache
from re import _constants as c  # noqa: I001  (the parser's node names)
from re import _parser as sre_parse

_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None))
# What "\d" matches in the offers read here: ASCII, Arabic-Indic and Urdu (Extended Arabic-Indic), Devanagari digits.
DIGITS = "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹०१२३४५६७८९"


# How many spellings one anchor may stand for ("top-up", "top up", "topup"): past this the run is cut.
MAX_SPELLINGS = 16


def _spellings(op, arg) -> frozenset[str] | None:
    """Every text one node can match, lower-cased, when that is a short list: a literal, a small class of
    literal characters ("[- ]"), an optional one of those ("s?"), or a group of pure-literal alternatives
    ("(?:into|to)"). None when the node can match anything else."""
    if op is c.LITERAL:
        return frozenset({chr(arg).lower()})
    if op is c.IN and all(kind is c.LITERAL for kind, _ in arg) and len(arg) <= 4:
        return frozenset(chr(value).lower() for _, value in arg)
    if op in _REPEATS and arg[0] in (0, 1) and arg[1] == 1 and len(arg[2]) == 1:
        inner = _spellings(*arg[2][0])
        return None if inner is None else inner | ({""} if arg[0] == 0 else set())
    if op is c.SUBPATTERN:
        return _sequence_spellings(arg[-1])
    if op is c.BRANCH:
        found = set()
        for alternative in arg[1]:
            spelled = _sequence_spellings(alternative)
            if spelled is None:
                return None
            found |= spelled
        return frozenset(found) if len(found) <= MAX_SPELLINGS else None
    return None


def _sequence_spellings(items) -> frozenset[str] | None:
    """Every text a whole node sequence can match, when each node has a short list of spellings."""
    found = frozenset({""})
    for op, arg in items:
        spelled = _spellings(op, arg)
        if spelled is None:
            return None
        found = frozenset(a + b for a in found for b in spelled)
        if len(found) > MAX_SPELLINGS:
            return None
    return found


def _runs(items) -> list[frozenset[str]]:
    """The runs of consecutive nodes with few spellings in one sequence, each as the set of its spellings.

    "top[- ]?up" is one run spelled "top-up", "top up" or "topup": a far rarer anchor than "top" alone,
    which every "laptop" holds."""
    runs, current = [], frozenset({""})

    def close():
        words = frozenset(w for w in current if w)
        if words and len(words) == len(current):  # a run that may match nothing proves nothing
            # "cards" is found wherever "card" is: keep only the words holding no shorter one.
            runs.append(frozenset(w for w in words if not any(v != w and v in w for v in words)))

    for op, arg in items:
        spelled = _spellings(op, arg)
        grown = None if spelled is None else frozenset(a + b for a in current for b in spelled)
        if grown is None or len(grown) > MAX_SPELLINGS:
            close()
            current = frozenset({""}) if spelled is None or len(spelled) > MAX_SPELLINGS else spelled
        else:
            current = grown
    close()
    return runs


def _required(items) -> frozenset[str] | None:
    """Strings of which every match of this node sequence contains at least one; None if none can be proved."""
    candidates: list[frozenset[str]] = _runs(items)
    for op, arg in items:
        if op is c.SUBPATTERN:
            found = _required(arg[-1])
        elif op is c.BRANCH:
            alternatives = [_required(alternative) for alternative in arg[1]]
            found = None if any(a is None for a in alternatives) else frozenset().union(*alternatives)
        elif op in _REPEATS and arg[0] >= 1:
            found = _required(arg[2])
        else:
            continue
        if found is not None:
            candidates.append(found)
    if not candidates:
        return None
    # The best set is the one whose shortest word is longest: fewer chance hits in ordinary text.
    return max(candidates, key=lambda words: (min(len(w) for w in words), -len(words)))


@cache
def required_words(pattern: re.Pattern) -> tuple[str, ...] | None:
    """Lower-case words of which every match of `pattern` contains one, or None when none can be proved."""
    found = _required(sre_parse.parse(pattern.pattern, pattern.flags))
    return None if found is None else tuple(sorted(found))


def _first(items) -> frozenset[str] | None:
    """Characters a match of this sequence can start with (lower and upper case), or None for "any"."""
    for op, arg in items:
        if op is c.AT or op in (c.ASSERT, c.ASSERT_NOT):
            continue  # zero-width: the match starts at the next node
        if op is c.LITERAL:
            ch = chr(arg)
            return frozenset({ch, ch.lower(), ch.upper()})
        if op is c.SUBPATTERN:
            return _first(arg[-1])
        if op is c.BRANCH:
            alternatives = [_first(alternative) for alternative in arg[1]]
            return None if any(a is None for a in alternatives) else frozenset().union(*alternatives)
        if op in _REPEATS:
            if arg[0] == 0:
                return None  # may match nothing here: the start could be the next node's
            return _first(arg[2])
        if op is c.IN:
            chars = set()
            for kind, value in arg:
                if kind is c.LITERAL:
                    chars |= {chr(value), chr(value).lower(), chr(value).upper()}
                elif kind is c.CATEGORY and value is c.CATEGORY_DIGIT:
                    chars |= set(DIGITS)
                else:
                    return None
            return frozenset(chars)
        return None
    return None


def _starts(items) -> tuple[bool, bool]:
    """(whether a match of this sequence may start with white space, whether it may match nothing). Unknown nodes
    count as "may start with white space": the answer is only ever used to skip offsets safely."""
    for op, arg in items:
        if op is c.AT or op in (c.ASSERT, c.ASSERT_NOT):
            continue
        if op is c.LITERAL:
            return chr(arg).isspace(), False
        if op is c.IN:
            return any(_in_class(arg, ch) for ch in " \n\t\r\f\v\u00a0"), False
        if op is c.SUBPATTERN:
            space, empty = _starts(arg[-1])
        elif op is c.BRANCH:
            found = [_starts(alternative) for alternative in arg[1]]
            space, empty = any(s for s, _ in found), any(e for _, e in found)
        elif op in _REPEATS:
            space, empty = _starts(arg[2])
            empty = empty or arg[0] == 0
        else:
            return True, False  # ".", a negated literal, a back-reference...
        if space:
            return True, False
        if not empty:
            return False, False
    return False, True


def _in_class(items, char: str) -> bool:
    """Whether a class may match `char`, erring towards yes. (`_class_matches` below asks a narrower question, whether
    a class may run over a full stop, and deliberately ignores a "." the class names; the two stay apart.)"""
    negate, found, code = False, False, ord(char)
    for kind, value in items:
        if kind is c.NEGATE:
            negate = True
        elif kind is c.LITERAL:
            found |= value == code
        elif kind is c.RANGE:
            found |= value[0] <= code <= value[1]
        elif kind is c.CATEGORY:
            found |= value in (c.CATEGORY_SPACE, c.CATEGORY_NOT_WORD, c.CATEGORY_NOT_DIGIT, c.CATEGORY_LINEBREAK)
        else:
            found = True  # unknown: assume it may
    return found != negate


@cache
def never_starts_with_space(pattern: re.Pattern) -> bool:
    """True when no match of `pattern` can start with white space or be empty: a scan may skip white space."""
    space, empty = _starts(sre_parse.parse(pattern.pattern, pattern.flags))
    return not (space or empty)


@cache
def first_characters(pattern: re.Pattern) -> str | None:
    """Every character a match of `pattern` can start with, as a string; None when it could start anywhere."""
    found = _first(sre_parse.parse(pattern.pattern, pattern.flags))
    return None if found is None else "".join(sorted(found))


def _class_matches(items, char: str) -> bool:
    r"""Whether a class that lists what it is not ("[^\n]", "\W") matches `char`. A class naming "." ("[.,]"
    in "1.850,00") is a number's separator, which a digit follows; no full stop."""
    negate, found, code = False, False, ord(char)
    for kind, value in items:
        if kind is c.NEGATE:
            negate = True
        elif kind is c.LITERAL:
            found |= value == code
        elif kind is c.RANGE:
            found |= value[0] <= code <= value[1]
        elif kind is c.CATEGORY and value in (c.CATEGORY_NOT_WORD, c.CATEGORY_NOT_SPACE, c.CATEGORY_NOT_DIGIT):
            return True
    return negate and not found


def _crosses(items) -> bool:
    for op, arg in items:
        if op is c.ANY:
            return True
        if op is c.NOT_LITERAL and arg != ord("."):
            return True

        if op is c.IN and _class_matches(arg, "."):
            return True
        if op is c.SUBPATTERN and _crosses(arg[-1]):
            return True
        if op is c.BRANCH and any(_crosses(alternative) for alternative in arg[1]):
            return True
        if op in _REPEATS and _crosses(arg[2]):
            return True
    return False


@cache
def crosses_full_stop(pattern: re.Pattern) -> bool:
    r"""Whether a match of `pattern` can run over a full stop ("[^\n]{0,80}", "."): such a match may go on
    into the next sentence, and its anchor word may be in either, so it is searched over the sentences on both
    sides of its anchor's as well."""
    return _crosses(sre_parse.parse(pattern.pattern, pattern.flags))


def _consumes(items, char: str, dotall: bool) -> bool:
    """Whether a match of this sequence may take `char` (look-arounds take nothing), erring towards yes."""
    code = ord(char)
    for op, arg in items:
        if op is c.ANY:
            if dotall or char != "\n":
                return True
        elif op is c.LITERAL:
            if arg == code:
                return True
        elif op is c.NOT_LITERAL:
            if arg != code:
                return True
        elif op is c.IN:
            if _in_class(arg, char):
                return True
        elif op is c.SUBPATTERN:
            if _consumes(arg[-1], char, dotall):
                return True
        elif op is c.BRANCH:
            if any(_consumes(alternative, char, dotall) for alternative in arg[1]):
                return True
        elif op in _REPEATS:
            if _consumes(arg[2], char, dotall):
                return True
        elif op not in (c.AT, c.ASSERT, c.ASSERT_NOT):
            return True  # a back-reference, a conditional...: it may
    return False


@cache
def crosses_line(pattern: re.Pattern) -> bool:
    """Whether a match of `pattern` may take a line break: if not, each match lies inside one line."""
    return _consumes(sre_parse.parse(pattern.pattern, pattern.flags), "\n", bool(pattern.flags & re.DOTALL))
