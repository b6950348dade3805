"""The app's widgets, one per module."""

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
