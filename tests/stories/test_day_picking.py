"""Picking key days: a pick lowers its neighbours, the less so the fewer days are left out."""

from __future__ import annotations

import datetime as dt

from tui.core.stories.salience import DayEvidence, DayWeights, pick_days

FIRST = dt.date(2024, 5, 1)


def reported(offset: int, articles: int) -> tuple[dt.date, DayEvidence]:
    """A day ``offset`` days after FIRST that ``articles`` articles report."""
    day = FIRST + dt.timedelta(offset)
    return day, DayEvidence(day, articles={f"article-{offset}-{i}" for i in range(articles)})


def picked(days: dict[dt.date, DayEvidence], count: int) -> list[int]:
    return sorted((e.day - FIRST).days for e in pick_days(days, count, DayWeights()))


def test_among_many_days_the_day_after_a_pick_yields_to_a_day_of_its_own() -> None:
    # The day after the big day repeats it; a day three weeks on has an event of its own.
    # Seventeen more days, each reported once, leave most days out of a two-day timeline.
    days = dict([reported(0, 10), reported(1, 6), reported(20, 5)])
    days.update(reported(30 + i, 1) for i in range(17))
    assert picked(days, 2) == [0, 20]


def test_asked_for_nearly_every_day_a_pick_keeps_its_strong_neighbour() -> None:
    # Two days of three: the neighbour is reported by more articles than the far day, and
    # a timeline this dense holds neighbours anyway.
    days = dict([reported(0, 10), reported(1, 6), reported(20, 5)])
    assert picked(days, 2) == [0, 1]


def test_asked_for_every_day_all_are_picked() -> None:
    days = dict([reported(0, 3), reported(1, 2), reported(2, 1)])
    assert picked(days, 3) == [0, 1, 2]
    assert picked(days, 5) == [0, 1, 2]
