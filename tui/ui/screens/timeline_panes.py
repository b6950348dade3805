"""The timeline screen's panes: the first frame composes only the progress panel (with the
header and the footer); every other pane is mounted just after it, in its place.

Their modules (and the view modules they import) are imported then too, so that neither
their imports nor styling and laying out some thirty widgets delay the first frame (issue 16).
The panes are looked up through the attributes here, which import a pane's class on use.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Generic, TypeVar, overload

from textual.screen import Screen
from textual.widget import Widget

from tui.ui import widgets
from tui.ui.stylesheets import later_stylesheets

if TYPE_CHECKING:
    from tui.ui.widgets.detail_pane import DetailPane
    from tui.ui.widgets.entity_filter import EntityFilterPane
    from tui.ui.widgets.filter_status import FilterStatus
    from tui.ui.widgets.problems_bar import ProblemsBar
    from tui.ui.widgets.time_axis import TimeAxis
    from tui.ui.widgets.timeline_view import TimelineView

PaneT = TypeVar("PaneT", bound=Widget)


class LazyPane(Generic[PaneT]):
    """A screen's pane, found by its id; its class (in :mod:`tui.ui.widgets`) is imported
    when the pane is first asked for."""

    def __init__(self, pane_id: str, class_name: str) -> None:
        self.selector = f"#{pane_id}"
        self.class_name = class_name

    @overload
    def __get__(self, screen: None, owner: type) -> LazyPane[PaneT]: ...
    @overload
    def __get__(self, screen: Screen[None], owner: type | None = None) -> PaneT: ...
    def __get__(
        self, screen: Screen[None] | None, owner: type | None = None
    ) -> PaneT | LazyPane[PaneT]:
        if screen is None:  # looked up on the class
            return self
        kind: type[PaneT] = getattr(widgets, self.class_name)
        return screen.query_one(self.selector, kind)


class TimelinePanes(Screen[None]):
    """Composes ``#body > #content > #timeline-column > #progress`` (the subclass does);
    :meth:`mount_panes` adds the rest around it."""

    def __init__(self) -> None:
        super().__init__()
        #: Set once the panes are mounted, or the screen closed before (see panes_ready).
        self.panes_mounted = asyncio.Event()
        self._panes_missing = False

    async def mount_panes(self) -> bool:
        """Mount the panes the first frame left out, in the places the layout has for them;
        False if the screen closed first."""
        from tui.ui.widgets.detail_pane import DetailPane
        from tui.ui.widgets.entity_filter import EntityFilterPane
        from tui.ui.widgets.filter_status import FilterStatus
        from tui.ui.widgets.problems_bar import ProblemsBar
        from tui.ui.widgets.time_axis import TimeAxis
        from tui.ui.widgets.timeline_view import TimelineView

        entities = EntityFilterPane(id="entities")
        axis, timeline = TimeAxis(id="axis"), TimelineView(id="timeline")
        # Hidden until there are events: hidden before mounting, they are not laid out.
        axis.display = timeline.display = False
        self._read_later_stylesheets()
        column = self.query_one("#timeline-column")
        with self.app.batch_update():
            mounting = [
                self.query_one("#body").mount(entities, before=0),
                column.mount(FilterStatus(id="status"), ProblemsBar(id="problems"), before=0),
                column.mount(axis, timeline, after="#progress"),
                self.query_one("#content").mount(DetailPane(id="detail")),
            ]
        await asyncio.gather(*mounting)
        # Not mounted: the screen closed first (what waits for the panes must not wait on).
        self._panes_missing = not entities.is_mounted
        self.panes_mounted.set()
        return not self._panes_missing

    async def panes_ready(self) -> bool:
        """Wait for the panes; False if the screen closed before they were mounted."""
        await self.panes_mounted.wait()
        return not self._panes_missing

    @property
    def has_panes(self) -> bool:
        """Whether the panes are mounted (they are not in the first frame)."""
        return self.panes_mounted.is_set() and not self._panes_missing

    def _read_later_stylesheets(self) -> None:
        stylesheet = self.app.stylesheet
        for path in later_stylesheets():
            if not stylesheet.has_source(str(path)):
                stylesheet.read(path)  # parsed when the panes are styled

    entity_pane: LazyPane[EntityFilterPane] = LazyPane("entities", "EntityFilterPane")
    timeline_view: LazyPane[TimelineView] = LazyPane("timeline", "TimelineView")
    time_axis: LazyPane[TimeAxis] = LazyPane("axis", "TimeAxis")
    detail_pane: LazyPane[DetailPane] = LazyPane("detail", "DetailPane")
    filter_status: LazyPane[FilterStatus] = LazyPane("status", "FilterStatus")
    problems_bar: LazyPane[ProblemsBar] = LazyPane("problems", "ProblemsBar")
