"""The help screen: every key, what it does, and any problems with the documents."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.ui import keys
from tui.ui.safe_text import clean_line


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape,q,question_mark",
            "dismiss",
            "Close",
            key_display="esc",
            id="help.close",
            tooltip="Close the help screen",
        ),
    ]

    def __init__(self, problems: Sequence[str] = ()) -> None:
        super().__init__()
        self.problems = [clean_line(p) for p in problems]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-dialog") as dialog:
            dialog.border_title = "Keys"
            dialog.border_subtitle = "esc closes"
            yield Static(self._intro(), id="help-intro")
            yield Static(self._keys(), id="help-keys")
            if self.problems:
                yield Static(self._problems(), id="help-problems")

    def _intro(self) -> Text:
        return Text(
            "timeline shows the dated events of the articles, oldest first. Select an event "
            "to see its sentence, how its date was found, and its entities; filter by "
            "entities on the left, search with /, and open the article with s. Every action "
            "is also in the command palette (ctrl+p)."
        )

    def _keys(self) -> Table:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        for section, bindings in keys.HELP_SECTIONS:
            table.add_row(Text(section, style="bold underline"), "")
            for binding in bindings:
                table.add_row(self._key_names(binding), binding.tooltip or binding.description)
            table.add_row("", "")
        table.add_row(Text("Command palette", style="bold underline"), "")
        table.add_row("ctrl+p", "Search every action by name")
        return table

    def _key_names(self, binding: Binding) -> str:
        names = []
        for key in binding.key.split(","):
            single = Binding(key.strip(), binding.action)
            display = (
                binding.key_display if binding.key_display and "," not in binding.key else None
            )
            names.append(display or self.app.get_key_display(single))
        return " ".join(names)

    def _problems(self) -> Text:
        text = Text.assemble(("Problems\n", "bold underline"))
        for problem in self.problems:
            text.append(f"• {problem}\n")
        return text
