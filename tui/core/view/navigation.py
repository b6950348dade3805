"""The selection and every way of moving it: by event, by page, by year, to a date."""

from __future__ import annotations

import datetime as dt
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from tui.core.view.date_query import DateQuery
from tui.core.view.rows import RowLayout


class Navigation:
    """The selected event (a position) and the row it is on (the cursor)."""

    def __init__(self, ordinals: array[int]) -> None:
        #: Each position's earliest day, for jumps to a date.
        self._ordinals = ordinals
        self.visible: Sequence[int] = range(0)
        self.layout = RowLayout()
        self.selected: int | None = None
        self.cursor: int | None = None

    def show(self, visible: Sequence[int], layout: RowLayout) -> None:
        """New rows: keep the selected event if it is still visible, else take the next one in
        time."""
        self.visible, self.layout = visible, layout
        if not visible:
            self.selected = self.cursor = None
            return
        if self.selected is None:
            target = visible[0]
        else:
            index = bisect_left(visible, self.selected)
            target = visible[min(index, len(visible) - 1)]
        self.selected = target
        self.cursor = layout.rows.index(target)

    def select_row(self, index: int, *, direction: int = 1) -> bool:
        """Select the event on row ``index`` (or the nearest one from a header); True if moved."""
        rows = self.layout.rows
        if not rows:
            return False
        index = max(0, min(index, len(rows) - 1))
        target = self._nearest_event_row(index, direction)
        if target is None or target == self.cursor:
            return False
        self.cursor = target
        self.selected = rows[target]
        return True

    def select_event(self, position: int) -> bool:
        """Select the event at chronological ``position`` if it is visible."""
        try:
            index = self.layout.rows.index(position)
        except ValueError:
            return False
        return self.select_row(index)

    def _nearest_event_row(self, index: int, direction: int) -> int | None:
        rows = self.layout.rows
        step = 1 if direction >= 0 else -1
        for candidate_step in (step, -step):
            i = index
            while 0 <= i < len(rows):
                if rows[i] >= 0:
                    return i
                i += candidate_step
        return None

    def move(self, steps: int) -> bool:
        """Move the selection by ``steps`` events (negative: back in time)."""
        if self.cursor is None or steps == 0:
            return False
        rows, step = self.layout.rows, (1 if steps > 0 else -1)
        target = index = self.cursor
        remaining = abs(steps)
        while remaining and 0 <= index + step < len(rows):
            index += step
            if rows[index] >= 0:
                target = index
                remaining -= 1
        return self.select_row(target)

    def move_rows(self, count: int) -> bool:
        """Move the selection by ``count`` rows (a page), landing on an event."""
        if self.cursor is None:
            return False
        return self.select_row(self.cursor + count, direction=1 if count > 0 else -1)

    def first(self) -> bool:
        return self.select_row(0)

    def last(self) -> bool:
        return self.select_row(len(self.layout.rows) - 1, direction=-1)

    def next_year(self, direction: int = 1) -> bool:
        """Select the first event of the next (or, with -1, the previous) year."""
        if self.cursor is None:
            return False
        year_rows = self.layout.year_rows
        current = bisect_right(year_rows, self.cursor) - 1
        target = current + (1 if direction > 0 else -1)
        if not 0 <= target < len(year_rows):
            return False
        return self.select_row(year_rows[target])

    def jump(self, query: DateQuery) -> bool:
        """Select the first event at or after the date the user asked for (or the last one).

        False only when there is no event to select.
        """
        if not self.visible:
            return False
        layout, start = self.layout, query.start
        header = None
        if query.precision == "year":
            header = layout.header_rows.get(("year", start.year))
        elif query.precision == "month":
            header = layout.header_rows.get(("month", start.year * 12 + start.month - 1))
        if header is not None:
            self.select_row(header)
            return True
        # The first event at or after the date: in its year, else the first of a later year.
        # A dense year lists its vaguer events (the year, a season) before its months: the
        # months are searched first, from the one asked for, so that "spring" is not taken
        # for a day of January.
        target = start.toordinal()
        rows, year_rows, row_years = layout.rows, layout.year_rows, layout.row_years
        ends = [*year_rows[1:], len(rows)]
        for index in range(bisect_left(row_years, start.year), len(year_rows)):
            begin, end = year_rows[index] + 1, ends[index]
            if row_years[index] > start.year:
                row = self._first_event_row(begin, end, None)
            else:
                month = self._first_month_row(start)
                row = self._first_event_row(month + 1, end, target) if month is not None else None
                if row is None:
                    row = self._first_event_row(begin, end, target)
            if row is not None:
                self.select_row(row)
                return True
        self.last()
        return True

    def _first_month_row(self, day: dt.date) -> int | None:
        """The header row of ``day``'s month or of the first later month its year lists."""
        headers = self.layout.header_rows
        for month in range(day.month, 13):
            row = headers.get(("month", day.year * 12 + month - 1))
            if row is not None:
                return row
        return None

    def _first_event_row(self, begin: int, end: int, target: int | None) -> int | None:
        """The first event row in ``begin``..``end`` on or after the day ``target``."""
        rows = self.layout.rows
        for row in range(begin, end):
            position = rows[row]
            if position >= 0 and (target is None or self._ordinals[position] >= target):
                return row
        return None
