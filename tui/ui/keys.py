"""Every key binding of the app, in one place: the widgets, the Footer, the help screen and
the command palette all read these lists, so they cannot disagree.

Each binding has an ``id`` (so a keymap can remap it) and a ``tooltip`` that the help screen
and the command palette show as the longer explanation.
"""

from __future__ import annotations

from textual.binding import Binding

_MOVE = Binding.Group("Move", compact=True)
_ENDS = Binding.Group("First/last")
_PAGE = Binding.Group("Page")
_YEAR = Binding.Group("Year", compact=True)
_PANE = Binding.Group("Pane")

#: Keys of the timeline pane (active while it has the focus).
TIMELINE = [
    Binding(
        "down,j",
        "next_event",
        "Next event",
        group=_MOVE,
        id="timeline.next",
        tooltip="Select the next event in time",
    ),
    Binding(
        "up,k",
        "previous_event",
        "Previous event",
        group=_MOVE,
        id="timeline.previous",
        tooltip="Select the previous event in time",
    ),
    Binding(
        "home",
        "first_event",
        "First event",
        group=_ENDS,
        show=False,
        id="timeline.first",
        tooltip="Select the earliest event",
    ),
    Binding(
        "end",
        "last_event",
        "Last event",
        group=_ENDS,
        show=False,
        id="timeline.last",
        tooltip="Select the latest event",
    ),
    Binding(
        "pageup",
        "page_up",
        "Page up",
        group=_PAGE,
        show=False,
        id="timeline.page_up",
        tooltip="Move the selection up by one screen",
    ),
    Binding(
        "pagedown",
        "page_down",
        "Page down",
        group=_PAGE,
        show=False,
        id="timeline.page_down",
        tooltip="Move the selection down by one screen",
    ),
    Binding(
        "enter",
        "activate",
        "Show in article",
        show=False,
        id="timeline.activate",
        tooltip="Open the article at the selected event's sentence",
    ),
]

#: Keys of the main screen (active wherever the focus is, except while typing).
SCREEN = [
    Binding(
        "left_square_bracket",
        "previous_year",
        "Previous year",
        key_display="[",
        group=_YEAR,
        id="screen.previous_year",
        tooltip="Jump to the first event of the previous year",
    ),
    Binding(
        "right_square_bracket",
        "next_year",
        "Next year",
        key_display="]",
        group=_YEAR,
        id="screen.next_year",
        tooltip="Jump to the first event of the next year",
    ),
    Binding(
        "slash",
        "search",
        "Search",
        key_display="/",
        id="screen.search",
        tooltip="Filter events by text as you type (title, sentence, entity names)",
    ),
    Binding(
        "g",
        "jump",
        "Go to date",
        id="screen.jump",
        tooltip="Jump to a date: 2021, 2021-01, Jan 2021, 6.1.2021",
    ),
    Binding(
        "a",
        "toggle_mode",
        "Any/all",
        id="screen.mode",
        tooltip="Switch the entity filter between any-of and all-of",
    ),
    Binding(
        "c",
        "clear_filters",
        "Clear",
        id="screen.clear",
        tooltip="Clear the entity filter and the search",
    ),
    Binding(
        "s",
        "source",
        "Source",
        id="screen.source",
        tooltip="Show the whole article, scrolled to the selected event",
    ),
    Binding(
        "e",
        "toggle_entities",
        "Entities",
        id="screen.entities",
        tooltip="Show or hide the entity filter pane",
    ),
    Binding(
        "tab",
        "app.focus_next",
        "Pane",
        group=_PANE,
        id="screen.next_pane",
        tooltip="Move the focus to the next pane",
    ),
    Binding(
        "shift+tab",
        "app.focus_previous",
        "Previous pane",
        group=_PANE,
        show=False,
        id="screen.previous_pane",
        tooltip="Move the focus to the previous pane",
    ),
    Binding(
        "question_mark", "help", "Help", key_display="?", id="screen.help", tooltip="Show all keys"
    ),
]

#: Keys of the whole app.
APP = [
    Binding("q", "quit", "Quit", id="app.quit", tooltip="Quit timeline"),
]

#: Keys of the entity filter pane, on top of the list's own (arrows, Home/End, PgUp/PgDn).
ENTITY_FILTER = [
    Binding(
        "space",
        "toggle_highlighted",
        "Toggle",
        id="entities.toggle",
        tooltip="Add the highlighted entity to the filter, or remove it (also Enter)",
    ),
]

#: Keys of the source view.
SOURCE = [
    Binding("escape,q,s", "close", "Back", id="source.close", tooltip="Back to the timeline"),
    Binding("down,j", "scroll_down", "Down", group=_MOVE, show=False, id="source.down"),
    Binding("up,k", "scroll_up", "Up", group=_MOVE, show=False, id="source.up"),
    Binding(
        "n",
        "next_event",
        "Next event",
        id="source.next",
        tooltip="Select the next event of this article and scroll to it",
    ),
    Binding(
        "p",
        "previous_event",
        "Previous event",
        id="source.previous",
        tooltip="Select the previous event of this article and scroll to it",
    ),
]

#: The help screen's sections.
HELP_SECTIONS: list[tuple[str, list[Binding]]] = [
    ("Timeline", TIMELINE),
    ("Everywhere", SCREEN + APP),
    ("Entity filter pane", ENTITY_FILTER),
    ("Article (source view)", SOURCE),
]
