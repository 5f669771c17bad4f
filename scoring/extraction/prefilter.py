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


def _runs(items) -> list[str]:
    """The runs of consecutive literal characters in one sequence of nodes, lower-cased."""
    runs, current = [], []
    for op, arg in items:
        if op is c.LITERAL:
            current.append(chr(arg).lower())
        else:
            if current:
                runs.append("".join(current))
            current = []
    if current:
        runs.append("".join(current))
    return runs


def _required(items) -> frozenset[str] | None:
    """Strings of which every match of this node sequence contains at least one; None if none can be proved."""
    candidates: list[frozenset[str]] = [frozenset({run}) for run in _runs(items)]
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
                    chars |= set("0123456789")
                else:
                    return None
            return frozenset(chars)
        return None
    return None


@cache
def first_characters(pattern: re.Pattern) -> str | None:
    """Every character a match of `pattern` can start with, as a string; None when it could start anywhere."""
    found = _first(sre_parse.parse(pattern.pattern, pattern.flags))
    return None if found is None else "".join(sorted(found))
