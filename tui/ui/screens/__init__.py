"""The app's screens."""

from tui.ui.screens.help_screen import HelpScreen
from tui.ui.screens.jump_screen import JumpScreen
from tui.ui.screens.key_dates_screen import KeyDatesScreen
from tui.ui.screens.source_screen import SourceScreen
from tui.ui.screens.timeline_screen import TimelineScreen

__all__ = ["HelpScreen", "JumpScreen", "KeyDatesScreen", "SourceScreen", "TimelineScreen"]
