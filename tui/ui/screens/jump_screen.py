"""The jump-to-date prompt."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from tui.core.view.date_query import DateQuery, parse_date_query
from tui.ui.safe_text import clean_line

EXAMPLES = "2021 · 2021-01 · Jan 2021 · Januar 2021 · 6.1.2021 · 2021-01-06"


class JumpScreen(ModalScreen[DateQuery | None]):
    """Asks for a date; dismisses with what was understood (or None on Escape)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="jump.cancel", tooltip="Close without jumping"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="jump-dialog") as dialog:
            dialog.border_title = "Go to date"
            yield Input(placeholder="e.g. Jan 2021", id="jump-input")
            yield Static(Text(EXAMPLES), id="jump-hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        query = parse_date_query(event.value)
        if query is None:
            hint = self.query_one("#jump-hint", Static)
            hint.add_class("-error")
            hint.update(
                Text(f"Not a date I understand: {clean_line(event.value)!r}. Try {EXAMPLES}")
            )
            return
        self.dismiss(query)

    def action_cancel(self) -> None:
        self.dismiss(None)
