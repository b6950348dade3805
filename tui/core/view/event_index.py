"""The events in the order the timeline shows them, and the indexes built once over that order.

An event's *position* is its index in :attr:`EventIndex.events`, which is in the order a dense
year shows them: by year, then the events vaguer than a month, then month by month, each in
time order. So every year, and every month, is one run of positions, and everything else (rows,
filters, the time axis) works on sorted lists of positions with slices and bisection.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from tui.core.model import Analysis, DocumentAnalysis, Entity, Event


def positions(values: Iterable[int] = ()) -> array[int]:
    """A compact list of ints. Arrays hold no references, so the garbage collector never
    walks them: with lists of 100,000 positions its full passes took tens of milliseconds."""
    return array("i", values)


def month_key(event: Event) -> int:
    """The month an event lies in (``year * 12 + month - 1``), or -1 if its date spans more
    than one month."""
    first, last = event.date.earliest, event.date.latest
    if (first.year, first.month) != (last.year, last.month):
        return -1
    return first.year * 12 + first.month - 1


def _display_key(event: Event) -> tuple[object, ...]:
    """Where an event goes in :attr:`EventIndex.events`: year, vaguer-than-a-month first,
    then time."""
    return (event.date.earliest.year, month_key(event) >= 0, event.date.sort_key)


def entity_positions(events: Sequence[Event]) -> dict[str, array[int]]:
    """The positions (indexes in ``events``) of each entity's events, ascending."""
    by_entity: dict[str, array[int]] = {}
    for position, event in enumerate(events):
        for entity_id in dict.fromkeys(event.entities):
            by_entity.setdefault(entity_id, positions()).append(position)
    return by_entity


@dataclass(frozen=True, slots=True)
class YearRun:
    """A year's run of positions: ``[start, fine)`` vaguer than a month, then months."""

    year: int
    start: int
    fine: int
    end: int
    #: (month key, start, end) of each month with events, in order.
    months: tuple[tuple[int, int, int], ...]


def year_runs(events: list[Event]) -> list[YearRun]:
    """The runs of ``events`` (in display order), year by year."""
    runs: list[YearRun] = []
    start = 0
    while start < len(events):
        year = events[start].date.earliest.year
        end, fine = start, None
        months: list[tuple[int, int, int]] = []
        while end < len(events) and events[end].date.earliest.year == year:
            month = month_key(events[end])
            if month >= 0:
                if fine is None:
                    fine = end
                if months and months[-1][0] == month:
                    months[-1] = (month, months[-1][1], end + 1)
                else:
                    months.append((month, end, end + 1))
            end += 1
        runs.append(YearRun(year, start, end if fine is None else fine, end, tuple(months)))
        start = end
    return runs


class EventIndex:
    """The analysis's events in display order, and what is looked up by position."""

    def __init__(self, analysis: Analysis, events: Sequence[Event] | None = None) -> None:
        """``events``: the rows to show when they are not the analysis's events (stories)."""
        # A stable sort keeps the pipeline's document order among events of equal dates.
        shown = analysis.events if events is None else events
        self.events: list[Event] = sorted(shown, key=_display_key)
        self.documents: dict[str, DocumentAnalysis] = {d.document.id: d for d in analysis.documents}
        self._document_index = {doc_id: i for i, doc_id in enumerate(self.documents)}
        self.entities: dict[str, Entity] = {e.id: e for e in analysis.entities}

        events = self.events
        #: Each position's earliest day (``date.toordinal()``).
        self.ordinals = positions(e.date.earliest.toordinal() for e in events)
        # Rank of each position in plain time order (a sparse year lists its events by it).
        times = [e.date.sort_key for e in events]
        by_time = sorted(range(len(events)), key=times.__getitem__)
        self.time_rank = positions([0]) * len(events)
        for rank, position in enumerate(by_time):
            self.time_rank[position] = rank
        self.runs = year_runs(events)
        #: Positions of each entity's events, ascending.
        self.by_entity = entity_positions(events)
        self._positions = {e.id: p for p, e in enumerate(events)}

    def __len__(self) -> int:
        return len(self.events)

    def position(self, event: Event) -> int:
        """The event's chronological position (its index in :attr:`events`)."""
        return self._positions[event.id]

    def find(self, event_id: str) -> int | None:
        """The position of the event with that id, if it is one of :attr:`events`."""
        return self._positions.get(event_id)

    def document_index(self, event: Event) -> int:
        """The event's document's place among the open documents (for telling them apart)."""
        return self._document_index.get(event.document, 0)

    def time_segments(self) -> list[tuple[int, int]]:
        """Runs of positions ``[start, end)`` over which :attr:`ordinals` never decrease:
        each year's vague events, then its events of a known month (at most two a year)."""
        segments: list[tuple[int, int]] = []
        for run in self.runs:
            segments.extend(
                (a, b) for a, b in ((run.start, run.fine), (run.fine, run.end)) if a < b
            )
        return segments
