"""The timeline's view model: rows, grouping, entity filters, search, selection, jumps.

Pure Python over :class:`tui.core.model.Analysis`, so it can be tested and measured without a
terminal. Built once per analysis (the indexes below are precomputed), then every filter
toggle or search keystroke only slices and bisects integer lists: fast enough for 100,000
events.

Rows are the timeline's lines: year headers, month headers (only in years with many events)
and events. ``rows`` holds an event's *position* (>= 0, its index in :attr:`events`) or ``~i``
for ``headers[i]``, so the whole list is a compact list of ints. :attr:`events` is in the order
a dense year shows them: by year, then the events vaguer than a month, then month by month,
each in time order. So every year, and every month, is one run of positions, and rows are
built from slices of the sorted visible positions.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from tui.core.model import ENTITY_LABELS, Analysis, DocumentAnalysis, Entity, Event, EventDate
from tui.core.view.date_query import DateQuery
from tui.core.view.row_text import RowDate, row_date

FilterMode = Literal["any", "all"]
HeaderKind = Literal["year", "month"]

#: Month headers (in English, like every label; calendar.month_name depends on the locale and
#: costs a strftime per call).
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")  # fmt: skip

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


def _spellings(entity: Entity) -> str:
    """An entity's name and those of its aliases that the name does not already contain."""
    name = entity.name.casefold()
    aliases = [a.casefold() for a in entity.aliases]
    return " ".join(dict.fromkeys([name, *(a for a in aliases if a not in name)]))


def positions(values: Iterable[int] = ()) -> array[int]:
    """A compact list of ints. Arrays hold no references, so the garbage collector never
    walks them: with lists of 100,000 positions its full passes took tens of milliseconds."""
    return array("i", values)


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


def _display_key(event: Event) -> tuple[object, ...]:
    """Where an event goes in :attr:`TimelineModel.events`: year, vaguer-than-a-month first,
    then time."""
    return (event.date.earliest.year, _month_key(event) >= 0, event.date.sort_key)


#: Rows, headers, rows of the year headers, their years, and the row of each header by key.
_Layout = tuple["array[int]", list[Header], list[int], list[int], dict[tuple[HeaderKind, int], int]]


@dataclass(frozen=True, slots=True)
class _YearRun:
    """A year's run of positions: ``[start, fine)`` vaguer than a month, then months."""

    year: int
    start: int
    fine: int
    end: int
    #: (month key, start, end) of each month with events, in order.
    months: tuple[tuple[int, int, int], ...]


class TimelineModel:
    """Everything the timeline pane shows, and every way of changing it."""

    def __init__(self, analysis: Analysis, *, dense_year_events: int = DENSE_YEAR_EVENTS) -> None:
        self.analysis = analysis
        self.dense_year_events = dense_year_events
        # A stable sort keeps the pipeline's document order among events of equal dates.
        self.events: list[Event] = sorted(analysis.events, key=_display_key)
        self.documents: dict[str, DocumentAnalysis] = {d.document.id: d for d in analysis.documents}
        self._document_index = {doc_id: i for i, doc_id in enumerate(self.documents)}
        self.entities: dict[str, Entity] = {e.id: e for e in analysis.entities}

        events = self.events
        self._ordinals = positions(e.date.earliest.toordinal() for e in events)
        # Rank of each position in plain time order (a sparse year lists its events by it).
        times = [e.date.sort_key for e in events]
        by_time = sorted(range(len(events)), key=times.__getitem__)
        self._time_rank = positions([0]) * len(events)
        for rank, position in enumerate(by_time):
            self._time_rank[position] = rank
        self._runs = self._year_runs()
        self._by_entity: dict[str, array[int]] = {}
        for position, event in enumerate(events):
            for entity_id in dict.fromkeys(event.entities):
                self._by_entity.setdefault(entity_id, positions()).append(position)
        self._haystacks = self._build_haystacks()
        self._positions = {e.id: p for p, e in enumerate(events)}
        # Dates repeat a lot: each distinct one is written once.
        self._row_dates: dict[EventDate, RowDate] = {}
        for event in events:
            if event.date not in self._row_dates:
                self._row_dates[event.date] = row_date(event.date)
        self._date_widths: dict[int, int] = {}

        self.active_entities: tuple[str, ...] = ()
        self.mode: FilterMode = "any"
        self.query = ""
        self._search_words: tuple[str, ...] = ()
        self._search_result: array[int] | None = None
        self._search_cache: dict[tuple[str, ...], array[int]] = {}

        #: Positions of the events shown, ascending.
        self.visible: Sequence[int] = range(0)
        self.rows: array[int] = positions()
        self.headers: list[Header] = []
        self._unfiltered: _Layout | None = None
        #: Rows of the year headers, and their years.
        self._year_rows: list[int] = []
        self._row_years: list[int] = []
        self._header_rows: dict[tuple[HeaderKind, int], int] = {}
        #: Bumped whenever ``rows`` change, so views can drop cached lines.
        self.generation = 0
        self.selected: int | None = None
        self.cursor: int | None = None
        self._rebuild()

    # ----------------------------------------------------------------- indexes

    def _year_runs(self) -> list[_YearRun]:
        runs: list[_YearRun] = []
        events, start = self.events, 0
        while start < len(events):
            year = events[start].date.earliest.year
            end, fine = start, None
            months: list[tuple[int, int, int]] = []
            while end < len(events) and events[end].date.earliest.year == year:
                month = _month_key(events[end])
                if month >= 0:
                    if fine is None:
                        fine = end
                    if months and months[-1][0] == month:
                        months[-1] = (month, months[-1][1], end + 1)
                    else:
                        months.append((month, end, end + 1))
                end += 1
            runs.append(_YearRun(year, start, end if fine is None else fine, end, tuple(months)))
            start = end
        return runs

    def _build_haystacks(self) -> list[str]:
        """What search looks in, per event: its sentence, its title (unless the sentence holds
        it) and its entities' names. Kept short, since every keystroke may scan them all."""
        names = {e.id: _spellings(e) for e in self.analysis.entities}
        haystacks = []
        for event in self.events:
            text = event.text.casefold()
            parts = [text]
            title = event.title.casefold()
            if title.rstrip("…. ") not in text:
                parts.append(title)
            parts.extend(names.get(entity_id, "") for entity_id in dict.fromkeys(event.entities))
            haystacks.append("\n".join(parts))
        return haystacks

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
        """How a row writes the event's date (see :func:`tui.core.view.row_text.row_date`)."""
        written = self._row_dates.get(event.date)
        return written if written is not None else row_date(event.date)

    def date_width(self, room: int) -> int:
        """Characters the dates take when each may use ``room``: the longest variant that the
        rows would write (a date column needs no more)."""
        width = self._date_widths.get(room)
        if width is None:
            written = (len(d.fitting(room)) for d in self._row_dates.values())
            width = self._date_widths[room] = min(room, max(written, default=0))
        return width

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
        result = positions(candidates or ())
        for word in words:
            result = positions([p for p in result if word in haystacks[p]])
        if len(self._search_cache) >= SEARCH_CACHE_SIZE:
            self._search_cache.clear()
        self._search_cache[words] = result
        self._search_result = result

    def _entity_positions(self) -> array[int] | None:
        if not self.active_entities:
            return None
        lists = [self._by_entity.get(e, positions()) for e in self.active_entities]
        if len(lists) == 1:
            return lists[0]
        if self.mode == "any":
            return positions(sorted(set().union(*lists)))
        lists.sort(key=len)
        common = set(lists[0]).intersection(*lists[1:])
        return positions([p for p in lists[0] if p in common])

    # ------------------------------------------------------------------- rows

    def _rebuild(self) -> None:
        by_entity = self._entity_positions()
        by_text = self._search_result
        visible: Sequence[int]
        if by_entity is None:
            visible = range(len(self.events)) if by_text is None else by_text
        elif by_text is None:
            visible = by_entity
        else:
            small, large = sorted((by_entity, by_text), key=len)
            keep = set(small)
            visible = positions([p for p in large if p in keep])
        self.visible = visible
        self._build_rows()
        self.generation += 1
        self._reselect()

    def _build_rows(self) -> None:
        unfiltered = isinstance(self.visible, range)
        if unfiltered and self._unfiltered is not None:
            # No filter: the rows are always the same (clearing a filter is common).
            layout = self._unfiltered
        else:
            layout = self._layout()
            if unfiltered:
                self._unfiltered = layout
        self.rows, self.headers, self._year_rows, self._row_years, self._header_rows = layout

    def _layout(self) -> _Layout:
        """The rows (and where their headers are) for the visible events."""
        rows = positions()
        headers: list[Header] = []
        year_rows: list[int] = []
        row_years: list[int] = []
        header_rows: dict[tuple[HeaderKind, int], int] = {}
        visible = self.visible

        def add_header(kind: HeaderKind, key: int, label: str, count: int) -> None:
            header_rows[(kind, key)] = len(rows)
            if kind == "year":
                year_rows.append(len(rows))
                row_years.append(key)
            rows.append(~len(headers))
            headers.append(Header(kind, key, label, count))

        lo = 0
        for run in self._runs:
            start = bisect_left(visible, run.start, lo)
            lo = bisect_left(visible, run.end, start)
            if start == lo:
                continue
            add_header("year", run.year, str(run.year), lo - start)
            if lo - start <= self.dense_year_events:
                rows.extend(sorted(visible[start:lo], key=self._time_rank.__getitem__))
                continue
            # Events known only to the year (or vaguer) come first, then month by month.
            fine = bisect_left(visible, run.fine, start, lo)
            rows.extend(visible[start:fine])
            for month, month_start, month_end in run.months:
                first = bisect_left(visible, month_start, fine, lo)
                fine = bisect_left(visible, month_end, first, lo)
                if first < fine:
                    label = f"{MONTH_NAMES[month % 12]} {month // 12}"
                    add_header("month", month, label, fine - first)
                    rows.extend(visible[first:fine])
        return rows, headers, year_rows, row_years, header_rows

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
        # The first event at or after the date: in its year (rows there are in time order,
        # apart from the vaguer ones of a dense year), else the first of a later year.
        target = start.toordinal()
        ends = [*self._year_rows[1:], len(self.rows)]
        for index in range(bisect_left(self._row_years, start.year), len(self._year_rows)):
            later = self._row_years[index] > start.year
            for row in range(self._year_rows[index] + 1, ends[index]):
                position = self.rows[row]
                if position >= 0 and (later or self._ordinals[position] >= target):
                    self.select_row(row)
                    return True
        self.last()
        return True
