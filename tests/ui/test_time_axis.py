"""The time axis driven as a user would (Pilot): zoom keys, bar jumps, marker, filters."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from pilot_steps import ready
from textual.pilot import Pilot
from ui_fixtures import make_app

from tui.core.model import Analysis
from tui.ui.screens import TimelineScreen
from tui.ui.widgets import TimeAxis
from tui.ui.widgets.time_axis import MARKER

SIZE = (120, 40)


def axis_of(screen: TimelineScreen) -> TimeAxis:
    axis = screen.query_one(TimeAxis)
    assert axis.display and axis.bars is not None
    return axis


@asynccontextmanager
async def running(analysis: Analysis) -> AsyncIterator[tuple[Pilot, TimelineScreen, TimeAxis]]:
    """The app on ``analysis``, analysed, and its time axis."""
    async with make_app(analysis).run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        yield pilot, screen, axis_of(screen)


def marker_column(axis: TimeAxis) -> int:
    return axis.render_line(2).text.index(MARKER)


def selected_title(screen: TimelineScreen) -> str:
    assert screen.model is not None and screen.model.selected_event is not None
    return screen.model.selected_event.title.split()[0]


def bar_column(axis: TimeAxis, year: int) -> int:
    bars = axis.bars
    assert bars is not None
    bar = next(i for i, count in enumerate(bars.counts) if count and bars.year(i) == year)
    return bar * axis.bar_cells(bars, axis.size.width)


async def test_z_zooms_in_around_the_selection_and_shift_z_out(
    two_document_analysis: Analysis,
) -> None:
    async with running(two_document_analysis) as (pilot, _, axis):
        assert axis.bars is not None and axis.bars.period == "month"
        assert "1 bar = 1 month" in axis.render_line(2).text
        await pilot.press("z")
        assert axis.bars.period == "week"
        await pilot.press("z", "z")
        assert axis.bars.period == "day"
        # The selected event's day is in view, under the marker.
        assert axis.bars.marker is not None and axis.bars.counts[axis.bars.marker] >= 1
        await pilot.press("Z", "Z", "Z", "Z")
        assert axis.bars.period == "decade"
        assert "1 bar = 1 decade" in axis.render_line(2).text
        await pilot.press("Z")  # no coarser period
        assert axis.bars.period == "decade"


async def test_the_marker_follows_the_selection(two_document_analysis: Analysis) -> None:
    async with running(two_document_analysis) as (pilot, screen, axis):
        assert screen.model is not None and axis.bars is not None
        start = marker_column(axis)
        assert axis.bars.year(axis.bars.marker or 0) == 2019
        await pilot.press("j")  # 12 March 2020
        assert marker_column(axis) > start
        assert axis.bars.year(axis.bars.marker or 0) == 2020
        await pilot.press("end")
        assert axis.bars.year(axis.bars.marker or 0) == 2025
        await pilot.press("home")
        assert marker_column(axis) == start


async def test_clicking_a_bar_selects_its_first_event(two_document_analysis: Analysis) -> None:
    async with running(two_document_analysis) as (pilot, screen, axis):
        await pilot.click(TimeAxis, offset=(bar_column(axis, 2022), 1))
        await pilot.pause()
        assert selected_title(screen) == "Im"  # Im Sommer 2022 ...
        assert axis.bars is not None and axis.bars.year(axis.bars.marker or 0) == 2022
        await pilot.click(TimeAxis, offset=(bar_column(axis, 2020), 0))
        await pilot.pause()
        assert selected_title(screen) == "Am"  # 12 March 2020, the first of its month


async def test_bar_by_bar_keys_jump_to_each_bars_first_event(
    two_document_analysis: Analysis,
) -> None:
    async with running(two_document_analysis) as (pilot, screen, axis):
        await pilot.press("Z")  # years
        assert axis.bars is not None and axis.bars.period == "year"
        seen = [selected_title(screen)]
        for _ in range(7):
            await pilot.press("greater_than_sign")
            seen.append(selected_title(screen))
        # One event per year with events: 2019, 2020, 2021, 2022, 2023, 2024, 2025.
        assert len(seen) == 8 and seen[-1] == seen[-2]
        assert seen[:3] == ["Die", "Am", "Mayor"]
        await pilot.press("less_than_sign")
        assert selected_title(screen) == seen[-3]


async def test_filters_and_search_update_the_bars_at_once(
    two_document_analysis: Analysis,
) -> None:
    async with running(two_document_analysis) as (pilot, _, axis):
        assert axis.bars is not None and sum(axis.bars.counts) == 9
        before = [axis.render_line(y).text for y in range(2)]
        await pilot.press("slash", *"weber")
        assert sum(axis.bars.counts) == 2
        assert [axis.render_line(y).text for y in range(2)] != before
        await pilot.press("escape")
        assert sum(axis.bars.counts) == 9
