"""The events in the order the timeline shows them, and the indexes built once over that order.

An event's *position* is its index in :attr:`EventIndex.events`, which is in the order a dense
year shows them: by year, then the events vaguer than a month, then month by month, each in
time order. So every year, and every month, is one run of positions, and everything else (rows,
filters, the time axis) works on sorted lists of positions with slices and bisection.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from operator import attrgetter

from tui.core.model import Analysis, DocumentAnalysis, Entity, Event, EventDate


def positions(values: Iterable[int] = ()) -> array[int]:
    """A compact list of ints. Arrays hold no references, so the garbage collector never
    walks them: with lists of 100,000 positions its full passes took tens of milliseconds."""
    return array("i", values)


#: An event's place among the events of its sentence and date, by id (see
#: :meth:`EventIndex.place`).
Rank = Callable[[str], int]


def month_key(event: Event) -> int:
    """The month an event lies in (``year * 12 + month - 1``), or -1 if its date spans more
    than one month."""
    return _month_of(event.date)


def _month_of(date: EventDate) -> int:
    first, last = date.earliest, date.latest
    if (first.year, first.month) != (last.year, last.month):
        return -1
    return first.year * 12 + first.month - 1


def _display_key(event: Event) -> tuple[object, ...]:
    """Where an event goes in :attr:`EventIndex.events`: year, vaguer-than-a-month first,
    then time."""
    return _date_display_key(event.date)


def _date_display_key(date: EventDate) -> tuple[object, ...]:
    return (date.earliest.year, _month_of(date) >= 0, date.sort_key)


_event_id = attrgetter("id")


def entity_positions(events: Sequence[Event]) -> dict[str, array[int]]:
    """The positions (indexes in ``events``) of each entity's events, ascending."""
    by_entity: dict[str, array[int]] = {}
    for position, entity_ids in enumerate(map(_entities_of, events)):
        # Most events name an entity once: the duplicates are dropped only when there are.
        for entity_id in entity_ids if len(entity_ids) < 2 else dict.fromkeys(entity_ids):
            listed = by_entity.get(entity_id)
            if listed is None:
                listed = by_entity[entity_id] = positions()
            listed.append(position)
    return by_entity


_entities_of = attrgetter("entities")
_date_of = attrgetter("date")


@dataclass(frozen=True, slots=True)
class _DatePlace:
    """What the index reads of one distinct date (events share few dates, so each is
    worked out once, not once per event)."""

    rank: int  # of its display key among the distinct ones: equal keys, equal ranks
    ordinal: int
    year: int
    month: int


def _date_places(distinct: dict[int, EventDate]) -> dict[int, _DatePlace]:
    """Each of the ``distinct`` dates by ``id`` (an object's hash and equality are slower
    than its id's; equal dates still share their rank)."""
    keys = {identity: _date_display_key(date) for identity, date in distinct.items()}
    rank = {key: number for number, key in enumerate(sorted(set(keys.values())))}
    return {
        identity: _DatePlace(
            rank[keys[identity]],
            date.earliest.toordinal(),
            date.earliest.year,
            _month_of(date),
        )
        for identity, date in distinct.items()
    }


@dataclass(frozen=True, slots=True)
class YearRun:
    """A year's run of positions: ``[start, fine)`` vaguer than a month, then months."""

    year: int
    start: int
    fine: int
    end: int
    #: (month key, start, end) of each month with events, in order.
    months: tuple[tuple[int, int, int], ...]


def year_runs(years: Sequence[int], months: Sequence[int]) -> list[YearRun]:
    """The runs of events in display order, from each position's year and :func:`month_key`
    (a few bisections per year and month, not a pass over the events)."""
    runs: list[YearRun] = []
    start, total = 0, len(years)
    while start < total:
        year = years[start]
        end = bisect_right(years, year, start)
        fine = bisect_left(months, 0, start, end)  # the vaguer ones (-1) come first
        spans: list[tuple[int, int, int]] = []
        at = fine
        while at < end:
            month = months[at]
            upto = bisect_right(months, month, at, end)
            spans.append((month, at, upto))
            at = upto
        runs.append(YearRun(year, start, fine, end, tuple(spans)))
        start = end
    return runs


class EventIndex:
    """The analysis's events in display order, and what is looked up by position."""

    def __init__(self, analysis: Analysis, events: Sequence[Event] | None = None) -> None:
        """``events``: the rows to show when they are not the analysis's events (stories)."""
        # A stable sort keeps the pipeline's document order among events of equal dates.
        shown = analysis.events if events is None else events
        # Per event only lookups by builtins (map): its date's place is worked out once.
        dates = list(map(_date_of, shown))
        date_ids = list(map(id, dates))
        places = list(
            map(_date_places(dict(zip(date_ids, dates, strict=True))).__getitem__, date_ids)
        )
        ranks = list(map(attrgetter("rank"), places))
        order = sorted(range(len(shown)), key=ranks.__getitem__)
        self.events: list[Event] = list(map(shown.__getitem__, order))
        self.documents: dict[str, DocumentAnalysis] = {d.document.id: d for d in analysis.documents}
        self._document_index = {doc_id: i for i, doc_id in enumerate(self.documents)}
        self.entities: dict[str, Entity] = {e.id: e for e in analysis.entities}

        events = self.events
        places = list(map(places.__getitem__, order))
        #: Each position's earliest day (``date.toordinal()``).
        self.ordinals = positions(map(attrgetter("ordinal"), places))
        self._years = positions(map(attrgetter("year"), places))
        self._months = positions(map(attrgetter("month"), places))
        self.runs = year_runs(self._years, self._months)
        #: Positions of each entity's events, ascending.
        self.by_entity = entity_positions(events)
        self._positions = dict(zip(map(_event_id, events), range(len(events)), strict=True))

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

    def time_order(self, position: int) -> tuple[object, ...]:
        """Where the event at ``position`` lies in plain time order (a sparse year lists its
        events by it; on a tie, by position)."""
        return (self.events[position].date.sort_key, position)

    def place(self, position: int, event: Event, rank: Rank | None = None) -> int:
        """Put ``event`` (the event at ``position``, changed) where it goes now; its new
        position. ``rank``: its place among events of one sentence and date (the order
        :func:`tui.core.curation.apply.curate` keeps), else after them.

        Costs a bisection and the shift of the positions it passed over, not a new index.
        """
        events = self.events
        before = events[position]
        self._unlist(position, before.entities)
        del events[position], self.ordinals[position], self._years[position]
        del self._months[position]
        order = self._order_key(rank)
        target = bisect_right(events, order(event), key=order)
        events.insert(target, event)
        self.ordinals.insert(target, event.date.earliest.toordinal())
        self._years.insert(target, event.date.earliest.year)
        self._months.insert(target, month_key(event))
        if target != position:
            self._shift(position, target)
        if event.date != before.date:  # (also in place: into another month, say)
            self.runs = year_runs(self._years, self._months)
        for entity_id in dict.fromkeys(event.entities):
            insort(self.by_entity.setdefault(entity_id, positions()), target)
        return target

    def _order_key(self, rank: Rank | None) -> Callable[[Event], tuple[object, ...]]:
        """The order of :attr:`events`: the display order, then the analysis's own (by
        article, sentence and ``rank``)."""
        index = self._document_index

        def order(event: Event) -> tuple[object, ...]:
            key = (*_display_key(event), index.get(event.document, 0), event.start)
            return key if rank is None else (*key, rank(event.id))

        return order

    def _unlist(self, position: int, entity_ids: Iterable[str]) -> None:
        """Take ``position`` out of its entities' lists."""
        for entity_id in dict.fromkeys(entity_ids):
            listed = self.by_entity[entity_id]
            del listed[bisect_left(listed, position)]
            if not listed:
                del self.by_entity[entity_id]

    def _shift(self, old: int, new: int) -> None:
        """The events between ``old`` and ``new`` moved one place (an event went from
        ``old`` to ``new``): their positions follow, in every entity's list too."""
        step, low, high = (-1, old + 1, new + 1) if old < new else (1, new, old)
        add = step.__add__  # map() with a builtin: no Python frame per position
        for listed in self.by_entity.values():
            first = bisect_left(listed, low)
            last = bisect_left(listed, high, first)
            if first < last:
                listed[first:last] = array("i", map(add, listed[first:last]))
        start, end = min(old, new), max(old, new) + 1
        ids = map(_event_id, self.events[start:end])
        self._positions.update(zip(ids, range(start, end), strict=True))

    def time_segments(self) -> list[tuple[int, int]]:
        """Runs of positions ``[start, end)`` over which :attr:`ordinals` never decrease:
        each year's vague events, then its events of a known month (at most two a year)."""
        segments: list[tuple[int, int]] = []
        for run in self.runs:
            segments.extend(
                (a, b) for a, b in ((run.start, run.fine), (run.fine, run.end)) if a < b
            )
        return segments
