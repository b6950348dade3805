"""Where most of a corpus's dates are: the shortest run of days that holds a given share of
them, without the stray dates of history its articles recall (a founding year, an earlier
disaster). The key dates look for their days in it, and the explorer opens at its start."""

from __future__ import annotations

from collections.abc import Sequence


def densest_window(days: Sequence[int], weights: Sequence[int], share: float) -> tuple[int, int]:
    """The shortest run ``(first, last)`` of ``days`` (day numbers, ascending and distinct,
    each with its weight) whose weights sum to at least ``share`` of all of them; of equally
    short runs, the earliest. ``days`` must not be empty."""
    needed = share * sum(weights)
    best = (days[0], days[-1])
    held, left = 0, 0
    for right, day in enumerate(days):
        held += weights[right]
        while held - weights[left] >= needed:
            held -= weights[left]
            left += 1
        if held >= needed and day - days[left] < best[1] - best[0]:
            best = (days[left], day)
    return best
