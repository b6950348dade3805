"""The positions that follow moved events lazily (a date change moves one event) are the
positions of the events as they are, however many moves came between two reads (seeded
random moves, against positions computed afresh)."""

from __future__ import annotations

import random

import pytest

from tui.core.model import Event
from tui.core.temporal.intervals import resolve
from tui.core.view.event_index import EntityPositions, EventPositions, entity_positions

ENTITIES = [f"e{i}" for i in range(5)]


def _events(rng: random.Random, count: int) -> list[Event]:
    date = resolve("2020", None, None)
    assert date is not None
    return [
        Event(f"ev{i}", "d", f"Titel {i}", "Satz.", 0, 5, date, "explicit", None,
              rng.sample(ENTITIES, rng.randint(0, 3)))
        for i in range(count)
    ]  # fmt: skip


def _move(events: list[Event], old: int, new: int, by_entity: EntityPositions) -> None:
    """What :meth:`EventIndex.place` does to the lists: the event at ``old`` to ``new``."""
    event = events.pop(old)
    for entity_id in dict.fromkeys(event.entities):
        by_entity.remove(entity_id, old)
    events.insert(new, event)
    by_entity.moved(old, new)
    for entity_id in dict.fromkeys(event.entities):
        by_entity.add(entity_id, new)


@pytest.mark.parametrize("seed", range(20))
def test_entity_lists_catch_up_with_every_move_when_read(seed: int) -> None:
    rng = random.Random(seed)
    events = _events(rng, 40)
    by_entity = EntityPositions(entity_positions(events))
    for _ in range(60):
        _move(events, rng.randrange(len(events)), rng.randrange(len(events)), by_entity)
        # Some lists are read after every move, others after many (or never again).
        read = rng.sample(ENTITIES, rng.randint(0, 2))
        fresh = entity_positions(events)
        for entity_id in read:
            assert list(by_entity.get(entity_id, ())) == list(fresh.get(entity_id, ()))
        assert all(by_entity.count(e) == len(fresh.get(e, ())) for e in ENTITIES)
    fresh = entity_positions(events)
    assert {k: list(v) for k, v in by_entity.items()} == {k: list(v) for k, v in fresh.items()}


@pytest.mark.parametrize("seed", range(20))
def test_event_positions_follow_every_move(seed: int) -> None:
    rng = random.Random(seed)
    events = _events(rng, 30)
    found = EventPositions(events)
    found.RENOTE = 7  # noted again now and then, as after 256 moves
    for _ in range(80):
        old, new = rng.randrange(len(events)), rng.randrange(len(events))
        event = events.pop(old)
        events.insert(new, event)
        if old != new:
            found.moved(event.id, new)
        for event_id in rng.sample([e.id for e in events], rng.randint(0, 4)):
            assert found.get(event_id) == next(i for i, e in enumerate(events) if e.id == event_id)
    assert [found.get(e.id) for e in events] == list(range(len(events)))
    assert found.get("not-an-event") is None
