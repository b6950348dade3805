"""Every key binding of the app, in one place: the widgets, the Footer, the help screen and
the command palette all read these lists, so they cannot disagree.

Each binding has an ``id`` (so a keymap can remap it) and a ``tooltip`` that the help screen
and the command palette show as the longer explanation. :data:`FOOTER` says how the Footer
shows each one: paired keys share an item (``j/k Move``), and the rank decides what a narrow
Footer keeps.
"""

from __future__ import annotations

from typing import NamedTuple

from textual.binding import Binding

#: Keys of the timeline pane (active while it has the focus).
TIMELINE = [
    Binding(
        "down,j",
        "next_event",
        "Next event",
        id="timeline.next",
        tooltip="Select the next event in time",
    ),
    Binding(
        "up,k",
        "previous_event",
        "Previous event",
        id="timeline.previous",
        tooltip="Select the previous event in time",
    ),
    Binding(
        "home",
        "first_event",
        "First event",
        show=False,
        id="timeline.first",
        tooltip="Select the earliest event",
    ),
    Binding(
        "end",
        "last_event",
        "Last event",
        show=False,
        id="timeline.last",
        tooltip="Select the latest event",
    ),
    Binding(
        "pageup",
        "page_up",
        "Page up",
        show=False,
        id="timeline.page_up",
        tooltip="Move the selection up by one screen",
    ),
    Binding(
        "pagedown",
        "page_down",
        "Page down",
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
        id="screen.previous_year",
        tooltip="Jump to the first event of the previous year",
    ),
    Binding(
        "right_square_bracket",
        "next_year",
        "Next year",
        key_display="]",
        id="screen.next_year",
        tooltip="Jump to the first event of the next year",
    ),
    Binding(
        "z",
        "zoom_in",
        "Zoom in",
        id="screen.zoom_in",
        tooltip="Time axis: finer periods (years, months, weeks, days) around the selection",
    ),
    Binding(
        "Z",
        "zoom_out",
        "Zoom out",
        id="screen.zoom_out",
        tooltip="Time axis: coarser periods",
    ),
    Binding(
        "less_than_sign",
        "previous_bar",
        "Previous bar",
        key_display="<",
        id="screen.previous_bar",
        tooltip="Time axis: jump to the first event of the previous period with events",
    ),
    Binding(
        "greater_than_sign",
        "next_bar",
        "Next bar",
        key_display=">",
        id="screen.next_bar",
        tooltip="Time axis: jump to the first event of the next period with events",
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
        "v",
        "toggle_stories",
        "Stories",
        id="screen.stories",
        tooltip="Switch between story events (one row per happening, with all its articles)"
        " and every sentence",
    ),
    Binding(
        "K",
        "key_dates",
        "Key dates",
        id="screen.key_dates",
        tooltip="The key dates of the articles, each with the sentences that say what happened",
    ),
    Binding(
        "h",
        "hide",
        "Hide",
        id="screen.hide",
        tooltip="Hide the selected event, or show it again (saved; u undoes)",
    ),
    Binding(
        "H",
        "toggle_hidden",
        "Show hidden",
        id="screen.show_hidden",
        tooltip="Show the hidden events (greyed) or leave them out",
    ),
    Binding(
        "asterisk",
        "star",
        "Star",
        key_display="*",
        id="screen.star",
        tooltip="Star the selected event, or unstar it",
    ),
    Binding(
        "S",
        "starred_only",
        "Starred only",
        id="screen.starred_only",
        tooltip="Show only the starred events, or every event again",
    ),
    Binding(
        "t",
        "edit_title",
        "Edit title",
        id="screen.edit_title",
        tooltip="Give the selected event a title of your own",
    ),
    Binding(
        "d",
        "change_date",
        "Change date",
        id="screen.change_date",
        tooltip="Date the selected event: 2021, 2021-01, Jan 2021, 6.1.2021, or unknown",
    ),
    Binding(
        "n",
        "note",
        "Note",
        id="screen.note",
        tooltip="Write a note on the selected event (an empty note removes it)",
    ),
    Binding(
        "u",
        "undo",
        "Undo",
        id="screen.undo",
        tooltip="Take back the last curation action of this run",
    ),
    Binding(
        "U,ctrl+r",
        "redo",
        "Redo",
        key_display="U",
        id="screen.redo",
        tooltip="Make the last undone curation action again",
    ),
    Binding(
        "E",
        "export",
        "Export",
        id="screen.export",
        tooltip="Write the timeline to a file: TimelineJS, iCalendar, CSV, Markdown or JSON"
        " (hidden events left out; only the starred ones with Starred only on)",
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
        id="screen.next_pane",
        tooltip="Move the focus to the next pane",
    ),
    Binding(
        "shift+tab",
        "app.focus_previous",
        "Previous pane",
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
        "Toggle entity",
        id="entities.toggle",
        tooltip="Add the highlighted entity to the filter, or remove it (also Enter)",
    ),
    Binding(
        "r",
        "screen.rename_entity",
        "Rename",
        id="entities.rename",
        tooltip="Rename the highlighted entity (saved; u undoes)",
    ),
    Binding(
        "l",
        "screen.relabel_entity",
        "Change type",
        id="entities.relabel",
        tooltip="Change the type (person, organisation, place, other) of the highlighted entity",
    ),
    Binding(
        "m",
        "screen.merge_entity",
        "Merge",
        id="entities.merge",
        tooltip="Merge another entity into the highlighted one (its name and type kept)",
    ),
    Binding(
        "x,delete",
        "screen.remove_entity",
        "Remove",
        key_display="x",
        id="entities.remove",
        tooltip="Remove the highlighted entity: it is no entity (its mentions are dropped)",
    ),
    Binding("j", "cursor_down", "Next entity", show=False, id="entities.down"),
    Binding("k", "cursor_up", "Previous entity", show=False, id="entities.up"),
]

#: Keys of the source view.
SOURCE = [
    Binding("escape,q,s", "close", "Back", id="source.close", tooltip="Back to the timeline"),
    Binding(
        "down,j", "scroll_down", "Scroll down", id="source.down", tooltip="Scroll the article down"
    ),
    Binding("up,k", "scroll_up", "Scroll up", id="source.up", tooltip="Scroll the article up"),
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

#: Keys of the key-dates view.
KEY_DATES = [
    Binding(
        "escape,K,q",
        "close",
        "Back",
        id="key_dates.close",
        tooltip="Back to the timeline",
    ),
    Binding(
        "plus,equals_sign",
        "more_dates",
        "More dates",
        key_display="+",
        id="key_dates.more",
        tooltip="Show one key date more",
    ),
    Binding(
        "minus",
        "fewer_dates",
        "Fewer dates",
        key_display="-",
        id="key_dates.fewer",
        tooltip="Show one key date fewer",
    ),
    Binding(
        "enter,s",
        "source",
        "Source",
        id="key_dates.source",
        tooltip="Open the article of the selected date's first sentence",
    ),
]

#: The help screen's sections.
HELP_SECTIONS: list[tuple[str, list[Binding]]] = [
    ("Timeline", TIMELINE),
    ("Everywhere", SCREEN + APP),
    ("Entity filter pane", ENTITY_FILTER),
    ("Article (source view)", SOURCE),
    ("Key dates", KEY_DATES),
]


class FooterItem(NamedTuple):
    """How the Footer shows a binding: ``keys`` and a short ``label`` (``j/k Move``).

    A narrow Footer keeps the items of lowest ``rank``; help and the command palette, which
    reach every action, come first. (A named tuple: a frozen dataclass takes four times the
    work to make, before the first frame.)
    """

    keys: str
    label: str
    rank: int


#: The Footer's item for each binding id, in the Footer's order; None: shown by another item
#: (``k`` in ``j/k``). Bindings not listed are shown as Textual would (key and description),
#: before Help.
FOOTER: dict[str, FooterItem | None] = {
    "timeline.next": FooterItem("j/k", "Move", 1),
    "timeline.previous": None,
    "timeline.first": FooterItem("home/end", "First/last", 20),
    "timeline.last": None,
    "timeline.page_down": FooterItem("pgup/pgdn", "Page", 21),
    "timeline.page_up": None,
    # Enter opens the article just like s.
    "timeline.activate": None,
    "entities.toggle": FooterItem("space", "Toggle", 1),
    "entities.down": None,
    "entities.up": None,
    "source.down": FooterItem("j/k", "Scroll", 1),
    "source.up": None,
    "source.next": FooterItem("n/p", "Event", 2),
    "source.previous": None,
    "source.close": FooterItem("esc", "Back", 0),
    "search.keep": FooterItem("⏎", "Keep search", 1),
    "search.close": FooterItem("esc", "Clear search", 1),
    "screen.next_year": FooterItem("[/]", "Year", 3),
    "screen.previous_year": None,
    "screen.search": FooterItem("/", "Search", 2),
    # The time axis keys give way to every other (help and the palette list them).
    "screen.zoom_in": FooterItem("z/Z", "Zoom", 22),
    "screen.zoom_out": None,
    "screen.next_bar": FooterItem("</>", "Bar", 23),
    "screen.previous_bar": None,
    "screen.jump": FooterItem("g", "Go to date", 7),
    "screen.source": FooterItem("s", "Source", 4),
    "screen.entities": FooterItem("e", "Entities", 6),
    "screen.stories": FooterItem("v", "Stories", 11),
    "screen.key_dates": FooterItem("K", "Key dates", 12),
    "key_dates.close": FooterItem("esc", "Back", 0),
    "key_dates.more": FooterItem("+/-", "Dates", 1),
    "key_dates.fewer": None,
    "key_dates.source": FooterItem("⏎", "Source", 2),
    # Clear and Any/all matter while a filter is on (the screen raises them then).
    "screen.mode": FooterItem("a", "Any/all", 8),
    "screen.clear": FooterItem("c", "Clear", 5),
    "screen.next_pane": FooterItem("tab", "Pane", 9),
    "screen.previous_pane": None,
    "screen.help": FooterItem("?", "Help", 0),
    # Curation keys: help and the command palette list them all; the Footer only has room
    # for a few, after the moving and filtering ones.
    "screen.hide": FooterItem("h", "Hide", 25),
    "screen.show_hidden": None,
    "screen.star": FooterItem("*", "Star", 26),
    "screen.starred_only": None,
    "screen.edit_title": FooterItem("t/d/n", "Edit", 27),
    "screen.change_date": None,
    "screen.note": None,
    "screen.undo": FooterItem("u/U", "Undo", 28),
    "screen.redo": None,
    "screen.export": FooterItem("E", "Export", 29),
    "entities.rename": FooterItem("r/l", "Rename/type", 2),
    "entities.relabel": None,
    "entities.merge": FooterItem("m", "Merge", 3),
    "entities.remove": FooterItem("x", "Remove", 4),
    # Quit comes last when room is short: q and ctrl+q are what everyone tries anyway.
    "app.quit": FooterItem("q", "Quit", 10),
}
