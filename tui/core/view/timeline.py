"""The timeline's view model: what the timeline pane shows, and every way of changing it.

Pure Python over :class:`tui.core.model.Analysis`, so it can be tested and measured without a
terminal. A thin facade over parts with one job each:

- :mod:`~tui.core.view.event_index`: the events in display order and the indexes built once;
- :mod:`~tui.core.view.filters`: the position filters (entities, search) and how they combine;
- :mod:`~tui.core.view.rows`: year/month headers and event rows for the visible events;
- :mod:`~tui.core.view.navigation`: the selection, moves and jumps;
- :mod:`~tui.core.view.story_rows`: in the story view, one row per story event instead of one
  per event (the filters still look at the events).

A curation action on one event is patched in (:meth:`TimelineModel.replace_event`: the
index moves that event, the filters and the rows follow) rather than building a new model.

Every filter toggle or search keystroke only slices and bisects integer lists: fast enough for
100,000 events.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from tui.core.model import ENTITY_LABELS, Analysis, DocumentAnalysis, Entity, Event, EventMark
from tui.core.view.date_query import DateQuery
from tui.core.view.event_index import EventIndex, Rank, entity_positions, positions
from tui.core.view.filters import (
    SEARCH_CACHE_SIZE,
    EntityFilter,
    FilterMode,
    MarkFilter,
    TextSearch,
    combine,
)
from tui.core.view.navigation import Navigation
from tui.core.view.opening import story_start
from tui.core.view.row_dates import RowDates
from tui.core.view.row_text import RowDate
from tui.core.view.rows import (
    DENSE_YEAR_EVENTS,
    MONTH_NAMES,
    Header,
    HeaderKind,
    Row,
    RowLayouts,
)
from tui.core.view.story_rows import StoryRows

if TYPE_CHECKING:
    # The stories package loads its language data: the view model only names its types.
    from tui.core.stories import Stories

#: Entity groups of the filter pane, in display order.
ENTITY_GROUPS: tuple[tuple[str, str], ...] = (
    ("PER", "People"),
    ("ORG", "Organisations"),
    ("LOC", "Places"),
    ("MISC", "Other"),
)


class TimelineModel:
    """Everything the timeline pane shows, and every way of changing it."""

    def __init__(
        self,
        analysis: Analysis,
        *,
        dense_year_events: int = DENSE_YEAR_EVENTS,
        stories: Stories | None = None,
    ) -> None:
        """With ``stories``, the rows are story events (the story view), else events."""
        self.analysis = analysis
        self.story_rows = None if stories is None else StoryRows(analysis, stories)
        rows = None if self.story_rows is None else self.story_rows.events
        self.index = EventIndex(analysis, rows)
        self.events: list[Event] = self.index.events
        self.documents: dict[str, DocumentAnalysis] = self.index.documents
        self.entities: dict[str, Entity] = self.index.entities
        self._dates = RowDates(self.events)
        # The filters look at events; in the story view a story matches if a member does.
        filtered = self.events
        by_entity: Mapping[str, array[int]] = self.index.by_entity
        if self.story_rows is not None:
            filtered = self.story_rows.members
            self.story_rows.place({e.id: p for p, e in enumerate(self.events)})
            by_entity = entity_positions(filtered)
        self.entity_filter = EntityFilter(by_entity)
        self.search = TextSearch(filtered, analysis.entities)
        #: In the story view, a story is kept if a member is (see :meth:`_kept_by_filters`).
        self._marked = (
            self.index.find
            if self.story_rows is None
            else {e.id: p for p, e in enumerate(filtered)}.get
        )
        self._marked_total = len(filtered)
        self.mark_filter = MarkFilter(analysis.marks, self._marked, self._marked_total)
        self._layouts = RowLayouts(self.index, dense_year_events)
        self.navigation = Navigation(self.index.ordinals)
        #: Positions of the events shown, ascending.
        self.visible: Sequence[int] = range(0)
        #: Bumped whenever ``rows`` (and so ``visible``) change, so views can drop cached lines.
        self.generation = 0
        self._rebuild()

    # ------------------------------------------------------------- inspection

    @property
    def dense_year_events(self) -> int:
        return self._layouts.dense_year_events

    @property
    def total_events(self) -> int:
        return len(self.events)

    @property
    def visible_events(self) -> int:
        return len(self.visible)

    @property
    def rows(self) -> array[int]:
        return self.navigation.layout.rows

    @property
    def headers(self) -> list[Header]:
        return self.navigation.layout.headers

    @property
    def row_count(self) -> int:
        return len(self.rows)

    @property
    def selected(self) -> int | None:
        return self.navigation.selected

    @property
    def cursor(self) -> int | None:
        return self.navigation.cursor

    @property
    def active_entities(self) -> tuple[str, ...]:
        return self.entity_filter.active

    @property
    def mode(self) -> FilterMode:
        return self.entity_filter.mode

    @property
    def query(self) -> str:
        return self.search.query

    @property
    def is_filtered(self) -> bool:
        return bool(self.entity_filter.active or self.search.words or self.starred_only)

    @property
    def show_hidden(self) -> bool:
        return self.mark_filter.show_hidden

    @property
    def starred_only(self) -> bool:
        return self.mark_filter.starred_only

    def mark(self, event: Event) -> EventMark | None:
        """The reader's marks on ``event`` (hidden, starred, note, originals), if any."""
        return self.analysis.marks.get(event.id)

    def row(self, index: int) -> Row:
        value = self.rows[index]
        if value < 0:
            return Row(header=self.headers[~value])
        return Row(event=self.events[value], position=value)

    def is_event_row(self, index: int) -> bool:
        return 0 <= index < len(self.rows) and self.rows[index] >= 0

    @property
    def selected_event(self) -> Event | None:
        selected = self.navigation.selected
        return None if selected is None else self.events[selected]

    def position(self, event: Event) -> int:
        """The event's chronological position (its index in :attr:`events`)."""
        return self.index.position(event)

    @property
    def is_story_view(self) -> bool:
        """True when the rows are story events (see :mod:`~tui.core.view.story_rows`)."""
        return self.story_rows is not None

    def members(self, event: Event) -> tuple[Event, ...]:
        """The events a row stands for: a story's sources, or the event itself."""
        return (event,) if self.story_rows is None else self.story_rows.members_of(event)

    def source_event(self, event: Event) -> Event:
        """The event whose sentence a row shows (for a story row, that member)."""
        return event if self.story_rows is None else self.story_rows.lead_of(event)

    def source_count(self, event: Event) -> int:
        """How many articles' sentences a row stands for (1 for an event)."""
        return len(self.members(event))

    def happening_position(self, event: Event) -> int | None:
        """The row position of the happening an event (a member, not a story row) belongs to:
        its story's in the story view, its own otherwise. None if it has no row here."""
        row_id = event.id if self.story_rows is None else self.story_rows.story_of(event)
        return self.index.find(row_id)

    def row_date(self, event: Event) -> RowDate:
        """How a row writes the event's date (see :func:`tui.core.view.row_text.row_date`)."""
        return self._dates.row_date(event)

    def date_width(self, room: int) -> int:
        """Characters the dates take when each may use ``room``."""
        return self._dates.date_width(room)

    def document(self, event: Event) -> DocumentAnalysis | None:
        return self.documents.get(event.document)

    def document_index(self, event: Event) -> int:
        """The event's document's place among the open documents (for telling them apart)."""
        return self.index.document_index(event)

    def entity_name(self, entity_id: str) -> str:
        entity = self.entities.get(entity_id)
        return entity.name if entity else entity_id

    def entity_event_count(self, entity_id: str) -> int:
        return self.index.by_entity.count(entity_id)

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
        self.entity_filter.toggle(entity_id)
        self._rebuild()

    def set_entities(self, entity_ids: Iterable[str]) -> None:
        self.entity_filter.set(entity_ids)
        self._rebuild()

    def set_mode(self, mode: FilterMode) -> None:
        if self.entity_filter.set_mode(mode):
            self._rebuild()

    def toggle_mode(self) -> None:
        self.set_mode("all" if self.mode == "any" else "any")

    def clear_filters(self) -> None:
        """Drop the entity filter and the search."""
        self.entity_filter.set(())
        self.search.set("")
        self._rebuild()

    def set_query(self, query: str) -> None:
        """Show only events whose title, sentence or entity names contain every word."""
        self.search.set(query)
        self._rebuild()

    def set_show_hidden(self, show: bool) -> None:
        """Show the hidden events (greyed) or leave them out."""
        self.mark_filter.show_hidden = show
        self._rebuild()

    def set_starred_only(self, starred_only: bool) -> None:
        self.mark_filter.starred_only = starred_only
        self._rebuild()

    def follow(self, source: TimelineModel) -> None:
        """Take the filters and the selection (the same event, by id) of ``source``: the
        model of the same timeline before a curation action."""
        self.entity_filter.set(source.active_entities)
        self.entity_filter.mode = source.mode
        self.search.set(source.query)
        self.mark_filter.show_hidden = source.show_hidden
        self.mark_filter.starred_only = source.starred_only
        self._rebuild()
        selected = source.selected_event
        if selected is not None:
            position = self.index.find(source.source_event(selected).id)
            if position is not None:
                self.select_event(position)

    # --------------------------------------------------------------- curation

    def share_marks(self, marks: dict[str, EventMark]) -> None:
        """Filter by ``marks`` from now on: those of the analysis shown, which curation
        changes in place (this model may have been built on a copy made earlier)."""
        self.analysis = replace(self.analysis, marks=marks)
        self.marks_changed()

    def marks_changed(self, *, rows_changed: bool = True) -> None:
        """The reader's marks in :attr:`analysis` changed (hidden, starred, a note);
        ``rows_changed``: whether anything else changed the rows too (else, when the marks
        keep the events they kept, the rows stay as they are)."""
        previous = self.mark_filter
        self.mark_filter = MarkFilter(self.analysis.marks, self._marked, self._marked_total).follow(
            previous
        )
        if rows_changed or not self.mark_filter.keeps_as(previous):
            self._rebuild()

    def replace_event(self, before: Event, after: Event, rank: Rank | None = None) -> None:
        """Curation changed the event ``before`` (an event row, not a story) into ``after``
        (the same id; its marks are in :attr:`analysis`): its row, its place, the filters and
        the indexes follow, at the cost of the rows it moved past (the selection stays on
        the same event). ``rank``: see :meth:`EventIndex.place`."""
        old = self.index.find(before.id)
        if old is None or self.story_rows is not None:
            raise ValueError(f"not an event row of this timeline: {before.id!r}")
        selected = self.selected_event
        new = self.index.place(old, after, rank)
        self._dates.replace(before.date, after.date)
        if after.title != before.title or new != old:
            self.search.replace(old, new, after)
        moved = new != old or after.date != before.date
        if moved:  # the unfiltered rows changed too
            self._layouts = RowLayouts(self.index, self._layouts.dense_year_events)
        if selected is not None:
            self.navigation.selected = self.index.find(selected.id)
        # A new title may change what a search keeps; a star or a note changes no row.
        self.marks_changed(rows_changed=moved or after.title != before.title)

    def replace_entities(
        self,
        changes: Iterable[tuple[Event, Event]],
        entities: list[Entity],
        documents: Iterable[DocumentAnalysis],
        renamed: Iterable[str],
    ) -> None:
        """Curation changed the entities (an event row timeline, not stories): these are
        ``entities`` now, of which ``renamed`` (ids) changed, came or went; each event
        ``before`` of ``changes`` is ``after`` (the same id and date), ``documents`` have
        other mentions. The rows stay where they are; the entity lists, the search and
        the filters follow, at the cost of the events that name those entities."""
        if self.story_rows is not None:
            raise ValueError("the story view is built again, not patched")
        index = self.index
        changed = index.replace_entities(changes, entities, documents)
        self.analysis = replace(
            self.analysis, entities=entities, documents=list(index.documents.values())
        )
        by_entity, renamed = index.by_entity, set(renamed)
        named = {p for e in renamed if e in by_entity for p in by_entity[e]}
        self.search.rename(self.entities, renamed, named.union(changed))
        self._rebuild()

    def _kept_by_filters(self) -> list[Sequence[int] | None]:
        """What each position filter keeps (None: every event). A new filter joins here."""
        kept = [self.entity_filter.kept(), self.search.kept(), self.mark_filter.kept()]
        if self.story_rows is None:
            return kept
        return [self.story_rows.rows_of(k) for k in kept]

    def _rebuild(self) -> None:
        self.visible = combine(len(self.events), *self._kept_by_filters())
        self.navigation.show(self.visible, self._layouts.layout(self.visible))
        self.generation += 1

    # ------------------------------------------------------------- navigation

    def select_row(self, index: int, *, direction: int = 1) -> bool:
        """Select the event on row ``index`` (or the nearest one from a header); True if moved."""
        return self.navigation.select_row(index, direction=direction)

    def select_event(self, position: int) -> bool:
        """Select the event at chronological ``position`` if it is visible."""
        return self.navigation.select_event(position)

    def select_story_start(self) -> bool:
        """Select the first event of the corpus's story when the events before it are
        history its articles recall (:mod:`.opening`); True if the selection moved."""
        start = story_start([event.date for event in self.events], len(self.documents))
        return start is not None and self.select_event(start)

    def move(self, steps: int) -> bool:
        """Move the selection by ``steps`` events (negative: back in time)."""
        return self.navigation.move(steps)

    def move_rows(self, count: int) -> bool:
        """Move the selection by ``count`` rows (a page), landing on an event."""
        return self.navigation.move_rows(count)

    def first(self) -> bool:
        return self.navigation.first()

    def last(self) -> bool:
        return self.navigation.last()

    def next_year(self, direction: int = 1) -> bool:
        """Select the first event of the next (or, with -1, the previous) year."""
        return self.navigation.next_year(direction)

    def jump(self, query: DateQuery) -> bool:
        """Select the first event at or after the date asked for (or the last one)."""
        return self.navigation.jump(query)


__all__ = [
    "DENSE_YEAR_EVENTS",
    "ENTITY_GROUPS",
    "MONTH_NAMES",
    "SEARCH_CACHE_SIZE",
    "FilterMode",
    "Header",
    "HeaderKind",
    "Row",
    "TimelineModel",
    "positions",
]
