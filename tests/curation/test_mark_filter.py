"""The mark filter made from the one it replaces keeps what one made afresh keeps."""

from __future__ import annotations

import random

import pytest

from tui.core.model import EventMark
from tui.core.view.filters import MarkFilter

_TOTAL = 200


def _fresh(marks: dict[str, EventMark]) -> MarkFilter:
    return MarkFilter(marks, lambda event_id: int(event_id), _TOTAL)


@pytest.mark.parametrize("seed", range(20))
def test_a_followed_filter_keeps_what_a_fresh_one_keeps(seed: int) -> None:
    rng = random.Random(seed)
    marks: dict[str, EventMark] = {}
    current = _fresh(marks)
    for _ in range(60):
        event_id = str(rng.randrange(_TOTAL))
        mark = marks.get(event_id, EventMark())
        roll = rng.random()
        if roll < 0.5:
            marks[event_id] = EventMark(hidden=not mark.hidden, starred=mark.starred)
        elif roll < 0.8:
            marks[event_id] = EventMark(hidden=mark.hidden, starred=not mark.starred)
        else:  # a switch of the reader's
            current.show_hidden = rng.random() < 0.3
            current.starred_only = rng.random() < 0.3
        followed = _fresh(marks).follow(current)
        fresh = _fresh(marks)
        fresh.show_hidden, fresh.starred_only = current.show_hidden, current.starred_only
        assert followed.kept() == fresh.kept()
        assert followed.keeps_as(fresh)
        current = followed


def test_a_star_keeps_the_list_of_the_events_not_hidden() -> None:
    marks = {"3": EventMark(hidden=True)}
    before = _fresh(marks)
    shown = before.kept()
    marks["5"] = EventMark(starred=True)
    after = _fresh(marks).follow(before)
    assert after.kept() is shown  # no pass over every position again
    assert after.keeps_as(before)
