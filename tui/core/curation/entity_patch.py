"""An entity action's effect on a curated analysis, in place: what :func:`.apply.curate`
would give, at the cost of the events and documents that mention the entities whose
curated identity changed (merged, removed, or back again), not of every event.

The entity list itself is curated again from every entity action (a pass over the
entities, not the events); an analysed entity id whose curated id did not change leaves
every event and mention that names it as it was.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from tui.core.curation.actions import Action
from tui.core.curation.apply import (
    EntityStage,
    EventKeyIndex,
    entity_actions,
    event_states,
    with_entities,
    with_mentions,
)
from tui.core.curation.entities import EntityCuration, NameIndex, curate_entities
from tui.core.curation.keys import EventKey
from tui.core.curation.patch import EventChange, curated_at, find_event
from tui.core.model import Analysis, DocumentAnalysis, Entity


@dataclass(frozen=True, slots=True)
class EntityUses:
    """Where each analysed entity is named: the events (positions in the analysis's
    events) and documents (positions in its documents). Made once per analysis."""

    events: dict[str, list[int]]
    documents: dict[str, list[int]]

    @classmethod
    def of(cls, analysis: Analysis) -> EntityUses:
        # (An entity named twice by one event is listed twice: the users take sets.)
        events: defaultdict[str, list[int]] = defaultdict(list)
        for at, event in enumerate(analysis.events):
            for entity_id in event.entities:
                events[entity_id].append(at)
        documents: defaultdict[str, list[int]] = defaultdict(list)
        for at, item in enumerate(analysis.documents):
            for entity_id in {mention.entity for mention in item.mentions}:
                documents[entity_id].append(at)
        return cls(dict(events), dict(documents))


@dataclass(frozen=True, slots=True)
class EntityChange:
    """What entity actions (made or undone) changed in a curated analysis."""

    #: The curated entities now (the whole list).
    entities: list[Entity]
    #: Ids of the curated entities that changed, came or went (name, aliases, label, count).
    changed: frozenset[str]
    #: The events whose entity lists changed (each at the same place: dates do not change).
    events: list[EventChange]
    #: The documents whose mentions changed, as they are now.
    documents: list[DocumentAnalysis]


def restage(
    original: Analysis,
    old: EntityStage,
    actions: list[Action],
    uses: EntityUses,
    names: NameIndex | None = None,
) -> tuple[EntityStage, list[int], list[int]]:
    """The :class:`EntityStage` of ``actions`` (what :func:`.apply.entity_stage` gives),
    from ``old`` by changing only what names an entity whose curated id changed; with the
    positions of the events and documents changed. ``names``: the :class:`NameIndex` of
    the analysed entities, if made."""
    chosen = entity_actions(actions)
    curation = curate_entities(original.entities, chosen, names)
    moved = _moved_ids(old.curation, curation)
    at_events = sorted({at for e in moved for at in uses.events.get(e, ())})
    at_documents = sorted({at for e in moved for at in uses.documents.get(e, ())})
    events, documents = list(old.events), list(old.documents)
    for at in at_events:
        events[at] = with_entities(original.events[at], curation)
    for at in at_documents:
        documents[at] = with_mentions(original.documents[at], curation)
    stage = EntityStage(tuple(a.id for a in chosen), curation, documents, events)
    return stage, at_events, at_documents


def _moved_ids(old: EntityCuration, new: EntityCuration) -> set[str]:
    """The analysed entity ids that count as another curated entity (or none) now."""
    ids = old.moved.keys() | new.moved.keys()
    return {e for e in ids if old.entity_of(e) != new.entity_of(e)}


def patch_entities(
    curated: Analysis,
    original: Analysis,
    index: EventKeyIndex,
    keys: Mapping[str, EventKey],
    old: EntityStage,
    new: EntityStage,
    at_events: Collection[int],
    at_documents: Collection[int],
    actions: list[Action],
) -> EntityChange:
    """Take ``curated`` (curated with stage ``old``) to stage ``new`` (``at_events`` and
    ``at_documents``: what changed between them, see :func:`restage`), the events' own
    actions being ``actions``; ``keys``: each event's key by id."""
    before = {e.id: e for e in curated.entities}
    after = {e.id: e for e in new.curation.entities}
    # (Most are the same objects: comparing them field by field took milliseconds.)
    changed = frozenset(
        e
        for e in before.keys() | after.keys()
        if before.get(e) is not after.get(e) and before.get(e) != after.get(e)
    )
    states = event_states(actions)
    now = [
        curated_at(original, index, new, at, states.get(keys[original.events[at].id]))[0]
        for at in at_events
    ]
    events = curated.events
    changes: list[EventChange] = []
    if len(now) * 20 > len(events):  # many: one pass rather than a search each
        by_id = {event.id: event for event in now}
        for place, event in enumerate(events):
            if (replacement := by_id.get(event.id)) is not None:
                changes.append(EventChange(event, replacement))
                events[place] = replacement
    else:
        for event in now:
            place = find_event(events, event, index)
            changes.append(EventChange(events[place], event))
            events[place] = event
    curated.entities = new.curation.entities
    curated.documents = list(new.documents)
    documents = [new.documents[at] for at in at_documents]
    return EntityChange(new.curation.entities, changed, changes, documents)
