"""The time axis's core: bars of the visible events per period, zoom, marker, bar jumps."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from tui.core.model import Analysis, Entity, Event
from tui.core.temporal.intervals import resolve
from tui.core.view.histogram import (
    PERIODS,
    Histogram,
    Period,
    bucket_of,
    bucket_start,
    fitting_period,
)
from tui.core.view.timeline import TimelineModel


def analysis_of(*values: str, entities: dict[int, list[str]] | None = None) -> Analysis:
    """Events dated by TIMEX3 values (in this order, ids ``e0`` ...), optionally mentioning
    entities (by event number)."""
    entities = entities or {}
    events = []
    for i, value in enumerate(values):
        date = resolve(value, None, "2025-06")
        assert date is not None, value
        events.append(
            Event(f"e{i}", "d", f"event {i}", f"event {i}", 0, 1, date, "explicit", None,
                  entities.get(i, []))
        )  # fmt: skip
    names = sorted({e for ids in entities.values() for e in ids})
    return Analysis(entities=[Entity(n, n, "PER") for n in names], events=events)


def ordinal(text: str) -> int:
    return dt.date.fromisoformat(text).toordinal()


def years_of(model: TimelineModel, histogram: Histogram, width: int) -> dict[int, int]:
    bars = histogram.bars(model.visible, model.selected, width)
    return {bars.year(i): count for i, count in enumerate(bars.counts) if count}


def test_the_period_is_the_finest_that_fits_the_width() -> None:
    first, last = ordinal("1990-01-01"), ordinal("2025-12-31")  # 36 years
    assert PERIODS[fitting_period(first, last, 3)] == "decade"
    assert PERIODS[fitting_period(first, last, 36)] == "year"
    assert PERIODS[fitting_period(first, last, 35)] == "decade"
    assert PERIODS[fitting_period(first, last, 432)] == "month"
    assert PERIODS[fitting_period(first, last, 2000)] == "week"
    assert PERIODS[fitting_period(ordinal("2024-03-01"), ordinal("2024-03-31"), 80)] == "day"


@pytest.mark.parametrize("period", PERIODS)
def test_periods_start_where_their_days_are(period: Period) -> None:
    for day in ("2024-02-29", "2023-12-31", "2000-01-01", "1999-07-15"):
        bucket = bucket_of(period, ordinal(day))
        assert bucket_start(period, bucket) <= ordinal(day) < bucket_start(period, bucket + 1)
    assert dt.date.fromordinal(bucket_start("week", bucket_of("week", ordinal("2024-05-02")))) == (
        dt.date(2024, 4, 29)  # a Monday
    )


def test_bars_count_events_by_the_period_of_their_first_day() -> None:
    model = TimelineModel(
        analysis_of("2019", "2020-03-12", "2020-03-14", "2020-Q3", "2022-06", "2024-01-05")
    )
    histogram = Histogram(model.index)
    # 6 years fit in 10 cells, not 72 months.
    assert histogram.period(10) == "year"
    assert years_of(model, histogram, 10) == {2019: 1, 2020: 3, 2022: 1, 2024: 1}
    bars = histogram.bars(model.visible, model.selected, 80)
    assert bars.period == "month"
    by_month = {
        dt.date.fromordinal(bars.start(i)).strftime("%Y-%m"): c
        for i, c in enumerate(bars.counts)
        if c
    }
    # A year-wide date counts in its first month, a quarter in its first month too.
    assert by_month == {"2019-01": 1, "2020-03": 2, "2020-07": 1, "2022-06": 1, "2024-01": 1}
    assert sum(bars.counts) == model.visible_events


def test_counts_follow_the_filters() -> None:
    model = TimelineModel(
        analysis_of("2019-05-01", "2020-03-12", "2020-04-01", "2021-01-01",
                    entities={1: ["merkel"], 3: ["merkel"], 2: ["scholz"]})
    )  # fmt: skip
    histogram = Histogram(model.index)
    assert years_of(model, histogram, 4) == {2019: 1, 2020: 2, 2021: 1}
    model.toggle_entity("merkel")
    assert years_of(model, histogram, 4) == {2020: 1, 2021: 1}
    model.set_query("event 1")
    assert years_of(model, histogram, 4) == {2020: 1}
    model.clear_filters()
    assert years_of(model, histogram, 4) == {2019: 1, 2020: 2, 2021: 1}


def test_the_marker_is_on_the_selected_events_bar_and_follows_it() -> None:
    model = TimelineModel(analysis_of("2019-05-01", "2020-03-12", "2023-01-01"))
    histogram = Histogram(model.index)
    bars = histogram.bars(model.visible, model.selected, 5)
    assert bars.period == "year" and bars.marker == 0
    model.move(1)
    bars = histogram.bars(model.visible, model.selected, 5)
    assert bars.year(bars.marker or 0) == 2020
    model.last()
    bars = histogram.bars(model.visible, model.selected, 5)
    assert bars.marker == 4 and bars.counts == [1, 1, 0, 0, 1]


def test_zoom_in_shows_a_window_around_the_selection() -> None:
    model = TimelineModel(analysis_of("1990-01-01", "2010-06-15", "2010-06-20", "2025-12-31"))
    histogram = Histogram(model.index)
    width = 40
    assert histogram.period(width) == "year"
    model.move(1)  # 15 June 2010
    assert histogram.zoom(1, width)
    bars = histogram.bars(model.visible, model.selected, width)
    assert bars.period == "month" and len(bars.counts) == width
    assert bars.marker is not None
    assert dt.date.fromordinal(bars.start(bars.marker)) == dt.date(2010, 6, 1)
    assert bars.counts[bars.marker] == 2 and sum(bars.counts) == 2
    # Finer and finer, then no further.
    assert histogram.zoom(1, width) and histogram.zoom(1, width)
    assert histogram.period(width) == "day"
    assert not histogram.zoom(1, width)
    bars = histogram.bars(model.visible, model.selected, width)
    assert dt.date.fromordinal(bars.start(bars.marker or 0)) == dt.date(2010, 6, 15)
    # And back out, down to decades.
    for _ in range(4):
        assert histogram.zoom(-1, width)
    assert histogram.period(width) == "decade" and not histogram.zoom(-1, width)
    assert histogram.bars(model.visible, model.selected, width).counts == [1, 0, 2, 1]


def test_the_window_moves_only_when_the_selection_leaves_it() -> None:
    days = [f"2024-01-{d:02d}" for d in range(1, 29)] + [f"2024-02-{d:02d}" for d in range(1, 29)]
    model = TimelineModel(analysis_of(*days))
    histogram = Histogram(model.index)
    width = 20
    assert histogram.period(width) == "week"
    histogram.zoom(1, width)
    first = histogram.bars(model.visible, model.selected, width).first
    model.move(5)
    assert histogram.bars(model.visible, model.selected, width).first == first
    model.last()
    bars = histogram.bars(model.visible, model.selected, width)
    assert bars.first != first and bars.marker == width - 1  # the window ends with the events


def test_a_bars_first_event_and_bar_by_bar_steps() -> None:
    model = TimelineModel(
        analysis_of("2019", "2019-02-03", "2020-05-05", "2020-05-01", "2023-01-01")
    )
    histogram = Histogram(model.index)
    bars = histogram.bars(model.visible, model.selected, 5)

    def title(position: int | None) -> str | None:
        return None if position is None else model.events[position].title

    assert title(histogram.first_event(model.visible, bars, 1)) == "event 3"  # 1 May
    assert histogram.first_event(model.visible, bars, 2) is None
    assert title(histogram.step(model.visible, "year", 2019, 1)) == "event 3"
    assert title(histogram.step(model.visible, "year", 2020, 1)) == "event 4"
    assert histogram.step(model.visible, "year", 2023, 1) is None
    assert title(histogram.step(model.visible, "year", 2023, -1)) == "event 3"
    # The year-wide event starts on 1 January: it is the first of 2019.
    assert title(histogram.step(model.visible, "year", 2020, -1)) == "event 0"
    assert histogram.step(model.visible, "year", 2019, -1) is None
    model.set_query("event 2")
    assert title(histogram.step(model.visible, "year", 2019, 1)) == "event 2"


def test_counts_match_a_plain_count_whatever_the_filter_and_window() -> None:
    rng = random.Random(14)
    values = []
    for _ in range(400):
        year, month, day = rng.randint(1995, 2025), rng.randint(1, 12), rng.randint(1, 28)
        values.append(
            rng.choice([f"{year}-{month:02d}-{day:02d}", f"{year}-{month:02d}", str(year),
                        f"{year}-Q{rng.randint(1, 4)}", f"{year}-W{rng.randint(1, 52):02d}"])
        )  # fmt: skip
    tagged = {i: [f"p{rng.randint(0, 5)}"] for i in range(len(values))}
    model = TimelineModel(analysis_of(*values, entities=tagged))
    histogram = Histogram(model.index)
    for entity in ("p1", "p2", None):
        if entity:
            model.set_entities([entity])
        else:
            model.clear_filters()
        for period in PERIODS:
            middle = model.index.ordinals[model.visible[len(model.visible) // 2]]
            first = bucket_of(period, middle) - 30
            counts = histogram.counts(model.visible, period, first, 60)
            expected = [0] * 60
            for p in model.visible:
                bar = bucket_of(period, model.index.ordinals[p]) - first
                if 0 <= bar < 60:
                    expected[bar] += 1
            assert counts == expected, (entity, period)
