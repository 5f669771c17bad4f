"""Which of the week's listings a subscriber gets: the best few of those every one of their filters keeps.

What each filter keeps is decided by the browse page's own filter code (listings.filters.ListingFilter),
run once per filter value per week (digest.WeekData), never here: this module only intersects those
sets of ids and picks the best, with no queries. Browse filters are conjunctive (each narrows the
list on its own), so the intersection of the sets each filter keeps is exactly what the browse page
shows with all of them together.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from dataclasses import dataclass

DIGEST_SIZE = 10  # listings per digest, best first


@dataclass(frozen=True, slots=True)
class Candidate:
    id: int
    score: int

    @property
    def sort_key(self) -> tuple[int, int]:
        """The browse page's default order: best score first, then newest id."""
        return (-self.score, -self.id)


class CandidateIndex:
    """The week's candidates, best first."""

    def __init__(self, candidates: Iterable[Candidate]):
        ordered = sorted(candidates, key=lambda c: c.sort_key)
        self.size = len(ordered)
        self.ids = [candidate.id for candidate in ordered]
        self.rank = {pk: position for position, pk in enumerate(self.ids)}

    def select(self, kept_by_each_filter: Iterable[frozenset[int]], *, limit: int = DIGEST_SIZE) -> list[int]:
        """Ids of the best `limit` candidates that every set keeps, best first. No sets: every candidate."""
        sets = sorted(kept_by_each_filter, key=len)
        if not sets:
            return self.ids[:limit]
        pool = sets[0].intersection(*sets[1:])
        return heapq.nsmallest(limit, (pk for pk in pool if pk in self.rank), key=self.rank.__getitem__)
