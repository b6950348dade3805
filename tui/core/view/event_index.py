"""The events in the order the timeline shows them, and the indexes built once over that order.

An event's *position* is its index in :attr:`EventIndex.events`, which is in the order a dense
year shows them: by year, then the events vaguer than a month, then month by month, each in
time order. So every year, and every month, is one run of positions, and everything else (rows,
filters, the time axis) works on sorted lists of positions with slices and bisection.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import TYPE_CHECKING

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


#: A move of one event: the positions in ``[low, high)`` change by ``step`` (+1 or -1).
Shift = tuple[int, int, int]


def _shift(old: int, new: int) -> Shift:
    """What moving the event at ``old`` (taken out) to ``new`` does to the others."""
    return (-1, old + 1, new + 1) if old < new else (1, new, old)


if TYPE_CHECKING:
    IntArray = array[int]
else:  # array is not subscriptable at run time (a base class is evaluated)
    IntArray = array


class EntityPositions(Mapping[str, IntArray]):
    """The positions of each entity's events, ascending, which follow the moves of events
    lazily: a move is written down once, and an entity's list catches up with the moves
    when it is read. So a date change costs the lists of the moved event's entities, not
    those of every entity (2,000 at 100,000 events) that its move passed over; a list read
    after ``n`` moves catches up with two bisections a move (and a shift of the positions
    a move passed over)."""

    def __init__(self, lists: dict[str, array[int]]) -> None:
        self._lists = lists
        self._shifts: list[Shift] = []
        #: How many of the shifts each list has had (none yet when absent).
        self._applied: dict[str, int] = {}

    def __getitem__(self, entity_id: str) -> array[int]:
        listed = self._lists[entity_id]
        done = self._applied.get(entity_id, 0)
        if done < len(self._shifts):
            add = (1).__add__, (-1).__add__  # map() with a builtin: no Python frame each
            for step, low, high in self._shifts[done:]:
                first = bisect_left(listed, low)
                last = bisect_left(listed, high, first)
                if first < last:
                    moved = map(add[step < 0], listed[first:last])
                    listed[first:last] = array("i", moved)
            self._applied[entity_id] = len(self._shifts)
        return listed

    def __iter__(self) -> Iterator[str]:
        return iter(self._lists)

    def __len__(self) -> int:
        return len(self._lists)

    def count(self, entity_id: str) -> int:
        """How many events mention the entity (a move changes no count: nothing to catch
        up with)."""
        return len(self._lists.get(entity_id, ()))

    def moved(self, old: int, new: int) -> None:
        """The event at ``old`` went to ``new``, after :meth:`remove` took ``old`` from its
        entities' lists; :meth:`add` puts ``new`` in."""
        if old != new:
            self._shifts.append(_shift(old, new))

    def add(self, entity_id: str, position: int) -> None:
        if entity_id not in self._lists:
            self._lists[entity_id] = positions()
            self._applied[entity_id] = len(self._shifts)
        insort(self[entity_id], position)

    def change(self, entity_id: str, added: Iterable[int], removed: Iterable[int]) -> None:
        """Events at ``added`` name the entity now, those at ``removed`` no longer."""
        kept = set(self[entity_id]) if entity_id in self._lists else set()
        kept.difference_update(removed)
        kept.update(added)
        if kept:
            self._lists[entity_id] = positions(sorted(kept))
            self._applied[entity_id] = len(self._shifts)
        else:
            self._lists.pop(entity_id, None)
            self._applied.pop(entity_id, None)

    def remove(self, entity_id: str, position: int) -> None:
        listed = self[entity_id]
        del listed[bisect_left(listed, position)]
        if not listed:
            del self._lists[entity_id]
            self._applied.pop(entity_id, None)


class EventPositions:
    """Each event's position by id, which follows the moves of events lazily: a move
    shifts every event it passes over by one place, so an event looked up ``n`` moves
    after its position was noted is within ``n`` places of it (a short search there,
    rather than noting again the position of every event passed over)."""

    #: Moves after which every position is noted again (a pass over the events).
    RENOTE = 256

    def __init__(self, events: list[Event]) -> None:
        self._events = events
        #: Made at the first lookup, not before the timeline is first drawn.
        self._noted: dict[str, int] | None = None
        #: Positions noted since, by id, with how many moves there had been.
        self._since: dict[str, tuple[int, int]] = {}
        self._moves = 0

    def _renote(self) -> dict[str, int]:
        self._noted = {event.id: p for p, event in enumerate(self._events)}
        self._since = {}
        self._moves = 0
        return self._noted

    def get(self, event_id: str) -> int | None:
        since = self._since.get(event_id)
        if since is not None:
            noted, at = since
        else:
            noted_all = self._renote() if self._noted is None else self._noted
            found = noted_all.get(event_id)
            if found is None:
                return None
            noted, at = found, 0
        drift = self._moves - at
        if drift:
            low = max(0, noted - drift)
            window = self._events[low : noted + drift + 1]
            noted = low + list(map(_event_id, window)).index(event_id)
            self._since[event_id] = (noted, self._moves)
        return noted

    def moved(self, event_id: str, new: int) -> None:
        """The event ``event_id`` is at ``new`` now (the others it passed moved one)."""
        if self._noted is None:  # nothing noted to follow: noted when first looked up
            return
        self._moves += 1
        if self._moves > self.RENOTE:
            self._renote()
        else:
            self._since[event_id] = (new, self._moves)


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
        self.by_entity = EntityPositions(entity_positions(events))
        self._positions = EventPositions(events)

    def __len__(self) -> int:
        return len(self.events)

    def position(self, event: Event) -> int:
        """The event's chronological position (its index in :attr:`events`)."""
        found = self._positions.get(event.id)
        if found is None:
            raise KeyError(event.id)
        return found

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

        Costs a bisection and the lists of its own entities: the positions it passed over
        follow lazily (:class:`EntityPositions`, :class:`EventPositions`).
        """
        events = self.events
        before = events[position]
        for entity_id in dict.fromkeys(before.entities):
            self.by_entity.remove(entity_id, position)
        del events[position], self.ordinals[position], self._years[position]
        del self._months[position]
        order = self._order_key(rank)
        target = bisect_right(events, order(event), key=order)
        events.insert(target, event)
        self.ordinals.insert(target, event.date.earliest.toordinal())
        self._years.insert(target, event.date.earliest.year)
        self._months.insert(target, month_key(event))
        if event.date != before.date:  # (also in place: into another month, say)
            self.runs = year_runs(self._years, self._months)
        self.by_entity.moved(position, target)
        if target != position:
            self._positions.moved(event.id, target)
        for entity_id in dict.fromkeys(event.entities):
            self.by_entity.add(entity_id, target)
        return target

    def replace_entities(
        self,
        changes: Iterable[tuple[Event, Event]],
        entities: Iterable[Entity],
        documents: Iterable[DocumentAnalysis],
    ) -> list[int]:
        """Curation changed the entities: these are ``entities`` now, each event ``before``
        of ``changes`` is ``after`` (the same id and date, other entities), ``documents``
        have other mentions. The positions of the changed events."""
        self.entities.clear()
        self.entities.update((entity.id, entity) for entity in entities)
        self.documents.update((item.document.id, item) for item in documents)
        added: dict[str, list[int]] = {}
        removed: dict[str, list[int]] = {}
        changed: list[int] = []
        for before, after in changes:
            position = self.position(before)
            self.events[position] = after
            changed.append(position)
            now, was = set(after.entities), set(before.entities)
            for entity_id in now - was:
                added.setdefault(entity_id, []).append(position)
            for entity_id in was - now:
                removed.setdefault(entity_id, []).append(position)
        for entity_id in added.keys() | removed.keys():
            self.by_entity.change(entity_id, added.get(entity_id, ()), removed.get(entity_id, ()))
        return changed

    def _order_key(self, rank: Rank | None) -> Callable[[Event], tuple[object, ...]]:
        """The order of :attr:`events`: the display order, then the analysis's own (by
        article, sentence and ``rank``)."""
        index = self._document_index

        def order(event: Event) -> tuple[object, ...]:
            key = (*_display_key(event), index.get(event.document, 0), event.start)
            return key if rank is None else (*key, rank(event.id))

        return order

    def time_segments(self) -> list[tuple[int, int]]:
        """Runs of positions ``[start, end)`` over which :attr:`ordinals` never decrease:
        each year's vague events, then its events of a known month (at most two a year)."""
        segments: list[tuple[int, int]] = []
        for run in self.runs:
            segments.extend(
                (a, b) for a, b in ((run.start, run.fine), (run.fine, run.end)) if a < b
            )
        return segments
