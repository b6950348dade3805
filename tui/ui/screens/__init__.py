"""The app's screens.

Each is imported on first use: the timeline screen comes first, and the others (the source
view imports much of the analysis) need not delay its first frame.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.core.lazy_exports import lazy_exports

if TYPE_CHECKING:
    from tui.ui.screens.help_screen import HelpScreen
    from tui.ui.screens.jump_screen import JumpScreen
    from tui.ui.screens.key_dates_screen import KeyDatesScreen
    from tui.ui.screens.source_screen import SourceScreen
    from tui.ui.screens.timeline_screen import TimelineScreen

#: Each screen and the module that defines it.
_MODULES = {
    "HelpScreen": "help_screen",
    "JumpScreen": "jump_screen",
    "KeyDatesScreen": "key_dates_screen",
    "SourceScreen": "source_screen",
    "TimelineScreen": "timeline_screen",
}

__all__ = ["HelpScreen", "JumpScreen", "KeyDatesScreen", "SourceScreen", "TimelineScreen"]


__getattr__ = lazy_exports(__name__, _MODULES)
