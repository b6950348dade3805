"""The search field: filters the timeline as you type; Escape clears it, Enter keeps it."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import Input


class SearchBar(Input):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape",
            "close",
            "Clear search",
            id="search.close",
            tooltip="Clear the search and go back to the timeline",
        ),
        Binding(
            "enter",
            "submit",
            "Keep search",
            id="search.keep",
            tooltip="Keep the search and go back to the timeline",
        ),
    ]

    class Closed(Message):
        """The user left the search with Escape (the search is cleared)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(placeholder="Search titles, sentences and entities…", id=id)

    def action_close(self) -> None:
        self.value = ""
        self.post_message(self.Closed())
