"""A reader's curation of one analysis, as a UI works with it: make an action (saved at
once), undo and redo it, see what changed and what no longer applies.

The undo stack is this session's own: undo takes back this session's last action (in the
file too), never another run's. Another run's actions are seen on :meth:`reload`.

An event action (made, undone or redone) changes the curated analysis in place, at the cost
of its one event (:mod:`.patch`), and says what it changed (:attr:`last_change`) so that a
view can follow just as cheaply; an entity action (made, undone or redone) curates the
entities again and changes the events and documents that name those whose curated identity
changed (:mod:`.entity_patch`), and says so too.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from tui.core.curation.actions import (
    EVENT_ACTIONS,
    Action,
    ChangeDate,
    EditTitle,
    EventAction,
    MergeEntities,
    RelabelEntity,
    RemoveEntity,
    RenameEntity,
    SetHidden,
    SetNote,
    SetStarred,
)
from tui.core.curation.apply import EventKeyIndex, curate, entity_stage, orphans
from tui.core.curation.dates import date_value
from tui.core.curation.entities import NameIndex
from tui.core.curation.entity_patch import EntityChange, EntityUses, patch_entities, restage
from tui.core.curation.keys import EventKey
from tui.core.curation.patch import EventChange, patch_event
from tui.core.curation.storage import CurationStore
from tui.core.model import ENTITY_LABELS, Analysis, Entity


class NotADate(ValueError):
    """What the reader typed as a date is none."""


@dataclass(slots=True)
class _Stacks:
    undo: list[Action]
    redo: list[Action]


class CurationSession:
    """The curation of ``analysis`` (as the analyser made it) kept in ``store`` (None: in
    memory only)."""

    def __init__(self, analysis: Analysis, store: CurationStore | None = None) -> None:
        self.original = analysis
        self.store = store
        self._stacks = _Stacks([], [])
        self._actions: list[Action] = store.actions() if store is not None else []
        self._stage = entity_stage(analysis, self._actions)
        # The index (a pass over every event) waits for the first action when there is none.
        index = self._index if self._actions else None
        self._result = curate(analysis, self._actions, index, self._stage)
        #: What the last action, undo or redo that did something changed: one event, the
        #: entities, or (None) anything (an undo with nothing to undo leaves it as it was).
        self.last_change: EventChange | EntityChange | None = None

    @cached_property
    def _index(self) -> EventKeyIndex:
        return EventKeyIndex.of(self.original)

    @cached_property
    def _event_keys(self) -> dict[str, EventKey]:
        events = self.original.events
        return {events[i].id: key for key, i in self._index.positions.items()}

    @cached_property
    def _uses(self) -> EntityUses:
        return EntityUses.of(self.original)

    @cached_property
    def _names(self) -> NameIndex:
        return NameIndex.of(self.original.entities)

    @cached_property
    def _present(self) -> set[str]:
        return set(self._index.documents.values())

    # ------------------------------------------------------------------ reading

    @property
    def analysis(self) -> Analysis:
        """The curated analysis."""
        return self._result.analysis

    def actions(self) -> list[Action]:
        """Every action in effect, in the order they were made."""
        return list(self._actions)

    def orphans(self) -> list[Action]:
        """Actions kept but no longer applying: their event or entity has gone."""
        return list(self._result.orphans)

    @property
    def problems(self) -> list[str]:
        return [] if self.store is None else list(self.store.problems)

    @property
    def can_undo(self) -> bool:
        return bool(self._stacks.undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._stacks.redo)

    def key_of(self, event_id: str) -> EventKey:
        """The key of an event of the analysis (curated or not: ids are the same)."""
        return self._event_keys[event_id]

    # ------------------------------------------------------------------ changing

    def apply(self, action: Action) -> Analysis:
        """Make ``action`` (saved at once); the curated analysis."""
        if self.store is not None:
            self.store.add([action])
        self._stacks.undo.append(action)
        self._stacks.redo.clear()
        self._change([*self._actions, action])
        return self.analysis

    def undo(self) -> Action | None:
        """Take back this session's last action; the action, or None if there is none."""
        if not self._stacks.undo:
            return None
        action = self._stacks.undo.pop()
        if self.store is not None:
            self.store.remove(action.id)
        self._stacks.redo.append(action)
        self._change([a for a in self._actions if a.id != action.id], action)
        return action

    def redo(self) -> Action | None:
        """Make the last undone action again; the action, or None if there is none."""
        if not self._stacks.redo:
            return None
        action = self._stacks.redo.pop()
        if self.store is not None:
            self.store.add([action])
        self._stacks.undo.append(action)
        self._change([*self._actions, action])
        return action

    def reload(self) -> Analysis:
        """Read the file again, with what other runs have saved meanwhile."""
        if self.store is not None:
            self._actions = self.store.actions()
        return self._recurate()

    def original_position(self, event_id: str) -> int:
        """Where the analyser put the event (the last tie-break of the curated order)."""
        return self._index.by_id[event_id]

    def _change(self, actions: list[Action], taken: Action | None = None) -> None:
        """Go from the actions in effect to ``actions``: one more, or one fewer (``taken``)."""
        action = taken if taken is not None else actions[-1]
        before, self._actions = self._actions, actions
        if not isinstance(action, EVENT_ACTIONS):
            self._change_entities()
            return
        key = action.event
        self.last_change = patch_event(
            self._result.analysis,
            self.original,
            self._index,
            self._stage,
            key,
            _on(before, key),
            _on(actions, key),
        )
        if self.last_change is None:  # its event is not here: one orphan more or fewer
            self._result.orphans = orphans(
                actions, self._stage.curation, self._index.positions.keys(), self._present
            )

    def _change_entities(self) -> None:
        """The entity actions in effect changed: patch what names the entities concerned."""
        stage, at_events, at_documents = restage(
            self.original, self._stage, self._actions, self._uses, self._names
        )
        self.last_change = patch_entities(
            self._result.analysis,
            self.original,
            self._index,
            self._event_keys,
            self._stage,
            stage,
            at_events,
            at_documents,
            self._actions,
        )
        self._stage = stage
        self._result.orphans = orphans(
            self._actions, stage.curation, self._index.positions.keys(), self._present
        )

    def _recurate(self) -> Analysis:
        self.last_change = None
        entity_actions = tuple(a.id for a in self._actions if not isinstance(a, EVENT_ACTIONS))
        if self._stage.actions != entity_actions:
            self._stage = entity_stage(self.original, self._actions)
        self._result = curate(self.original, self._actions, self._index, self._stage)
        return self._result.analysis

    # ------------------------------------------------------------------ actions by id

    def hide(self, event_id: str, hidden: bool = True) -> Analysis:
        return self.apply(SetHidden(self.key_of(event_id), hidden))

    def star(self, event_id: str, starred: bool = True) -> Analysis:
        return self.apply(SetStarred(self.key_of(event_id), starred))

    def edit_title(self, event_id: str, title: str) -> Analysis:
        return self.apply(EditTitle(self.key_of(event_id), title))

    def change_date(self, event_id: str, typed: str) -> Analysis:
        """Date the event as the reader typed it (the jump-to-date forms, or "unknown");
        :class:`NotADate` if it is none."""
        value = date_value(typed)
        if value is None:
            raise NotADate(f"not a date: {typed!r}")
        return self.apply(ChangeDate(self.key_of(event_id), value))

    def note(self, event_id: str, note: str | None) -> Analysis:
        return self.apply(SetNote(self.key_of(event_id), note or None))

    def merge(self, into_id: str, other_id: str, label: str | None = None) -> Analysis:
        into, other = self._entity(into_id), self._entity(other_id)
        return self.apply(
            MergeEntities(into.name, other.name, _label(label), self._anchor(into_id))
        )

    def rename(self, entity_id: str, name: str) -> Analysis:
        entity = self._entity(entity_id)
        return self.apply(RenameEntity(entity.name, name, self._anchor(entity_id)))

    def relabel(self, entity_id: str, label: str) -> Analysis:
        entity = self._entity(entity_id)
        checked = _label(label)
        assert checked is not None
        return self.apply(RelabelEntity(entity.name, checked, self._anchor(entity_id)))

    def remove_entity(self, entity_id: str) -> Analysis:
        entity = self._entity(entity_id)
        return self.apply(RemoveEntity(entity.name, self._anchor(entity_id)))

    def _entity(self, entity_id: str) -> Entity:
        for entity in self.analysis.entities:
            if entity.id == entity_id:
                return entity
        raise KeyError(entity_id)

    def _anchor(self, entity_id: str) -> str | None:
        """The content key of the first document that mentions the entity (the curated
        entity: its own mentions and those of the entities merged into it)."""
        curation, uses = self._stage.curation, self._uses.documents
        names = [entity_id, *(e for e, into in curation.moved.items() if into == entity_id)]
        firsts = [uses[e][0] for e in names if e in uses and curation.entity_of(e) == entity_id]
        if not firsts:
            return None
        return self._index.documents[self.original.documents[min(firsts)].document.id]


def _on(actions: list[Action], key: EventKey) -> list[EventAction]:
    """The event actions on the event ``key``, in order."""
    return [a for a in actions if isinstance(a, EVENT_ACTIONS) and a.event == key]


def _label(label: str | None) -> str | None:
    if label is not None and label not in ENTITY_LABELS:
        raise ValueError(f"unknown entity label {label!r}")
    return label
