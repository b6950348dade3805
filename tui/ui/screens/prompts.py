"""Small dialogs of the curation and export actions: a line of text (checked as typed in,
the error answered in the dialog), a choice from a list, and the merge of two entities (the
other entity and the merged one's type). What they show is data: every text goes in as
plain text, never as markup."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, RadioButton, RadioSet, Static
from textual.widgets.option_list import Option

from tui.ui.safe_text import clean_line

#: Checks what was typed: None if it is fine, else what is wrong (shown in the dialog).
Check = Callable[[str], str | None]

_CANCEL = Binding("escape", "cancel", "Cancel", id="prompt.cancel", tooltip="Close, change nothing")


class TextPrompt(ModalScreen[str | None]):
    """Asks for one line of text; dismisses with it (None on Escape)."""

    BINDINGS: ClassVar[list[BindingType]] = [_CANCEL]

    def __init__(self, title: str, value: str = "", *, hint: str = "", check: Check | None = None):
        super().__init__()
        self.title_text = title
        self.value = value
        self.hint = hint
        self.check = check

    def compose(self) -> ComposeResult:
        with Vertical(id="prompt-dialog") as dialog:
            dialog.border_title = Text(self.title_text)
            yield Input(self.value, id="prompt-input")
            yield Static(Text(self.hint), id="prompt-hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        problem = self.check(event.value) if self.check is not None else None
        if problem is not None:
            hint = self.query_one("#prompt-hint", Static)
            hint.add_class("-error")
            hint.update(Text(clean_line(problem)))
            return
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ChoicePrompt(ModalScreen[str | None]):
    """Asks to choose one of ``choices`` (id, shown text); dismisses with the id."""

    BINDINGS: ClassVar[list[BindingType]] = [_CANCEL]

    def __init__(self, title: str, choices: Sequence[tuple[str, str]]) -> None:
        super().__init__()
        self.title_text = title
        self.choices = list(choices)

    def compose(self) -> ComposeResult:
        with Vertical(id="choice-dialog") as dialog:
            dialog.border_title = Text(self.title_text)
            yield OptionList(
                *(Option(Text(clean_line(shown)), id=key) for key, shown in self.choices),
                id="choice-list",
            )

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)


class MergePrompt(ModalScreen[tuple[str, str] | None]):
    """Asks which of ``choices`` (id, shown text) to merge into an entity, and the type
    (one of ``labels``, ``label`` at first) of the merged entity; dismisses with both."""

    BINDINGS: ClassVar[list[BindingType]] = [_CANCEL]

    def __init__(
        self, title: str, choices: Sequence[tuple[str, str]], labels: Sequence[str], label: str
    ) -> None:
        super().__init__()
        self.title_text = title
        self.choices = list(choices)
        self.labels = list(labels)
        self.label = label

    def compose(self) -> ComposeResult:
        with Vertical(id="choice-dialog") as dialog:
            dialog.border_title = Text(self.title_text)
            yield OptionList(
                *(Option(Text(clean_line(shown)), id=key) for key, shown in self.choices),
                id="choice-list",
            )
            with RadioSet(id="merge-label"):
                for label in self.labels:
                    yield RadioButton(Text(label), value=label == self.label)
            yield Static(
                Text("Enter: merge the highlighted entity, with the type chosen (Tab)"),
                id="prompt-hint",
            )

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        event.stop()
        self.label = self.labels[event.index]

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.dismiss((event.option.id, self.label))

    def action_cancel(self) -> None:
        self.dismiss(None)
