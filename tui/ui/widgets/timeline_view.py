"""The timeline pane: a virtual list of year/month headers and events.

Only the lines on screen are rendered (Textual's line API: ``render_line`` on a ScrollView),
and rendered lines are kept in an LRU cache, so 100,000 events scroll as fast as 10. The
rows, the selection and every filter live in :class:`tui.core.view.timeline.TimelineModel`; this
widget draws them and turns keys and clicks into model calls.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import ClassVar

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import BindingType
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.core.model import Event
from tui.core.view.row_text import short_name
from tui.core.view.timeline import Header, TimelineModel
from tui.ui import keys
from tui.ui.highlighting import BLENDED_STYLES
from tui.ui.messages import EventActivated, EventHighlighted
from tui.ui.safe_text import clean_line

#: How many colours tell documents apart before they repeat.
DOCUMENT_COLOURS = 6
_ENTITY_CLASSES = {"PER": "per", "ORG": "org", "LOC": "loc", "MISC": "misc"}
_MARKER_ORDER = {"per": 0, "org": 1, "loc": 2, "misc": 3}
_UNDERLINE = Style(underline=True)
_PLAIN = Style()
#: The date column is as wide as the fullest date the rows write, but at most this share of
#: the row (dates then use their shorter variants: ``≈ H2 2024`` for ``≈ H2 2024 (recently)``)
#: and at least wide enough for ``after 6 Jan 2021``.
DATE_SHARE = 0.25
DATE_MIN = 16
#: Entity markers take at most this share of a row, within these bounds (cells), and only
#: on rows at least MARKERS_FROM_WIDTH wide.
MARKERS_SHARE = 0.25
MARKERS_MIN = 12
MARKERS_MAX = 30
MARKERS_FROM_WIDTH = 40
#: A marker name is never cut shorter than this (with its ellipsis).
MARKER_NAME_MIN = 4
#: Rendered rows kept (a row is drawn once, then copied from here while it stays the same).
LINE_CACHE_SIZE = 256


class TimelineView(ScrollView, can_focus=True):
    """The scrollable timeline of events, grouped by year (and month when dense)."""

    BINDINGS: ClassVar[list[BindingType]] = [*keys.TIMELINE]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "timeline-view--year",
        "timeline-view--year-rule",
        "timeline-view--month",
        "timeline-view--date",
        "timeline-view--vague",
        "timeline-view--title",
        "timeline-view--sources",
        "timeline-view--flag",
        "timeline-view--hidden",
        "timeline-view--match",
        "timeline-view--cursor",
        "timeline-view--cursor-blurred",
        "timeline-view--per",
        "timeline-view--org",
        "timeline-view--loc",
        "timeline-view--misc",
        *(f"timeline-view--doc-{i}" for i in range(DOCUMENT_COLOURS)),
    }

    DEFAULT_CSS = """
    TimelineView {
        overflow-x: hidden;
        overflow-y: auto;
        scrollbar-gutter: stable;
        scrollbar-size-vertical: 1;
    }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.model: TimelineModel | None = None
        self._lines: LRUCache[tuple[object, ...], Strip] = LRUCache(LINE_CACHE_SIZE)
        #: Component styles on the base style, by name (valid for one theme).
        self._styles: dict[str, Style] = {}
        #: Short name and style name of each entity, for the markers.
        self._names: dict[str, tuple[str, str]] = {}
        #: The row drawn with the cursor (to redraw just that row when the cursor moves).
        self._drawn_cursor: int | None = None
        #: What waits for the rows to be drawn (see :meth:`when_drawn`).
        self._after_drawn: list[Callable[[], object]] = []

    # ------------------------------------------------------------------ model

    def set_model(self, model: TimelineModel | None, *, scroll_y: float = 0) -> None:
        """Show ``model`` (or nothing), from its first row, or from ``scroll_y`` (the same
        timeline in a later state), the selection in view."""
        self.model = model
        self._lines.clear()
        self._names.clear()
        if self.scrollable_content_region.height:
            self._scroll_when_sized = None
            self.scroll_to(y=scroll_y, animate=False, immediate=True)
        else:  # just shown, not laid out yet: a scroll now would be lost
            self._scroll_when_sized = scroll_y
        self.rows_changed()

    def when_drawn(self, callback: Callable[[], object]) -> None:
        """Call ``callback`` once the rows are next drawn (at the next refresh if the pane is
        hidden): work in a thread holds the interpreter, and would slow the first frame of a
        large timeline down several times."""
        if not self.display:
            self.call_after_refresh(callback)
            return
        self._after_drawn.append(callback)
        self.refresh()

    def events_changed(self) -> None:
        """Events of the model changed (curation): draw them again, rows and all."""
        self._lines.clear()
        self.rows_changed()

    def event_changed(self, position: int) -> None:
        """The event at ``position`` changed in place (a mark, a title; not its date): draw
        its row again, and the others from the cache (the rows may have changed too)."""
        # (An LRUCache is not iterable itself.)
        for key in [key for key in self._lines.keys() if key[0] == position]:  # noqa: SIM118
            self._lines.discard(key)
        self.rows_changed()

    def entities_changed(self, changed: Collection[str], events: Collection[str]) -> None:
        """Curation changed the entities ``changed`` (ids) and the entity lists of the events
        ``events`` (ids): the rows that name them are drawn anew (drawing all took 10 ms)."""
        for entity_id in changed:
            self._names.pop(entity_id, None)
        model = self.model
        if model is None:
            return
        shown = model.events

        def names_one(key: tuple[object, ...]) -> bool:
            position = key[0]
            if not isinstance(position, int):
                return False  # a header
            event = shown[position]
            return event.id in events or any(e in changed for e in event.entities)

        # (An LRUCache is not iterable itself.)
        for key in [key for key in self._lines.keys() if names_one(key)]:  # noqa: SIM118
            self._lines.discard(key)
        self.rows_changed()

    def rows_changed(self) -> None:
        """The model's rows changed (filter, search): redraw and keep the selection in view."""
        rows = self.model.row_count if self.model else 0
        self.virtual_size = Size(self.scrollable_content_region.width, rows)
        self._scroll_to_cursor()
        self.refresh()
        self._announce()

    def selection_changed(self) -> None:
        """The model's selection moved without the rows changing."""
        top = round(self.scroll_y)
        self._scroll_to_cursor()
        if round(self.scroll_y) == top and self.model is not None:
            # Only the rows the cursor left and entered change (a scroll repaints it all).
            self._refresh_rows(self._drawn_cursor, self.model.cursor)
        else:
            self.refresh()
        self._announce()

    def _refresh_rows(self, *rows: int | None) -> None:
        top, width = round(self.scroll_y), self.scrollable_content_region.width
        lines = [row - top for row in rows if row is not None and 0 <= row - top < self.page_height]
        if lines:
            self.refresh(*(Region(0, line, width, 1) for line in lines))

    def _announce(self) -> None:
        self._drawn_cursor = self.model.cursor if self.model else None
        event = self.model.selected_event if self.model else None
        self.post_message(EventHighlighted(event))

    # ------------------------------------------------------------- scrolling

    @property
    def page_height(self) -> int:
        return max(1, self.scrollable_content_region.height)

    def _scroll_to_cursor(self) -> None:
        model = self.model
        if model is None or model.cursor is None:
            return
        cursor, height = model.cursor, self.page_height
        top = round(self.scroll_y)
        # Show the header above the first event of a group too.
        upper = cursor - 1 if cursor > 0 and not model.is_event_row(cursor - 1) else cursor
        if upper < top:
            self.scroll_to(y=upper, animate=False, immediate=True)
        elif cursor >= top + height:
            self.scroll_to(y=cursor - height + 1, animate=False, immediate=True)

    #: The scroll offset :meth:`set_model` was given before the pane had a size.
    _scroll_when_sized: float | None = None

    def on_resize(self, event: events.Resize) -> None:
        rows = self.model.row_count if self.model else 0
        self.virtual_size = Size(self.scrollable_content_region.width, rows)
        if self._scroll_when_sized is not None and self.scrollable_content_region.height:
            self.scroll_to(y=self._scroll_when_sized, animate=False, immediate=True)
            self._scroll_when_sized = None
        self._scroll_to_cursor()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()
        self._lines.clear()

    def on_focus(self) -> None:
        self._refresh_rows(self._drawn_cursor)

    def on_blur(self) -> None:
        self._refresh_rows(self._drawn_cursor)

    # ---------------------------------------------------------------- actions

    def _moved(self, moved: bool) -> None:
        if moved:
            self.selection_changed()

    def action_next_event(self) -> None:
        if self.model:
            self._moved(self.model.move(1))

    def action_previous_event(self) -> None:
        if self.model:
            self._moved(self.model.move(-1))

    def action_first_event(self) -> None:
        if self.model:
            self._moved(self.model.first())

    def action_last_event(self) -> None:
        if self.model:
            self._moved(self.model.last())

    def action_page_down(self) -> None:
        if self.model:
            self.scroll_to(y=self.scroll_y + self.page_height, animate=False, immediate=True)
            self._moved(self.model.move_rows(self.page_height))

    def action_page_up(self) -> None:
        if self.model:
            self.scroll_to(y=self.scroll_y - self.page_height, animate=False, immediate=True)
            self._moved(self.model.move_rows(-self.page_height))

    def action_activate(self) -> None:
        if self.model and (event := self.model.selected_event):
            self.post_message(EventActivated(event))

    def on_click(self, event: events.Click) -> None:
        if self.model is None:
            return
        offset = event.get_content_offset(self)
        if offset is None:
            return
        row = round(self.scroll_y) + offset.y
        if row >= self.model.row_count:
            return
        self._moved(self.model.select_row(row))
        if event.chain >= 2:
            self.action_activate()

    # -------------------------------------------------------------- rendering

    def render_line(self, y: int) -> Strip:
        if self._after_drawn:
            # After this frame is written out: the screen renders it in one go.
            for callback in self._after_drawn:
                self.call_later(callback)
            self._after_drawn.clear()
        width = self.scrollable_content_region.width
        model = self.model
        row = round(self.scroll_y) + y
        if model is None or row >= model.row_count or width <= 0:
            return Strip.blank(width, self._styled("base"))
        value = model.rows[row]
        cursor = 0
        if value < 0:
            header = model.headers[~value]
            key: tuple[object, ...] = (header, width)
        else:
            # Keyed by the event, not the row: after a filter change the same events draw
            # from the cache wherever they moved.
            cursor = (row == model.cursor) + (row == model.cursor and self.has_focus)
            key = (value, width, cursor, model.query)
        strip = self._lines.get(key)
        if strip is None:
            if value < 0:
                strip = self._header_strip(model.headers[~value], width)
            else:
                strip = self._event_strip(model, value, width, cursor)
            self._lines[key] = strip
        return strip

    def _styled(self, name: str) -> Style:
        """The widget's base style with component ``name``'s on top (cached per theme)."""
        style = self._styles.get(name)
        if style is None:
            base = self.rich_style
            if name == "base":
                style = base
            else:
                # Styles with a background are blended with the pane's own (partial ones not);
                # so is the greyed title of a hidden event, whose muted colour is translucent.
                partial = name not in BLENDED_STYLES and name != "hidden"
                component = self.get_component_rich_style(f"timeline-view--{name}", partial=partial)
                style = base + component
            self._styles[name] = style
        return style

    def _header_strip(self, header: Header, width: int) -> Strip:
        noun = "event" if header.count == 1 else "events"
        rule = self._styled("year-rule")
        if header.kind == "year":
            count = f"  {header.count} {noun} "
            fill = "─" * max(0, width - len(header.label) - len(count))
            segments = [
                Segment(header.label, self._styled("year")),
                Segment(count + fill, rule),
            ]
        else:
            segments = [
                Segment("  ", self._styled("base")),
                Segment(header.label, self._styled("month")),
                Segment(f"  {header.count}", rule),
            ]
        return Strip(segments).crop_extend(0, width, self._styled("base"))

    def date_column(self, width: int) -> int:
        """Cells of the date column in a row ``width`` cells wide."""
        room = max(DATE_MIN, int(width * DATE_SHARE))
        return self.model.date_width(room) if self.model else room

    def _event_strip(self, model: TimelineModel, position: int, width: int, cursor: int) -> Strip:
        event = model.events[position]
        segments: list[Segment] = []
        if len(model.documents) > 1:
            colour = model.document_index(event) % DOCUMENT_COLOURS
            segments.append(Segment("▌", self._styled(f"doc-{colour}")))
        else:
            segments.append(Segment(" ", self._styled("base")))
        date_width = self.date_column(width)
        written = model.row_date(event)
        date = set_cell_size(clean_line(written.fitting(date_width)), date_width)
        segments.append(Segment(date, self._styled("vague" if written.vague else "date")))
        segments.append(Segment(" ", self._styled("base")))
        # A story event's count of sources comes before its title: ``×3 ``.
        sources = model.source_count(event)
        if sources > 1:
            segments.append(Segment(f"×{sources} ", self._styled("sources")))
        mark = model.mark(model.source_event(event))
        if mark is not None and (flags := _flags(mark.starred, mark.edited)):
            segments.append(Segment(flags, self._styled("flag")))
        markers = self._markers(model, event, width)
        used = sum(seg.cell_length for seg in segments) + sum(cell_len(t) for t, _ in markers)
        hidden = mark is not None and mark.hidden
        segments.extend(
            self._title_segments(
                event, max(0, width - used), model.query, "hidden" if hidden else "title"
            )
        )
        segments.extend(Segment(text, self._styled(name)) for text, name in markers)
        if cursor:
            selected = self._styled("cursor" if cursor == 2 else "cursor-blurred")
            # The cursor's colours win; search matches stay visible as underlined.
            match = self._styled("match")
            segments = [
                Segment(
                    text, (style or _PLAIN) + selected + (_UNDERLINE if style is match else _PLAIN)
                )
                for text, style, _ in segments
            ]
        if used > width:  # too narrow even for the date: cut
            return Strip(segments).crop_extend(0, width, self._styled("base"))
        return Strip(segments, width)

    def _title_segments(
        self, event: Event, width: int, query: str, style_name: str = "title"
    ) -> list[Segment]:
        """The title cut (with an ellipsis) or padded to ``width`` cells, search words marked."""
        title = clean_line(event.title)
        if cell_len(title) > width:
            title = set_cell_size(title, width - 1) + "…" if width > 0 else ""
        title = set_cell_size(title, width)
        style = self._styled(style_name)
        words = query.casefold().split()
        lowered = title.casefold()
        if not words or len(lowered) != len(title):
            return [Segment(title, style)]
        marked = [False] * len(title)
        for word in words:
            start = lowered.find(word)
            while start >= 0:
                marked[start : start + len(word)] = [True] * len(word)
                start = lowered.find(word, start + len(word))
        match = self._styled("match")
        segments, start = [], 0
        for index in range(1, len(title) + 1):
            if index == len(title) or marked[index] != marked[start]:
                segments.append(Segment(title[start:index], match if marked[start] else style))
                start = index
        return segments

    def _markers(self, model: TimelineModel, event: Event, width: int) -> list[tuple[str, str]]:
        """Short names of the event's entities, coloured by type, as many as fit the row's
        marker budget, then ``+N`` for the rest: ``Trump Zuckerberg``, ``Zuckerberg +2``.

        People come first, then organisations, places and the rest (each in text order).
        """
        entity_ids = sorted(
            dict.fromkeys(event.entities),
            key=lambda e: _MARKER_ORDER[self._short_name(model, e)[1]],
        )
        if not entity_ids or width < MARKERS_FROM_WIDTH:
            return []
        budget = max(MARKERS_MIN, min(MARKERS_MAX, int(width * MARKERS_SHARE)))
        out: list[tuple[str, str]] = []
        used = 0
        for shown, entity_id in enumerate(entity_ids):
            name, kind = self._short_name(model, entity_id)
            rest = len(entity_ids) - shown - 1
            count = len(f" +{rest}") if rest else 0
            if used + 1 + cell_len(name) + count <= budget:
                out.append((" " + name, kind))
                used += 1 + cell_len(name)
                continue
            if not out:
                # Not even the first name fits: cut it short, keeping the count.
                room = budget - count - 1
                if room >= MARKER_NAME_MIN:
                    out.append((" " + set_cell_size(name, room - 1) + "…", kind))
                    if rest:
                        out.append((f" +{rest}", "year-rule"))
                    return out
            out.append((f" +{len(entity_ids) - shown}", "year-rule"))
            return out
        return out

    def _short_name(self, model: TimelineModel, entity_id: str) -> tuple[str, str]:
        known = self._names.get(entity_id)
        if known is None:
            entity = model.entities.get(entity_id)
            if entity is None:
                known = (clean_line(entity_id), "misc")
            else:
                name = short_name(clean_line(entity.name), entity.label) or entity.id
                known = (name, _ENTITY_CLASSES.get(entity.label, "misc"))
            self._names[entity_id] = known
        return known


def _flags(starred: bool, edited: bool) -> str:
    """The reader's marks before a title: ``★ `` starred, ``✎ `` edited."""
    return ("★" if starred else "") + ("✎" if edited else "") + (" " if starred or edited else "")
