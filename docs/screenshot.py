"""Make the README's screenshot: the bundled article, analysed by the real pipeline, at 120x40
with the 6 January 2021 event selected.

    python docs/screenshot.py            # writes docs/screenshot.svg
"""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path

from tui.core.documents import load_seed
from tui.core.view.date_query import DateQuery
from tui.ui.app import TimelineApp
from tui.ui.screens import TimelineScreen
from tui.ui.screens.timeline_screen import DETAIL_REST
from tui.ui.widgets import TimelineView

OUT = Path(__file__).with_name("screenshot.svg")


async def main() -> None:
    app = TimelineApp([load_seed()])
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, TimelineScreen)
        await asyncio.wait_for(screen.analysed.wait(), timeout=120)
        assert screen.model is not None, "the analysis failed"
        screen.model.jump(DateQuery(dt.date(2021, 1, 6), "day"))
        screen.query_one(TimelineView).selection_changed()
        await pilot.pause(DETAIL_REST + 0.1)
        app.save_screenshot(filename=OUT.name, path=str(OUT.parent))
    print(OUT)


if __name__ == "__main__":
    asyncio.run(main())
