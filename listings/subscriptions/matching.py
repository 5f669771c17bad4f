"""Which of the week's listings a subscriber gets: pure functions, no queries.

The week's candidates are loaded once per chunk as small tuples (id, score, verdict, region codes,
work type codes); each subscriber's picks come from an index, best first, so a chunk never loads
listings per subscriber.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

DIGEST_SIZE = 10  # listings per digest, best first


@dataclass(frozen=True, slots=True)
class Candidate:
    id: int
    score: int
    verdict: str
    regions: frozenset[str]
    work_types: frozenset[str]

    @property
    def sort_key(self) -> tuple[int, int]:
        return (-self.score, -self.id)


@dataclass(frozen=True, slots=True)
class Preferences:
    work_types: frozenset[str]  # empty: every work type
    region_codes: tuple[str, ...]  # the chosen region and its country; empty: anywhere
    min_score: int
    verdicts: frozenset[str]

    @classmethod
    def of(cls, subscriber) -> Preferences:
        region = subscriber.region
        return cls(
            work_types=frozenset(subscriber.work_types or ()),
            region_codes=tuple(region.with_parents()) if region is not None else (),
            min_score=subscriber.min_score or 0,
            verdicts=frozenset(subscriber.verdicts or ()),
        )


def matches(candidate: Candidate, prefs: Preferences) -> bool:
    """The browse page's rule: a listing hiring in the region itself or in its whole country matches."""
    if candidate.score < prefs.min_score or candidate.verdict not in prefs.verdicts:
        return False
    if prefs.work_types and not (candidate.work_types & prefs.work_types):
        return False
    return not prefs.region_codes or any(code in candidate.regions for code in prefs.region_codes)


class CandidateIndex:
    """The week's candidates sorted best first, indexed by verdict and by hiring region."""

    def __init__(self, candidates: Iterable[Candidate]):
        ordered = sorted(candidates, key=lambda c: c.sort_key)
        self.size = len(ordered)
        self.by_verdict: dict[str, list[Candidate]] = defaultdict(list)
        self.by_region: dict[str, list[Candidate]] = defaultdict(list)
        for candidate in ordered:
            self.by_verdict[candidate.verdict].append(candidate)
            for code in candidate.regions:
                self.by_region[code].append(candidate)
        self._memo: dict[Preferences, list[int]] = {}

    def select(self, prefs: Preferences, *, limit: int = DIGEST_SIZE) -> list[int]:
        """Ids of the best `limit` matching candidates, best first. Memoised per preference set."""
        if prefs not in self._memo:
            self._memo[prefs] = self._select(prefs, limit)
        return self._memo[prefs]

    def _select(self, prefs: Preferences, limit: int) -> list[int]:
        by_verdict = [self.by_verdict.get(v, []) for v in prefs.verdicts]
        pools = by_verdict
        if prefs.region_codes:
            by_region = [self.by_region.get(code, []) for code in prefs.region_codes]
            if sum(map(len, by_region)) < sum(map(len, by_verdict)):
                pools = by_region
        picked: list[int] = []
        seen: set[int] = set()
        for candidate in heapq.merge(*pools, key=lambda c: c.sort_key):
            if candidate.score < prefs.min_score:
                break  # sorted best first: nothing further down can match
            if candidate.id in seen or not matches(candidate, prefs):
                continue
            seen.add(candidate.id)
            picked.append(candidate.id)
            if len(picked) == limit:
                break
        return picked
