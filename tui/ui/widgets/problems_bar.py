"""Documents that could not be read, and the analysis's warnings, shown above the timeline."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual.widgets import Static

from tui.ui.safe_text import clean_line

#: More problems than this are summarised in one line.
SHOWN_PROBLEMS = 3


class ProblemsBar(Static):
    COMPONENT_CLASSES: ClassVar[set[str]] = {"problems-bar--error", "problems-bar--warning"}

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.errors: list[str] = []
        self.warnings: list[str] = []
        #: Whether :meth:`show` was called (the bar is not shown before).
        self._shown = False

    def show(
        self, errors: Sequence[str], warnings: Sequence[str], *, restyle: bool = False
    ) -> None:
        """Show these problems; ``restyle``: even if they are those shown (a new theme)."""
        errors, warnings = [clean_line(e) for e in errors], [clean_line(w) for w in warnings]
        if self._shown and not restyle and (errors, warnings) == (self.errors, self.warnings):
            return  # (an update lays the whole screen out again: each curation action asks)
        self._shown = True
        self.errors, self.warnings = errors, warnings
        problems = [("error", e) for e in self.errors] + [("warning", w) for w in self.warnings]
        self.display = bool(problems)
        text = Text()
        for kind, message in problems[:SHOWN_PROBLEMS]:
            style = self.get_component_rich_style(f"problems-bar--{kind}", partial=True)
            text.append("✗ " if kind == "error" else "! ", style=style)
            text.append(f"{message}\n")
        if len(problems) > SHOWN_PROBLEMS:
            text.append(f"… and {len(problems) - SHOWN_PROBLEMS} more (see the help screen)\n")
        text.rstrip()
        self.update(text)
