"""Curation applied to an analysis: a new, curated analysis; the original is not changed.

The curated analysis has the edited titles and dates on its events (in time order again),
the marks (hidden, starred, note, the originals of what was edited) in
:attr:`Analysis.marks`, and the entities as merged, renamed, relabelled or removed, with
the documents' mentions and the events' entity lists following them. What the curation did
not change is shared with the original, never copied.

An action whose target has gone is kept and reported as an orphan, but only where it could
apply: an event action while its article is open, an entity action while the article it
was made from (its ``anchor``) is open, or always when it names none.
"""

from __future__ import annotations

import bisect
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace

from tui.core.curation.actions import (
    EVENT_ACTIONS,
    Action,
    ChangeDate,
    EditTitle,
    EntityAction,
    EventAction,
    SetHidden,
    SetNote,
    SetStarred,
)
from tui.core.curation.dates import event_date
from tui.core.curation.entities import EntityCuration, curate_entities
from tui.core.curation.keys import EventKey, content_key, document_keys, keyed_events
from tui.core.model import Analysis, DocumentAnalysis, DocumentEvents, Entity, Event, EventMark


@dataclass(slots=True)
class Curated:
    analysis: Analysis
    #: Actions whose target is not in the analysis, in the order they were made.
    orphans: list[Action] = field(default_factory=list)


@dataclass(slots=True)
class EventState:
    hidden: bool = False
    starred: bool = False
    note: str | None = None
    title: str | None = None
    date: str | None = None


@dataclass(frozen=True, slots=True)
class EventKeyIndex:
    """Where each event of an analysis is, by key: computed once per analysis, so that an
    action costs what it changes, not the whole analysis again."""

    #: Content key by document id.
    documents: dict[str, str]
    #: Position in ``analysis.events`` by event key.
    positions: dict[EventKey, int]
    #: Position in ``analysis.documents`` by document id (the events' order on a tie).
    order: dict[str, int]
    #: Position in ``analysis.events`` by event id (the last tie-break of the curated order).
    by_id: dict[str, int]

    @classmethod
    def of(cls, analysis: Analysis) -> EventKeyIndex:
        keys = document_keys(analysis.documents)
        positions = {key: i for i, (key, _) in enumerate(keyed_events(analysis.events, keys))}
        order = {item.document.id: i for i, item in enumerate(analysis.documents)}
        by_id = {event.id: i for i, event in enumerate(analysis.events)}
        return cls(keys, positions, order, by_id)

    def time_order(self, event: Event) -> tuple[object, ...]:
        """Where ``event`` (an event of the analysis, curated or not) goes in a curated
        analysis's events: by date, article, sentence, and on a tie where the analyser put
        it. A total order, so a curated analysis has one order however it was reached (all
        actions at once, or one at a time, :mod:`.session`)."""
        return (*event.date.sort_key, self.order[event.document], event.start, self.by_id[event.id])


@dataclass(frozen=True, slots=True)
class EntityStage:
    """An analysis's entities, documents and events after the entity actions: what event
    actions start from (kept by a session while only event actions come)."""

    actions: tuple[str, ...]  # the ids of the entity actions applied
    curation: EntityCuration
    documents: list[DocumentAnalysis]
    events: list[Event]


def entity_stage(analysis: Analysis, actions: Sequence[Action]) -> EntityStage:
    chosen = entity_actions(actions)
    curation = curate_entities(analysis.entities, chosen)
    events = analysis.events
    if curation.moved:
        events = [with_entities(event, curation) for event in events]
    documents = [with_mentions(item, curation) for item in analysis.documents]
    return EntityStage(tuple(a.id for a in chosen), curation, documents, events)


def curate(
    analysis: Analysis,
    actions: Sequence[Action],
    index: EventKeyIndex | None = None,
    stage: EntityStage | None = None,
) -> Curated:
    """``analysis`` with ``actions`` applied, in their order; ``index``: its
    :class:`EventKeyIndex`, ``stage``: its :class:`EntityStage` for these actions, if known
    (without actions, no index is made)."""
    if index is None and actions:
        index = EventKeyIndex.of(analysis)
    stage = stage or entity_stage(analysis, actions)
    entities = stage.curation
    states = event_states(actions)
    events = list(stage.events)
    marks: dict[str, EventMark] = {}
    redated: list[int] = []
    for key, state in states.items():
        assert index is not None  # (there are actions)
        at = index.positions.get(key)
        if at is None:
            continue
        original = analysis.events[at]
        dct = analysis.documents[index.order[original.document]].document.dct
        events[at], mark = curated_event(original, state, entities, dct)
        if mark is not None:
            marks[original.id] = mark
        if events[at].date is not original.date:
            redated.append(at)
    if redated:
        assert index is not None
        events = _resorted(events, redated, index)
    curated = replace(
        analysis,
        documents=list(stage.documents),
        entities=entities.entities,
        events=events,
        warnings=list(analysis.warnings),
        failures=list(analysis.failures),
        marks={**analysis.marks, **marks},
    )
    if index is None:  # no actions: nothing to look up, and no pass over every event
        return Curated(curated, [])
    present = set(index.documents.values())
    return Curated(curated, orphans(actions, entities, index.positions.keys(), present))


def _resorted(events: list[Event], moved: list[int], index: EventKeyIndex) -> list[Event]:
    """``events`` (in time order but at ``moved``) in time order: the moved ones taken out
    and put back where their new dates go (:meth:`EventKeyIndex.time_order`)."""
    taken = set(moved)
    placed = [event for i, event in enumerate(events) if i not in taken]
    for at in moved:
        bisect.insort(placed, events[at], key=index.time_order)
    return placed


@dataclass(slots=True)
class CuratedStream:
    """A curated analysis given document by document: :attr:`parts` (consumed once)
    fills :attr:`marks` with each document's marks before it gives the document out, and
    :attr:`orphans` once the last document is given out."""

    entities: list[Entity]
    parts: Iterator[DocumentEvents]
    marks: dict[str, EventMark]
    #: As :attr:`Curated.orphans`, over all the parts: known when they are all read.
    orphans: list[Action] = field(default_factory=list)


def curate_stream(
    entities: Sequence[Entity], parts: Iterable[DocumentEvents], actions: Sequence[Action]
) -> CuratedStream:
    """As :func:`curate`, for an analysis given document by document (its parts are
    curated as they are read, each one's events in time order); the orphans are counted
    over the whole stream."""
    curation = curate_entities(entities, entity_actions(actions))
    states = event_states(actions)
    marks: dict[str, EventMark] = {}
    found: set[EventKey] = set()  # only the keys an action names: the stream may be long
    documents: set[str] = set()

    def curated_parts() -> Iterator[DocumentEvents]:
        for part in parts:
            document = part.item.document
            keys = {document.id: content_key(document.text)}
            documents.add(keys[document.id])
            events = []
            for key, event in keyed_events(part.events, keys):
                state = states.get(key)
                if state is None:
                    events.append(with_entities(event, curation))
                    continue
                found.add(key)
                curated, mark = curated_event(event, state, curation, document.dct)
                events.append(curated)
                if mark is not None:
                    marks[event.id] = mark
            events.sort(key=lambda e: (*e.date.sort_key, e.start))
            yield DocumentEvents(with_mentions(part.item, curation), events)
        stream.orphans[:] = orphans(actions, curation, found, documents)

    stream = CuratedStream(curation.entities, curated_parts(), marks)
    return stream


def orphans(
    actions: Sequence[Action],
    entities: EntityCuration,
    found: Collection[EventKey],
    documents: set[str],
) -> list[Action]:
    """The actions that could apply to an analysis of ``documents`` (content keys) but
    whose target is not there."""
    missing = {id(action) for action in entities.missing}
    gone: list[Action] = []
    for action in actions:
        if isinstance(action, EVENT_ACTIONS):
            if action.event.document in documents and action.event not in found:
                gone.append(action)
        elif id(action) in missing and (action.anchor is None or action.anchor in documents):
            gone.append(action)
    return gone


def with_mentions(item: DocumentAnalysis, entities: EntityCuration) -> DocumentAnalysis:
    """``item`` with its mentions pointing to the curated entities (itself if none moved)."""
    if not entities.moved:  # (and its mentions are not read: they may be still undecoded)
        return item
    mentions = entities.mentions(item.mentions)
    return item if mentions is item.mentions else replace(item, mentions=mentions)


def entity_actions(actions: Iterable[Action]) -> list[EntityAction]:
    return [a for a in actions if not isinstance(a, EVENT_ACTIONS)]


def event_states(actions: Iterable[Action]) -> dict[EventKey, EventState]:
    """What the event actions, one after the other, leave each event with."""
    states: dict[EventKey, EventState] = {}
    for action in actions:
        if isinstance(action, EVENT_ACTIONS):
            fold(states.setdefault(action.event, EventState()), action)
    return states


def fold(state: EventState, action: EventAction) -> None:
    if isinstance(action, SetHidden):
        state.hidden = action.hidden
    elif isinstance(action, SetStarred):
        state.starred = action.starred
    elif isinstance(action, SetNote):
        state.note = action.note
    elif isinstance(action, EditTitle):
        state.title = action.title
    elif isinstance(action, ChangeDate):
        state.date = action.value


def with_entities(event: Event, entities: EntityCuration) -> Event:
    moved = entities.event_entities(event.entities)
    return event if moved is event.entities else replace(event, entities=moved)


def curated_event(
    event: Event, state: EventState, entities: EntityCuration, dct: str | None
) -> tuple[Event, EventMark | None]:
    entity_ids = entities.event_entities(event.entities)
    date = None if state.date is None else event_date(state.date, event.date, dct)
    mark = EventMark(
        hidden=state.hidden,
        starred=state.starred,
        note=state.note,
        original_title=None if state.title is None else event.title,
        original_date=None if date is None else event.date,
    )
    curated = replace(
        event,
        entities=entity_ids,
        title=event.title if state.title is None else state.title,
        date=date or event.date,
    )
    return curated, (None if mark == EventMark() else mark)
