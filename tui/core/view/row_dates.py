"""How the rows write their dates, each distinct date written once (dates repeat a lot)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from operator import attrgetter

from tui.core.model import Event, EventDate
from tui.core.view.row_text import RowDate, row_date


class RowDates:
    def __init__(self, events: Iterable[Event]) -> None:
        #: How many events have each date.
        self._dates = _count_dates(map(attrgetter("date"), events))
        self._written: dict[EventDate, RowDate] = {date: row_date(date) for date in self._dates}
        self._widths: dict[int, int] = {}

    def replace(self, old: EventDate, new: EventDate) -> None:
        """An event's date changed from ``old`` to ``new`` (curation): the widths follow."""
        if old == new:
            return
        self._dates[old] -= 1
        if not self._dates[old]:
            del self._dates[old], self._written[old]
        self._dates[new] += 1
        if new not in self._written:
            self._written[new] = row_date(new)
        self._widths.clear()

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


def _count_dates(dates: Iterable[EventDate]) -> Counter[EventDate]:
    """How many of ``dates`` are equal to each: counted by identity first (events share
    their date objects, and a frozen dataclass's hash is worked out anew each time)."""
    dates = list(dates)
    by_identity = Counter(map(id, dates))
    objects = dict(zip(map(id, dates), dates, strict=True))
    counts: Counter[EventDate] = Counter()
    for identity, count in by_identity.items():
        counts[objects[identity]] += count
    return counts
