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

from collections.abc import Iterable, Iterator, Sequence
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
class _EventState:
    hidden: bool = False
    starred: bool = False
    note: str | None = None
    title: str | None = None
    date: str | None = None


def curate(analysis: Analysis, actions: Sequence[Action]) -> Curated:
    """``analysis`` with ``actions`` applied, in their order."""
    keys = document_keys(analysis.documents)
    entities = curate_entities(analysis.entities, _entity_actions(actions))
    states = _event_states(actions)
    dcts = {item.document.id: item.document.dct for item in analysis.documents}
    found: set[EventKey] = set()
    events: list[Event] = []
    marks: dict[str, EventMark] = {}
    for key, event in keyed_events(analysis.events, keys):
        found.add(key)
        event_curated, mark = _curated_event(event, states.get(key), entities, dcts[event.document])
        events.append(event_curated)
        if mark is not None:
            marks[event.id] = mark
    if any(state.date is not None for state in states.values()):
        order = {item.document.id: i for i, item in enumerate(analysis.documents)}
        events.sort(key=lambda e: (*e.date.sort_key, order[e.document], e.start))
    documents = [_with_mentions(item, entities) for item in analysis.documents]
    curated = replace(
        analysis,
        documents=documents,
        entities=entities.entities,
        events=events,
        warnings=list(analysis.warnings),
        failures=list(analysis.failures),
        marks={**analysis.marks, **marks},
    )
    return Curated(curated, orphans(actions, entities, found, set(keys.values())))


def curate_stream(
    entities: Sequence[Entity], parts: Iterable[DocumentEvents], actions: Sequence[Action]
) -> tuple[list[Entity], Iterator[DocumentEvents]]:
    """As :func:`curate`, for an analysis given document by document (its parts are
    curated as they are read). The events keep the order of their document; orphans are
    not reported."""
    curation = curate_entities(entities, _entity_actions(actions))
    states = _event_states(actions)

    def curated_parts() -> Iterator[DocumentEvents]:
        for part in parts:
            document = part.item.document
            keys = {document.id: content_key(document.text)}
            events = []
            for key, event in keyed_events(part.events, keys):
                curated, _ = _curated_event(event, states.get(key), curation, document.dct)
                events.append(curated)
            yield DocumentEvents(_with_mentions(part.item, curation), events)

    return curation.entities, curated_parts()


def orphans(
    actions: Sequence[Action],
    entities: EntityCuration,
    found: set[EventKey],
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


def _with_mentions(item: DocumentAnalysis, entities: EntityCuration) -> DocumentAnalysis:
    """``item`` with its mentions pointing to the curated entities (itself if none moved)."""
    mentions = entities.mentions(item.mentions)
    return item if mentions is item.mentions else replace(item, mentions=mentions)


def _entity_actions(actions: Iterable[Action]) -> list[EntityAction]:
    return [a for a in actions if not isinstance(a, EVENT_ACTIONS)]


def _event_states(actions: Iterable[Action]) -> dict[EventKey, _EventState]:
    """What the event actions, one after the other, leave each event with."""
    states: dict[EventKey, _EventState] = {}
    for action in actions:
        if isinstance(action, EVENT_ACTIONS):
            _fold(states.setdefault(action.event, _EventState()), action)
    return states


def _fold(state: _EventState, action: EventAction) -> None:
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


def _curated_event(
    event: Event, state: _EventState | None, entities: EntityCuration, dct: str | None
) -> tuple[Event, EventMark | None]:
    entity_ids = entities.event_entities(event.entities)
    if state is None:
        if entity_ids is event.entities:
            return event, None
        return replace(event, entities=entity_ids), None
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
