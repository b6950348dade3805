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

    def show(self, errors: Sequence[str], warnings: Sequence[str]) -> None:
        self.errors = [clean_line(e) for e in errors]
        self.warnings = [clean_line(w) for w in warnings]
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
