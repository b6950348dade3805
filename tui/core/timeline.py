"""The timeline's view model: rows, grouping, entity filters, search, selection, jumps.

Pure Python over :class:`tui.core.model.Analysis`, so it can be tested and measured without a
terminal. Built once per analysis (the indexes below are precomputed), then every filter
toggle or search keystroke only walks integer lists: fast enough for 100,000 events.

Rows are the timeline's lines: year headers, month headers (only in years with many events)
and events. ``rows`` holds an event's chronological *position* (>= 0) or ``~i`` for
``headers[i]``, so the whole list is a compact list of ints.
"""

from __future__ import annotations

import calendar
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from tui.core.date_query import DateQuery
from tui.core.model import ENTITY_LABELS, Analysis, DocumentAnalysis, Entity, Event, EventDate
from tui.core.row_text import RowDate, row_date

FilterMode = Literal["any", "all"]
HeaderKind = Literal["year", "month"]

#: A year with more visible events than this is split into months.
DENSE_YEAR_EVENTS = 12

#: Search results kept for going back while typing (Backspace).
SEARCH_CACHE_SIZE = 64

#: Entity groups of the filter pane, in display order.
ENTITY_GROUPS: tuple[tuple[str, str], ...] = (
    ("PER", "People"),
    ("ORG", "Organisations"),
    ("LOC", "Places"),
    ("MISC", "Other"),
)


@dataclass(frozen=True, slots=True)
class Header:
    kind: HeaderKind
    #: The year, or ``year * 12 + month - 1`` for a month.
    key: int
    label: str
    #: Visible events under this header.
    count: int


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the timeline: a header or an event (exactly one is set)."""

    header: Header | None = None
    event: Event | None = None
    #: The event's chronological position (index into :attr:`TimelineModel.events`).
    position: int | None = None


def _month_key(event: Event) -> int:
    """The month an event lies in, or -1 if its date spans more than one month."""
    first, last = event.date.earliest, event.date.latest
    if (first.year, first.month) != (last.year, last.month):
        return -1
    return first.year * 12 + first.month - 1


def _last_positions(keys: list[int]) -> dict[int, int]:
    """For each key, the last index where it occurs (for keys that never decrease along the
    list, apart from -1 markers, this bounds each key's run)."""
    return {key: index for index, key in enumerate(keys)}


class TimelineModel:
    """Everything the timeline pane shows, and every way of changing it."""

    def __init__(self, analysis: Analysis, *, dense_year_events: int = DENSE_YEAR_EVENTS) -> None:
        self.analysis = analysis
        self.dense_year_events = dense_year_events
        # A stable sort keeps the pipeline's document order among events of equal dates.
        self.events: list[Event] = sorted(analysis.events, key=lambda e: e.date.sort_key)
        self.documents: dict[str, DocumentAnalysis] = {d.document.id: d for d in analysis.documents}
        self._document_index = {doc_id: i for i, doc_id in enumerate(self.documents)}
        self.entities: dict[str, Entity] = {e.id: e for e in analysis.entities}

        events = self.events
        self._years = [e.date.earliest.year for e in events]
        self._months = [_month_key(e) for e in events]
        self._ordinals = [e.date.earliest.toordinal() for e in events]
        self._year_last = _last_positions(self._years)
        self._month_last = _last_positions(self._months)
        self._by_entity: dict[str, list[int]] = {}
        for position, event in enumerate(events):
            for entity_id in dict.fromkeys(event.entities):
                self._by_entity.setdefault(entity_id, []).append(position)
        self._haystacks = self._build_haystacks()
        self._positions = {e.id: p for p, e in enumerate(events)}
        # Dates repeat a lot: each distinct one is written once.
        self._row_dates: dict[EventDate, RowDate] = {}
        for event in events:
            if event.date not in self._row_dates:
                self._row_dates[event.date] = row_date(event.date)
        #: Characters of the fullest date a row would write (the date column needs no more).
        self.date_width = max((len(d.variants[0]) for d in self._row_dates.values()), default=0)

        self.active_entities: tuple[str, ...] = ()
        self.mode: FilterMode = "any"
        self.query = ""
        self._search_words: tuple[str, ...] = ()
        self._search_result: list[int] | None = None
        self._search_cache: dict[tuple[str, ...], list[int]] = {}

        self.visible: list[int] = []
        self.rows: list[int] = []
        self.headers: list[Header] = []
        self._year_rows: list[int] = []
        self._header_rows: dict[tuple[HeaderKind, int], int] = {}
        #: Bumped whenever ``rows`` change, so views can drop cached lines.
        self.generation = 0
        self.selected: int | None = None
        self.cursor: int | None = None
        self._rebuild()

    # ----------------------------------------------------------------- indexes

    def _build_haystacks(self) -> list[str]:
        names = {
            e.id: " ".join(dict.fromkeys([e.name, *e.aliases])).casefold()
            for e in self.analysis.entities
        }
        return [
            "\n".join(
                [e.title.casefold(), e.text.casefold(), *(names.get(i, "") for i in e.entities)]
            )
            for e in self.events
        ]

    # ------------------------------------------------------------- inspection

    @property
    def total_events(self) -> int:
        return len(self.events)

    @property
    def visible_events(self) -> int:
        return len(self.visible)

    @property
    def row_count(self) -> int:
        return len(self.rows)

    @property
    def is_filtered(self) -> bool:
        return bool(self.active_entities or self._search_words)

    def row(self, index: int) -> Row:
        value = self.rows[index]
        if value < 0:
            return Row(header=self.headers[~value])
        return Row(event=self.events[value], position=value)

    def is_event_row(self, index: int) -> bool:
        return 0 <= index < len(self.rows) and self.rows[index] >= 0

    @property
    def selected_event(self) -> Event | None:
        return None if self.selected is None else self.events[self.selected]

    def position(self, event: Event) -> int:
        """The event's chronological position (its index in :attr:`events`)."""
        return self._positions[event.id]

    def row_date(self, event: Event) -> RowDate:
        """How a row writes the event's date (see :func:`tui.core.row_text.row_date`)."""
        written = self._row_dates.get(event.date)
        return written if written is not None else row_date(event.date)

    def document(self, event: Event) -> DocumentAnalysis | None:
        return self.documents.get(event.document)

    def document_index(self, event: Event) -> int:
        """The event's document's place among the open documents (for telling them apart)."""
        return self._document_index.get(event.document, 0)

    def entity_name(self, entity_id: str) -> str:
        entity = self.entities.get(entity_id)
        return entity.name if entity else entity_id

    def entity_event_count(self, entity_id: str) -> int:
        return len(self._by_entity.get(entity_id, ()))

    def entity_groups(self) -> list[tuple[str, list[Entity]]]:
        """Entities by type (people, organisations, places, other), most mentioned first."""
        groups: dict[str, list[Entity]] = {label: [] for label, _ in ENTITY_GROUPS}
        for entity in self.analysis.entities:
            label = entity.label if entity.label in ENTITY_LABELS else "MISC"
            groups[label].append(entity)
        return [
            (title, sorted(groups[label], key=lambda e: (-e.count, e.name.casefold(), e.id)))
            for label, title in ENTITY_GROUPS
            if groups[label]
        ]

    # ---------------------------------------------------------------- filters

    def toggle_entity(self, entity_id: str) -> None:
        """Add the entity to the filter, or remove it if it is there."""
        if entity_id in self.active_entities:
            self.active_entities = tuple(e for e in self.active_entities if e != entity_id)
        else:
            self.active_entities = (*self.active_entities, entity_id)
        self._rebuild()

    def set_entities(self, entity_ids: Iterable[str]) -> None:
        self.active_entities = tuple(dict.fromkeys(entity_ids))
        self._rebuild()

    def set_mode(self, mode: FilterMode) -> None:
        if mode != self.mode:
            self.mode = mode
            if self.active_entities:
                self._rebuild()

    def toggle_mode(self) -> None:
        self.set_mode("all" if self.mode == "any" else "any")

    def clear_filters(self) -> None:
        """Drop the entity filter and the search."""
        self.active_entities = ()
        self._set_search("")
        self._rebuild()

    def set_query(self, query: str) -> None:
        """Show only events whose title, sentence or entity names contain every word."""
        self._set_search(query)
        self._rebuild()

    def _set_search(self, query: str) -> None:
        words = tuple(query.casefold().split())
        previous = self.query
        self.query = query
        if words == self._search_words:
            return
        self._search_words = words
        if not words:
            self._search_result = None
            return
        # Deleting characters goes back to a result already computed while typing.
        cached = self._search_cache.get(words)
        if cached is not None:
            self._search_result = cached
            return
        # Typing on narrows the result: search only among the previous matches.
        narrowing = self._search_result is not None and query.casefold().startswith(
            previous.casefold()
        )
        candidates = self._search_result if narrowing else range(len(self.events))
        haystacks = self._haystacks
        result = list(candidates or ())
        for word in words:
            result = [p for p in result if word in haystacks[p]]
        if len(self._search_cache) >= SEARCH_CACHE_SIZE:
            self._search_cache.clear()
        self._search_cache[words] = result
        self._search_result = result

    def _entity_positions(self) -> list[int] | None:
        if not self.active_entities:
            return None
        lists = [self._by_entity.get(e, []) for e in self.active_entities]
        if len(lists) == 1:
            return lists[0]
        if self.mode == "any":
            return sorted(set().union(*lists))
        lists.sort(key=len)
        common = set(lists[0]).intersection(*lists[1:])
        return [p for p in lists[0] if p in common]

    # ------------------------------------------------------------------- rows

    def _rebuild(self) -> None:
        by_entity = self._entity_positions()
        by_text = self._search_result
        if by_entity is None and by_text is None:
            visible = list(range(len(self.events)))
        elif by_entity is None or by_text is None:
            visible = list(by_entity if by_text is None else by_text)  # type: ignore[arg-type]
        else:
            small, large = sorted((by_entity, by_text), key=len)
            keep = set(small)
            visible = [p for p in large if p in keep]
        self.visible = visible
        self._build_rows()
        self.generation += 1
        self._reselect()

    def _build_rows(self) -> None:
        rows: list[int] = []
        headers: list[Header] = []
        self._year_rows = []
        self._header_rows = {}
        visible, years, months = self.visible, self._years, self._months

        def add_header(kind: HeaderKind, key: int, label: str, count: int) -> None:
            self._header_rows[(kind, key)] = len(rows)
            if kind == "year":
                self._year_rows.append(len(rows))
            rows.append(~len(headers))
            headers.append(Header(kind, key, label, count))

        start = 0
        while start < len(visible):
            year = years[visible[start]]
            stop = bisect_right(visible, self._year_last[year], lo=start)
            group = visible[start:stop]
            add_header("year", year, str(year), len(group))
            if len(group) <= self.dense_year_events:
                rows.extend(group)
            else:
                # Events known only to the year (or vaguer) come first, then month by month.
                rows.extend([p for p in group if months[p] < 0])
                fine = [p for p in group if months[p] >= 0]
                i = 0
                while i < len(fine):
                    month = months[fine[i]]
                    # Month keys never decrease along the positions of month-exact events.
                    j = bisect_right(fine, self._month_last[month], lo=i)
                    label = f"{calendar.month_name[month % 12 + 1]} {month // 12}"
                    add_header("month", month, label, j - i)
                    rows.extend(fine[i:j])
                    i = j
            start = stop
        self.rows = rows
        self.headers = headers

    # -------------------------------------------------------------- selection

    def _reselect(self) -> None:
        """Keep the selected event if it is still visible, else take the next one in time."""
        visible = self.visible
        if not visible:
            self.selected = self.cursor = None
            return
        if self.selected is None:
            target = visible[0]
        else:
            index = bisect_left(visible, self.selected)
            target = visible[min(index, len(visible) - 1)]
        self.selected = target
        self.cursor = self.rows.index(target)

    def select_row(self, index: int, *, direction: int = 1) -> bool:
        """Select the event on row ``index`` (or the nearest one from a header); True if moved."""
        rows = self.rows
        if not rows:
            return False
        index = max(0, min(index, len(rows) - 1))
        target = self._nearest_event_row(index, direction)
        if target is None or target == self.cursor:
            return False
        self.cursor = target
        self.selected = rows[target]
        return True

    def select_event(self, position: int) -> bool:
        """Select the event at chronological ``position`` if it is visible."""
        try:
            index = self.rows.index(position)
        except ValueError:
            return False
        return self.select_row(index)

    def _nearest_event_row(self, index: int, direction: int) -> int | None:
        rows = self.rows
        step = 1 if direction >= 0 else -1
        for candidate_step in (step, -step):
            i = index
            while 0 <= i < len(rows):
                if rows[i] >= 0:
                    return i
                i += candidate_step
        return None

    def move(self, steps: int) -> bool:
        """Move the selection by ``steps`` events (negative: back in time)."""
        if self.cursor is None or steps == 0:
            return False
        rows, step = self.rows, (1 if steps > 0 else -1)
        target = index = self.cursor
        remaining = abs(steps)
        while remaining and 0 <= index + step < len(rows):
            index += step
            if rows[index] >= 0:
                target = index
                remaining -= 1
        return self.select_row(target)

    def move_rows(self, count: int) -> bool:
        """Move the selection by ``count`` rows (a page), landing on an event."""
        if self.cursor is None:
            return False
        return self.select_row(self.cursor + count, direction=1 if count > 0 else -1)

    def first(self) -> bool:
        return self.select_row(0)

    def last(self) -> bool:
        return self.select_row(len(self.rows) - 1, direction=-1)

    def next_year(self, direction: int = 1) -> bool:
        """Select the first event of the next (or, with -1, the previous) year."""
        if self.cursor is None:
            return False
        current = bisect_right(self._year_rows, self.cursor) - 1
        target = current + (1 if direction > 0 else -1)
        if not 0 <= target < len(self._year_rows):
            return False
        return self.select_row(self._year_rows[target])

    def jump(self, query: DateQuery) -> bool:
        """Select the first event at or after the date the user asked for (or the last one).

        False only when there is no event to select.
        """
        if not self.visible:
            return False
        start = query.start
        header = None
        if query.precision == "year":
            header = self._header_rows.get(("year", start.year))
        elif query.precision == "month":
            header = self._header_rows.get(("month", start.year * 12 + start.month - 1))
        if header is not None:
            self.select_row(header)
            return True
        position = bisect_left(self._ordinals, start.toordinal())
        index = min(bisect_left(self.visible, position), len(self.visible) - 1)
        self.select_event(self.visible[index])
        return True
