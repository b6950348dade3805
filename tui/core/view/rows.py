"""The timeline's lines for the visible events: year headers, month headers (only in years
with many events) and events.

``RowLayout.rows`` holds an event's position (>= 0) or ``~i`` for ``headers[i]``, so the whole
list is a compact list of ints built from slices of the sorted visible positions.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from tui.core.model import Event
from tui.core.view.event_index import EventIndex, positions

HeaderKind = Literal["year", "month"]

#: Month headers (in English, like every label; calendar.month_name depends on the locale and
#: costs a strftime per call).
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")  # fmt: skip

#: A year with more visible events than this is split into months.
DENSE_YEAR_EVENTS = 12


@dataclass(frozen=True, slots=True)
class Header:
    kind: HeaderKind
    #: The year, or ``year * 12 + month - 1`` for a month.
    key: int
    label: str
    #: Visible events under this header.
    count: int


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the timeline: a header or an event (exactly one is set)."""

    header: Header | None = None
    event: Event | None = None
    #: The event's chronological position (index into :attr:`TimelineModel.events`).
    position: int | None = None


@dataclass(slots=True)
class RowLayout:
    """The rows, their headers, and where the headers are."""

    rows: array[int] = field(default_factory=positions)
    headers: list[Header] = field(default_factory=list)
    #: Rows of the year headers, and their years.
    year_rows: list[int] = field(default_factory=list)
    row_years: list[int] = field(default_factory=list)
    #: The row of each header, by kind and key.
    header_rows: dict[tuple[HeaderKind, int], int] = field(default_factory=dict)

    def add_header(self, kind: HeaderKind, key: int, label: str, count: int) -> None:
        rows = self.rows
        self.header_rows[(kind, key)] = len(rows)
        if kind == "year":
            self.year_rows.append(len(rows))
            self.row_years.append(key)
        rows.append(~len(self.headers))
        self.headers.append(Header(kind, key, label, count))


def layout_rows(index: EventIndex, visible: Sequence[int], dense_year_events: int) -> RowLayout:
    """The rows (and where their headers are) for the visible events."""
    layout = RowLayout()
    rows = layout.rows
    lo = 0
    for run in index.runs:
        start = bisect_left(visible, run.start, lo)
        lo = bisect_left(visible, run.end, start)
        if start == lo:
            continue
        layout.add_header("year", run.year, str(run.year), lo - start)
        if lo - start <= dense_year_events:
            rows.extend(sorted(visible[start:lo], key=index.time_order))
            continue
        # Events known only to the year (or vaguer) come first, then month by month.
        fine = bisect_left(visible, run.fine, start, lo)
        rows.extend(visible[start:fine])
        for month, month_start, month_end in run.months:
            first = bisect_left(visible, month_start, fine, lo)
            fine = bisect_left(visible, month_end, first, lo)
            if first < fine:
                label = f"{MONTH_NAMES[month % 12]} {month // 12}"
                layout.add_header("month", month, label, fine - first)
                rows.extend(visible[first:fine])
    return layout


class RowLayouts:
    """Lays out rows, keeping the unfiltered layout (clearing a filter is common)."""

    def __init__(self, index: EventIndex, dense_year_events: int = DENSE_YEAR_EVENTS) -> None:
        self._index = index
        self.dense_year_events = dense_year_events
        self._unfiltered: RowLayout | None = None

    def layout(self, visible: Sequence[int]) -> RowLayout:
        unfiltered = isinstance(visible, range)
        if unfiltered and self._unfiltered is not None:
            return self._unfiltered
        layout = layout_rows(self._index, visible, self.dense_year_events)
        if unfiltered:
            self._unfiltered = layout
        return layout
