"""The timeline pane: a virtual list of year/month headers and events.

Only the lines on screen are rendered (Textual's line API: ``render_line`` on a ScrollView),
and rendered lines are kept in an LRU cache, so 100,000 events scroll as fast as 10. The
rows, the selection and every filter live in :class:`tui.core.timeline.TimelineModel`; this
widget draws them and turns keys and clicks into model calls.
"""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import events
from textual.cache import LRUCache
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.core.model import Event
from tui.core.timeline import Header, TimelineModel
from tui.ui import keys
from tui.ui.highlighting import BLENDED_STYLES
from tui.ui.messages import EventActivated, EventHighlighted
from tui.ui.safe_text import clean_line

#: How many colours tell documents apart before they repeat.
DOCUMENT_COLOURS = 6
_ENTITY_CLASSES = {"PER": "per", "ORG": "org", "LOC": "loc", "MISC": "misc"}
#: The date column is as wide as the longest label, but at most this share of the pane's
#: width and at least wide enough for ``after 12 Sep 2021`` or ``≈ recently``.
_DATE_SHARE = 0.28
_DATE_MIN = 16


def date_label(label: str, width: int) -> str:
    """``label`` if it fits in ``width``; else its first clause (``recently, before Dec 2024``
    becomes ``recently``) if that fits; else the label, to be cut with an ellipsis."""
    if len(label) <= width:
        return label
    head = label.split(",", 1)[0]
    return head if len(head) <= width else label


def _fit(text: Text, width: int) -> Text:
    """``text`` cut (with an ellipsis) or padded to exactly ``width`` cells."""
    text.truncate(width, overflow="ellipsis", pad=True)
    return text


class TimelineView(ScrollView, can_focus=True):
    """The scrollable timeline of events, grouped by year (and month when dense)."""

    BINDINGS = keys.TIMELINE

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "timeline-view--year",
        "timeline-view--year-rule",
        "timeline-view--month",
        "timeline-view--date",
        "timeline-view--vague",
        "timeline-view--title",
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
    }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.model: TimelineModel | None = None
        self._lines: LRUCache[tuple[object, ...], Strip] = LRUCache(1024)
        self._date_width = 12

    # ------------------------------------------------------------------ model

    def set_model(self, model: TimelineModel | None) -> None:
        """Show ``model`` (or nothing), from its first event."""
        self.model = model
        self._date_width = self._measure_date_width()
        self.scroll_to(y=0, animate=False, immediate=True)
        self.rows_changed()

    def rows_changed(self) -> None:
        """The model's rows changed (filter, search): redraw and keep the selection in view."""
        self._lines.clear()
        rows = self.model.row_count if self.model else 0
        self.virtual_size = Size(self.scrollable_content_region.width, rows)
        self._scroll_to_cursor()
        self.refresh()
        self._announce()

    def selection_changed(self) -> None:
        """The model's selection moved without the rows changing."""
        self._scroll_to_cursor()
        self.refresh()
        self._announce()

    def _announce(self) -> None:
        event = self.model.selected_event if self.model else None
        self.post_message(EventHighlighted(event))

    def _measure_date_width(self) -> int:
        if not self.model or not self.model.events:
            return 12
        # Labels repeat a lot; measuring the distinct ones keeps this quick at 100k events.
        labels = {(e.date.label, e.date.precision == "vague") for e in self.model.events}
        return max(len(label) + (2 if vague else 0) for label, vague in labels)

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

    def on_resize(self, event: events.Resize) -> None:
        self._lines.clear()
        rows = self.model.row_count if self.model else 0
        self.virtual_size = Size(self.scrollable_content_region.width, rows)
        self._scroll_to_cursor()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._lines.clear()

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

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
        width = self.scrollable_content_region.width
        model = self.model
        row = round(self.scroll_y) + y
        if model is None or row >= model.row_count or width <= 0:
            return Strip.blank(width, self.rich_style)
        selected = row == model.cursor
        key = (model.generation, row, width, selected, selected and self.has_focus)
        strip = self._lines.get(key)
        if strip is None:
            strip = self._render_row(model, row, width, selected)
            self._lines[key] = strip
        return strip

    def _style(self, name: str) -> Style:
        # Styles with a background are blended with the pane's own (partial styles are not).
        partial = name not in BLENDED_STYLES
        return self.get_component_rich_style(f"timeline-view--{name}", partial=partial)

    def _render_row(self, model: TimelineModel, row: int, width: int, selected: bool) -> Strip:
        item = model.row(row)
        if item.header is not None:
            text = self._header_text(item.header, width)
        else:
            assert item.event is not None
            text = self._event_text(model, item.event, width)
            if selected:
                text.stylize(self._style("cursor" if self.has_focus else "cursor-blurred"))
        base = self.rich_style
        strip = Strip(list(text.render(self.app.console, end=""))).apply_style(base)
        return strip.crop_extend(0, width, base)

    def _header_text(self, header: Header, width: int) -> Text:
        noun = "event" if header.count == 1 else "events"
        if header.kind == "year":
            text = Text.assemble((header.label, self._style("year")))
            text.append(f"  {header.count} {noun} ", style=self._style("year-rule"))
            rule = max(0, width - text.cell_len)
            text.append("─" * rule, style=self._style("year-rule"))
        else:
            text = Text("  ")
            text.append(header.label, style=self._style("month"))
            text.append(f"  {header.count}", style=self._style("year-rule"))
        return _fit(text, width)

    def _event_text(self, model: TimelineModel, event: Event, width: int) -> Text:
        text = Text(no_wrap=True, overflow="ellipsis")
        if len(model.documents) > 1:
            colour = model.document_index(event) % DOCUMENT_COLOURS
            text.append("▌", style=self._style(f"doc-{colour}"))
        else:
            text.append(" ")
        date_width = min(self._date_width, max(_DATE_MIN, int(width * _DATE_SHARE)))
        vague = event.date.precision == "vague"
        marker = "≈ " if vague else ""
        label = marker + date_label(clean_line(event.date.label), date_width - len(marker))
        date = Text(label, style=self._style("vague" if vague else "date"))
        text.append_text(_fit(date, date_width))
        text.append(" ")
        markers = self._entity_markers(model, event, width)
        title_width = max(0, width - text.cell_len - markers.cell_len)
        text.append_text(_fit(self._title_text(model, event), title_width))
        text.append_text(markers)
        return text

    def _title_text(self, model: TimelineModel, event: Event) -> Text:
        title = clean_line(event.title)
        text = Text(title, style=self._style("title"))
        words = model.query.split()
        if words and len(title.lower()) == len(title):
            lowered, match = title.lower(), self._style("match")
            for word in words:
                needle = word.lower()
                start = lowered.find(needle)
                while needle and start >= 0:
                    text.stylize(match, start, start + len(needle))
                    start = lowered.find(needle, start + len(needle))
        return text

    def _entity_markers(self, model: TimelineModel, event: Event, width: int) -> Text:
        """Short names of the event's first entities, coloured by type, at the row's end."""
        text = Text()
        if width < 60 or not event.entities:
            return text
        budget, shown = width // 4, 0
        for entity_id in event.entities:
            entity = model.entities.get(entity_id)
            if entity is None:
                continue
            name = clean_line(entity.name).split()[-1] if entity.name.split() else entity.id
            kind = _ENTITY_CLASSES.get(entity.label, "misc")
            if text.cell_len + len(name) + 1 > budget:
                more = len(event.entities) - shown
                if more > 0 and text.cell_len + 3 <= budget:
                    text.append(f" +{more}", style=self._style("year-rule"))
                break
            text.append(" ")
            text.append(name, style=self._style(kind))
            shown += 1
        return text
