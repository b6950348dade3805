"""The time axis: how many of the visible events fall in each period, as bars.

An event counts in the period its earliest day lies in. Positions (see
:mod:`tui.core.view.event_index`) are not in plain time order, but they fall into at most two
runs a year over which the earliest days never decrease (the year's vague events, then those
of a known month). Within a run, the visible positions of a period are found by bisection
on that day, so the bars cost a few bisections per bar, not a loop over every event.

The period is the finest of decades, years, months, weeks and days whose bars over all
events fit the width; zooming in (or out) takes the next finer (coarser) one, and the bars
shown are a window of at most ``width`` periods around the selected event.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from tui.core.view.event_index import EventIndex

Period = Literal["decade", "year", "month", "week", "day"]

#: From the coarsest to the finest.
PERIODS: tuple[Period, ...] = ("decade", "year", "month", "week", "day")


def bucket_of(period: Period, ordinal: int) -> int:
    """The number of the period (of its kind) that day ``ordinal`` lies in."""
    if period == "day":
        return ordinal
    if period == "week":
        return (ordinal - 1) // 7  # day 1 (1 January of year 1) is a Monday
    day = dt.date.fromordinal(ordinal)
    if period == "month":
        return day.year * 12 + day.month - 1
    return day.year if period == "year" else day.year // 10


def bucket_start(period: Period, bucket: int) -> int:
    """The first day (ordinal) of period number ``bucket``."""
    if period == "day":
        return bucket
    if period == "week":
        return bucket * 7 + 1
    if period == "month":
        year, month = divmod(bucket, 12)
        return _ordinal(year, month + 1)
    return _ordinal(bucket if period == "year" else bucket * 10, 1)


def _ordinal(year: int, month: int) -> int:
    # Outside the calendar's years the bars simply end: clamp to its first / last day.
    if year < dt.MINYEAR:
        return 1
    if year > dt.MAXYEAR:
        return dt.date.max.toordinal() + 1
    return dt.date(year, month, 1).toordinal()


def fitting_period(first: int, last: int, width: int) -> int:
    """The finest period (index in :data:`PERIODS`) with at most ``width`` bars from day
    ``first`` to day ``last`` (decades if none fits)."""
    for level in range(len(PERIODS) - 1, 0, -1):
        period = PERIODS[level]
        if bucket_of(period, last) - bucket_of(period, first) + 1 <= width:
            return level
    return 0


@dataclass(frozen=True, slots=True)
class Bars:
    """The bars the axis shows: ``counts[i]`` events in period number ``first + i``."""

    period: Period
    first: int
    counts: list[int]
    #: The bar (index into ``counts``) of the selected event, if it is among them.
    marker: int | None

    def start(self, bar: int) -> int:
        """The first day (ordinal) of bar ``bar``."""
        return bucket_start(self.period, self.first + bar)

    def year(self, bar: int) -> int:
        """The year bar ``bar`` lies in (a week: the year of its Thursday, as ISO 8601 has it)."""
        day = self.start(bar) + (3 if self.period == "week" else 0)
        return dt.date.fromordinal(max(1, min(day, dt.date.max.toordinal()))).year


class Histogram:
    """Bars of the visible events over time, with a zoom level and a window that follows the
    selection."""

    def __init__(self, index: EventIndex) -> None:
        self.index = index
        self.reindex()
        #: The chosen period (index in :data:`PERIODS`); None: the one that fits the width.
        self.level: int | None = None
        #: The first period of the window, per period (kept while the selection stays in it).
        self._window: dict[Period, int] = {}

    def reindex(self) -> None:
        """Read the index again: an event moved (curation changed its date)."""
        index = self.index
        self._ordinals = ordinals = index.ordinals
        #: (start, end, first day, last day) of each run of non-decreasing days.
        self._segments = [
            (start, end, ordinals[start], ordinals[end - 1]) for start, end in index.time_segments()
        ]
        self.span = (min(ordinals), max(ordinals)) if ordinals else None

    # ------------------------------------------------------------------ zoom

    def period(self, width: int) -> Period:
        return PERIODS[self._level(width)]

    def _level(self, width: int) -> int:
        if self.level is not None:
            return self.level
        if self.span is None:
            return 1
        return fitting_period(self.span[0], self.span[1], max(1, width))

    def zoom(self, steps: int, width: int) -> bool:
        """Finer periods (``steps`` > 0) or coarser ones; False if already at the end."""
        level = self._level(width)
        target = max(0, min(len(PERIODS) - 1, level + steps))
        self.level = target
        if target != level:
            # A new zoom centres on the selection.
            self._window.pop(PERIODS[target], None)
        return target != level

    # ------------------------------------------------------------------ bars

    def bars(self, visible: Sequence[int], selected: int | None, width: int) -> Bars:
        """At most ``width`` bars of the current period, around ``selected``'s."""
        period = self.period(width)
        if self.span is None or width <= 0:
            return Bars(period, 0, [], None)
        lowest, highest = (bucket_of(period, day) for day in self.span)
        shown = min(width, highest - lowest + 1)
        selected_bucket = None if selected is None else bucket_of(period, self._ordinals[selected])
        first = self._window.get(period, lowest)
        if selected_bucket is not None and not first <= selected_bucket < first + shown:
            first = selected_bucket - shown // 2
        first = max(lowest, min(first, highest - shown + 1))
        self._window[period] = first
        marker = None
        if selected_bucket is not None and first <= selected_bucket < first + shown:
            marker = selected_bucket - first
        return Bars(period, first, self.counts(visible, period, first, shown), marker)

    def counts(self, visible: Sequence[int], period: Period, first: int, count: int) -> list[int]:
        """Visible events in each of periods ``first`` to ``first + count - 1``."""
        bounds = [bucket_start(period, first + i) for i in range(count + 1)]
        counts = [0] * count
        day = self._ordinals.__getitem__
        for start, end, first_day, last_day in self._segments:
            if last_day < bounds[0] or first_day >= bounds[-1]:
                continue
            lo = bisect_left(visible, start)
            hi = bisect_left(visible, end, lo)
            if lo == hi:
                continue
            # Only the bars this run's days reach.
            bar = max(0, bisect_right(bounds, first_day) - 1)
            last_bar = min(count, bisect_right(bounds, last_day))
            below = bisect_left(visible, bounds[bar], lo, hi, key=day)
            for i in range(bar, last_bar):
                upto = bisect_left(visible, bounds[i + 1], below, hi, key=day)
                counts[i] += upto - below
                below = upto
        return counts

    def first_event(self, visible: Sequence[int], bars: Bars, bar: int) -> int | None:
        """The earliest visible event (position) of bar ``bar``, or None if it has none."""
        return self._earliest(visible, bars.start(bar), bars.start(bar + 1))

    def step(
        self, visible: Sequence[int], period: Period, bucket: int, direction: int
    ) -> int | None:
        """The first visible event of the next (``direction`` > 0) or previous period after
        (before) period number ``bucket`` that has one."""
        if direction > 0:
            return self._earliest(visible, bucket_start(period, bucket + 1), None)
        before = self._latest_before(visible, bucket_start(period, bucket))
        if before is None:
            return None
        previous = bucket_of(period, self._ordinals[before])
        return self._earliest(
            visible, bucket_start(period, previous), bucket_start(period, previous + 1)
        )

    def _earliest(self, visible: Sequence[int], low: int, high: int | None) -> int | None:
        """The visible event of the earliest day in ``[low, high)`` (the first one listed of
        that day), or None."""
        day = self._ordinals.__getitem__
        best: int | None = None
        for start, end, first_day, last_day in self._segments:
            if last_day < low or (high is not None and first_day >= high):
                continue
            lo = bisect_left(visible, start)
            hi = bisect_left(visible, end, lo)
            found = bisect_left(visible, low, lo, hi, key=day)
            if found == hi:
                continue
            candidate = visible[found]
            if (high is None or day(candidate) < high) and (
                best is None or day(candidate) < day(best)
            ):
                best = candidate
        return best

    def _latest_before(self, visible: Sequence[int], high: int) -> int | None:
        """A visible event of the latest day before day ``high``, or None."""
        day = self._ordinals.__getitem__
        best: int | None = None
        for start, end, first_day, _ in self._segments:
            if first_day >= high:
                continue
            lo = bisect_left(visible, start)
            hi = bisect_left(visible, end, lo)
            found = bisect_left(visible, high, lo, hi, key=day)
            if found > lo:
                candidate = visible[found - 1]
                if best is None or day(candidate) > day(best):
                    best = candidate
        return best
