"""The sources of a story event in the detail pane: every member sentence with its article;
Enter opens the highlighted one in the source view."""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.core.model import Event
from tui.core.view.article_label import article_label
from tui.core.view.timeline import TimelineModel
from tui.ui.messages import EventActivated
from tui.ui.safe_text import clean_line


class StorySources(OptionList):
    """One option per source of the shown story event (article, then its sentence)."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"story-sources--article"}

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._events: dict[str, Event] = {}

    def show(self, model: TimelineModel, members: tuple[Event, ...]) -> None:
        """List ``members``."""
        self.clear_options()
        self._events = {event.id: event for event in members}
        self.display = True
        article = self.get_component_rich_style("story-sources--article", partial=True)
        self.add_options(
            [Option(self._prompt(model, event, article), id=event.id) for event in members]
        )
        self.highlighted = 0

    def show_none(self) -> None:
        self.clear_options()
        self._events = {}
        self.display = False

    def _prompt(self, model: TimelineModel, event: Event, article: Style) -> Text:
        doc = model.document(event)
        name = article_label(doc) if doc is not None else event.document
        prompt = Text(clean_line(name), style=article, end="")
        prompt.append("\n")
        prompt.append(clean_line(event.text))
        return prompt

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        chosen = self._events.get(event.option.id or "")
        if chosen is not None:
            self.post_message(EventActivated(chosen))
