"""Split an offer's text into plain and highlighted pieces, so a template can show "we found this here".

Templates print each piece with autoescaping on (never |safe): highlighting adds no HTML of its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from scoring.extraction.result import Evidence


@dataclass(frozen=True)
class Segment:
    text: str
    evidence: tuple[Evidence, ...] = ()  # empty: plain text

    @property
    def highlighted(self) -> bool:
        return bool(self.evidence)

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(e.field for e in self.evidence))


def segments(text: str, evidence: Iterable[Evidence]) -> list[Segment]:
    """Consecutive pieces covering `text`; overlapping evidence spans are merged into one highlighted piece."""
    spans = sorted((e for e in evidence if 0 <= e.start < e.end <= len(text)), key=lambda e: (e.start, e.end))
    pieces: list[Segment] = []
    position = 0
    i = 0
    while i < len(spans):
        start, end, group = spans[i].start, spans[i].end, [spans[i]]
        i += 1
        while i < len(spans) and spans[i].start < end:
            end = max(end, spans[i].end)
            group.append(spans[i])
            i += 1
        if start < position:  # cannot happen after merging; kept as a guard
            start = position
        if start > position:
            pieces.append(Segment(text[position:start]))
        pieces.append(Segment(text[start:end], tuple(group)))
        position = end
    if position < len(text):
        pieces.append(Segment(text[position:]))
    return pieces
