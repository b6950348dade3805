"""The source view: the whole article, scrolled to the selected event's sentence."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.screen import Screen
from textual.widgets import Header

from tui.core.model import Event
from tui.core.view.timeline import TimelineModel
from tui.ui import keys
from tui.ui.safe_text import clean_line
from tui.ui.widgets.keys_footer import KeysFooter
from tui.ui.widgets.source_view import SourceView


class SourceScreen(Screen[Event | None]):
    """Dismisses with the event last shown (``n``/``p`` walk the article's events).

    Without an event (an article with no dates) it shows ``document`` from the top.
    """

    BINDINGS: ClassVar[list[BindingType]] = [*keys.SOURCE]

    def __init__(
        self, model: TimelineModel, event: Event | None, document: str | None = None
    ) -> None:
        super().__init__()
        self.model = model
        self.event = event
        self.document_id = event.document if event is not None else document
        # The article's events in text order, for n and p.
        self._events = sorted(
            (e for e in model.events if e.document == self.document_id), key=lambda e: e.start
        )

    def compose(self) -> ComposeResult:
        yield Header()
        yield SourceView(id="source")
        yield KeysFooter()

    def on_mount(self) -> None:
        doc = self.model.documents.get(self.document_id or "")
        if doc is not None:
            self.title = "timeline"
            self.sub_title = clean_line(doc.document.title or doc.document.id)
        self._show()
        self.query_one(SourceView).focus()

    def _show(self) -> None:
        doc = self.model.documents.get(self.document_id or "")
        view = self.query_one(SourceView)
        if doc is None:
            return
        if self.event is None:
            view.show(doc, None)
            view.border_title = Text(clean_line(doc.document.title or doc.document.id))
            return
        view.show(doc, (self.event.start, self.event.end))
        date = self.model.row_date(self.event).variants[0]
        view.border_title = Text(clean_line(f"{date} · {self.event.title}"))

    def _step(self, direction: int) -> None:
        if self.event is None:
            index = -1 if direction > 0 else len(self._events)
        else:
            index = next((i for i, e in enumerate(self._events) if e.id == self.event.id), -1)
        target = index + direction
        if 0 <= target < len(self._events):
            self.event = self._events[target]
            self._show()

    def action_next_event(self) -> None:
        self._step(1)

    def action_previous_event(self) -> None:
        self._step(-1)

    def action_scroll_down(self) -> None:
        self.query_one(SourceView).scroll_down(animate=False)

    def action_scroll_up(self) -> None:
        self.query_one(SourceView).scroll_up(animate=False)

    def action_close(self) -> None:
        self.dismiss(self.event)
