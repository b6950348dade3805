"""One event action's effect on a curated analysis, in place: what :func:`.apply.curate`
would give for every action, at the cost of the one event the action names.

:func:`.apply.curate` puts a curated analysis's events in one total order
(:meth:`EventKeyIndex.time_order`), so an event whose date changed is taken out and put
back by bisection, and the result is the same list a fresh :func:`.apply.curate` makes.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterable
from dataclasses import dataclass

from tui.core.curation.actions import EventAction
from tui.core.curation.apply import EntityStage, EventKeyIndex, EventState, curated_event, fold
from tui.core.curation.keys import EventKey
from tui.core.model import Analysis, Event, EventMark


@dataclass(frozen=True, slots=True)
class EventChange:
    """What one action did to one event of a curated analysis (the same id in both)."""

    before: Event
    after: Event

    @property
    def redated(self) -> bool:
        return self.before.date != self.after.date

    @property
    def retitled(self) -> bool:
        return self.before.title != self.after.title


def patch_event(
    curated: Analysis,
    original: Analysis,
    index: EventKeyIndex,
    stage: EntityStage,
    key: EventKey,
    before: Iterable[EventAction],
    after: Iterable[EventAction],
) -> EventChange | None:
    """Take the event ``key`` of ``curated`` (curated from ``original``) from the state the
    actions ``before`` left it with to the one of the actions ``after`` (every action on
    it, in order, each time); None if it is not in the analysis."""
    at = index.positions.get(key)
    if at is None:
        return None
    was, _ = _curated(original, index, stage, at, before)
    now, mark = _curated(original, index, stage, at, after)
    events = curated.events
    found = find_event(events, was, index)
    was = events.pop(found)
    insort(events, now, key=index.time_order)
    if mark is None:
        curated.marks.pop(now.id, None)
    else:
        curated.marks[now.id] = mark
    return EventChange(was, now)


def _curated(
    original: Analysis,
    index: EventKeyIndex,
    stage: EntityStage,
    at: int,
    actions: Iterable[EventAction],
) -> tuple[Event, EventMark | None]:
    """The event at ``at`` of ``original`` and its mark as ``actions`` leave them."""
    state = EventState()
    for action in actions:
        fold(state, action)
    return curated_at(original, index, stage, at, state)


def curated_at(
    original: Analysis, index: EventKeyIndex, stage: EntityStage, at: int, state: EventState | None
) -> tuple[Event, EventMark | None]:
    """The event at ``at`` of ``original`` and its mark as the actions on it leave them
    (``state``; None: there are none)."""
    source = original.events[at]
    if state is None or state == EventState():  # no action on it: as the entity stage has it
        return stage.events[at], original.marks.get(source.id)
    dct = original.documents[index.order[source.document]].document.dct
    event, mark = curated_event(source, state, stage.curation, dct)
    return event, mark if mark is not None else original.marks.get(source.id)


def find_event(events: list[Event], event: Event, index: EventKeyIndex) -> int:
    """Where ``event`` (by id; its date as in ``events``) is in ``events``, which are in
    :meth:`EventKeyIndex.time_order` (an analysis made in another order is searched
    through)."""
    probe = bisect_left(events, index.time_order(event), key=index.time_order)
    if probe < len(events) and events[probe].id == event.id:
        return probe
    return next(i for i, other in enumerate(events) if other.id == event.id)
