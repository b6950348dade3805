"""Questions about a set of character spans answered by bisection, not by a scan of every
span (a document with thousands of ignored spans or names made such scans quadratic)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import accumulate

from tui.core.model import Span


class SpanSet:
    """Spans (in any order, overlapping or empty) for overlap and containment queries."""

    def __init__(self, spans: Iterable[Span]) -> None:
        ordered = sorted(spans)
        self._starts = [lo for lo, _ in ordered]
        #: The furthest end among the spans up to each one (by start).
        self._reach = list(accumulate((hi for _, hi in ordered), max))

    def _furthest(self, count: int) -> int | None:
        return self._reach[count - 1] if count else None

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span ``(lo, hi)`` has ``start < hi and lo < end``."""
        reach = self._furthest(bisect_left(self._starts, end))
        return reach is not None and reach > start

    def contains(self, start: int, end: int) -> bool:
        """Whether a span ``(lo, hi)`` has ``lo <= start and end <= hi``."""
        reach = self._furthest(bisect_right(self._starts, start))
        return reach is not None and reach >= end
