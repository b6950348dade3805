"""The app's widgets, one per module.

Each is imported on first use: the first frame needs only a few of them (see
:mod:`tui.ui.screens.timeline_panes`), and the others import the view modules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.core.lazy_exports import lazy_exports

if TYPE_CHECKING:
    from tui.ui.widgets.detail_pane import DetailPane
    from tui.ui.widgets.empty_state import EmptyState
    from tui.ui.widgets.entity_filter import EntityFilterPane
    from tui.ui.widgets.filter_status import FilterStatus
    from tui.ui.widgets.keys_footer import KeysFooter
    from tui.ui.widgets.problems_bar import ProblemsBar
    from tui.ui.widgets.progress_panel import ProgressPanel
    from tui.ui.widgets.search_bar import SearchBar
    from tui.ui.widgets.time_axis import TimeAxis
    from tui.ui.widgets.timeline_view import TimelineView

#: Each widget and the module that defines it.
_MODULES = {
    "DetailPane": "detail_pane",
    "EmptyState": "empty_state",
    "EntityFilterPane": "entity_filter",
    "FilterStatus": "filter_status",
    "KeysFooter": "keys_footer",
    "ProblemsBar": "problems_bar",
    "ProgressPanel": "progress_panel",
    "SearchBar": "search_bar",
    "TimeAxis": "time_axis",
    "TimelineView": "timeline_view",
}

__all__ = [
    "DetailPane",
    "EmptyState",
    "EntityFilterPane",
    "FilterStatus",
    "KeysFooter",
    "ProblemsBar",
    "ProgressPanel",
    "SearchBar",
    "TimeAxis",
    "TimelineView",
]

__getattr__ = lazy_exports(__name__, _MODULES)
