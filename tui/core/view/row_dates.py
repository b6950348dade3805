"""How the rows write their dates, each distinct date written once (dates repeat a lot)."""

from __future__ import annotations

from collections.abc import Iterable

from tui.core.model import Event, EventDate
from tui.core.view.row_text import RowDate, row_date


class RowDates:
    def __init__(self, events: Iterable[Event]) -> None:
        self._written: dict[EventDate, RowDate] = {}
        for event in events:
            if event.date not in self._written:
                self._written[event.date] = row_date(event.date)
        self._widths: dict[int, int] = {}

    def row_date(self, event: Event) -> RowDate:
        """How a row writes the event's date (see :func:`tui.core.view.row_text.row_date`)."""
        written = self._written.get(event.date)
        return written if written is not None else row_date(event.date)

    def date_width(self, room: int) -> int:
        """Characters the dates take when each may use ``room``: the longest variant that the
        rows would write (a date column needs no more)."""
        width = self._widths.get(room)
        if width is None:
            written = (len(d.fitting(room)) for d in self._written.values())
            width = self._widths[room] = min(room, max(written, default=0))
        return width
