"""Steps shared by the Pilot tests: waiting for the analysis, reading the timeline's rows."""

from __future__ import annotations

import asyncio
import threading

from textual.pilot import Pilot

from tui.ui.app import TimelineApp
from tui.ui.screens import TimelineScreen
from tui.ui.widgets import TimelineView


async def ready(pilot: Pilot) -> TimelineScreen:
    """Wait until the analysis is shown."""
    return await _shown(pilot, "analysed")


async def dated(pilot: Pilot) -> TimelineScreen:
    """Wait until events are shown (the preliminary timeline, before the names)."""
    return await _shown(pilot, "dated")


async def _shown(pilot: Pilot, milestone: str) -> TimelineScreen:
    screen = pilot.app.screen
    assert isinstance(screen, TimelineScreen)
    reached: asyncio.Event = getattr(screen, milestone)
    await asyncio.wait_for(reached.wait(), timeout=30)
    await pilot.pause()
    return screen


def timeline_lines(app: TimelineApp) -> list[str]:
    """The timeline's rows on screen, as text."""
    view = app.screen.query_one(TimelineView)
    return [view.render_line(y).text.rstrip() for y in range(view.scrollable_content_region.height)]


async def set_soon(event: threading.Event) -> bool:
    """Whether a worker sets ``event`` within five seconds (waited for without blocking the
    app's loop, which starts the workers)."""
    for _ in range(250):
        if event.is_set():
            return True
        await asyncio.sleep(0.02)
    return event.is_set()


async def stories_ready(pilot: Pilot) -> TimelineScreen:
    """Wait until the analysis is shown and its story events are built."""
    screen = await ready(pilot)
    for _ in range(300):
        if screen.story_model is not None:
            break
        await asyncio.sleep(0.02)
    await pilot.pause()
    assert screen.story_model is not None
    return screen
