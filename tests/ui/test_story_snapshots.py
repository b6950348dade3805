"""Snapshot tests of the story view and the key-dates view (see test_snapshots.py for how
snapshots are made and updated)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from story_fixtures import vote_analysis
from textual.pilot import Pilot
from ui_fixtures import make_app

from tui.ui.screens import KeyDatesScreen, TimelineScreen
from tui.ui.screens.timeline_screen import DETAIL_REST

Snap = Callable[..., bool]
SIZE = (140, 40)


async def _wait(done: Callable[[], bool]) -> None:
    for _ in range(500):
        if done():
            return
        await asyncio.sleep(0.02)
    raise AssertionError("timed out")


def after(*keys: str) -> Callable[[Pilot], Awaitable[None]]:
    """Wait for the analysis and its story events, press ``keys``, wait for what they show."""

    async def run(pilot: Pilot) -> None:
        screen = pilot.app.screen
        assert isinstance(screen, TimelineScreen)
        await asyncio.wait_for(screen.analysed.wait(), timeout=30)
        await _wait(lambda: screen.story_model is not None)
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        shown = pilot.app.screen
        if isinstance(shown, KeyDatesScreen):
            await _wait(lambda: shown.summary is not None)
        await pilot.pause(DETAIL_REST + 0.05)
        await pilot.pause()

    return run


def test_story_event_timeline(snap_compare: Snap) -> None:
    assert snap_compare(make_app(vote_analysis()), terminal_size=SIZE, run_before=after("v"))


def test_story_event_detail_with_its_sources(snap_compare: Snap) -> None:
    assert snap_compare(
        make_app(vote_analysis()), terminal_size=SIZE, run_before=after("v", "down")
    )


def test_key_dates_view(snap_compare: Snap) -> None:
    assert snap_compare(
        make_app(vote_analysis()), terminal_size=(120, 36), run_before=after("K", "down")
    )
