"""A reader's curation actions: small immutable records, each serialisable to JSON.

Actions name their targets by keys that outlive an analysis (:mod:`.keys`): an event by its
document's text and its sentence's offsets, an entity by its name. Every action has an
``id`` of its own, so that undo can take back exactly it and an import can skip one it
already holds.
"""

from __future__ import annotations

import uuid
from dataclasses import MISSING, dataclass, field, fields
from typing import Any, ClassVar

from tui.core.curation.keys import EventKey
from tui.core.model import ENTITY_LABELS


def new_action_id() -> str:
    return uuid.uuid4().hex


class ActionFormatError(ValueError):
    """A record that is no curation action; the message says why, in one line."""


@dataclass(frozen=True, slots=True)
class SetHidden:
    """Hide an event from the timeline and the exports (``hidden=False``: show it again)."""

    kind: ClassVar[str] = "hide"
    event: EventKey
    hidden: bool = True
    id: str = field(default_factory=new_action_id)


@dataclass(frozen=True, slots=True)
class SetStarred:
    kind: ClassVar[str] = "star"
    event: EventKey
    starred: bool = True
    id: str = field(default_factory=new_action_id)


@dataclass(frozen=True, slots=True)
class EditTitle:
    kind: ClassVar[str] = "title"
    event: EventKey
    title: str
    id: str = field(default_factory=new_action_id)


@dataclass(frozen=True, slots=True)
class ChangeDate:
    """Give an event another date: a TIMEX3 value (:func:`.dates.date_value`) or
    :data:`.dates.UNKNOWN`."""

    kind: ClassVar[str] = "date"
    event: EventKey
    value: str
    id: str = field(default_factory=new_action_id)


@dataclass(frozen=True, slots=True)
class SetNote:
    """A note on an event (None: the note is cleared)."""

    kind: ClassVar[str] = "note"
    event: EventKey
    note: str | None
    id: str = field(default_factory=new_action_id)


@dataclass(frozen=True, slots=True)
class MergeEntities:
    """``other`` becomes part of ``into``: its names become aliases, its mentions point to
    ``into``. ``label``: the label of the merged entity (None: ``into``'s)."""

    kind: ClassVar[str] = "merge"
    into: str
    other: str
    label: str | None = None
    #: The content key of a document that mentioned the entity when the action was made:
    #: while that document is open, a target that has gone is reported (:mod:`.apply`).
    anchor: str | None = None
    id: str = field(default_factory=new_action_id)


@dataclass(frozen=True, slots=True)
class RenameEntity:
    """The entity named ``entity`` is called ``name``; its old name becomes an alias."""

    kind: ClassVar[str] = "rename"
    entity: str
    name: str
    anchor: str | None = None
    id: str = field(default_factory=new_action_id)


@dataclass(frozen=True, slots=True)
class RelabelEntity:
    kind: ClassVar[str] = "relabel"
    entity: str
    label: str
    anchor: str | None = None
    id: str = field(default_factory=new_action_id)


@dataclass(frozen=True, slots=True)
class RemoveEntity:
    """A false entity: its mentions stop counting."""

    kind: ClassVar[str] = "remove"
    entity: str
    anchor: str | None = None
    id: str = field(default_factory=new_action_id)


EventAction = SetHidden | SetStarred | EditTitle | ChangeDate | SetNote
EntityAction = MergeEntities | RenameEntity | RelabelEntity | RemoveEntity
Action = EventAction | EntityAction

_KINDS: dict[str, type[Action]] = {
    cls.kind: cls
    for cls in (
        SetHidden,
        SetStarred,
        EditTitle,
        ChangeDate,
        SetNote,
        MergeEntities,
        RenameEntity,
        RelabelEntity,
        RemoveEntity,
    )
}
EVENT_ACTIONS = (SetHidden, SetStarred, EditTitle, ChangeDate, SetNote)


def to_record(action: Action) -> dict[str, Any]:
    """``action`` as a JSON object."""
    record: dict[str, Any] = {"kind": action.kind}
    for spec in fields(action):
        value = getattr(action, spec.name)
        record[spec.name] = value.to_record() if isinstance(value, EventKey) else value
    return record


def from_record(record: object) -> Action:
    """The action a JSON object (:func:`to_record`) describes; :class:`ActionFormatError`
    if it describes none."""
    if not isinstance(record, dict):
        raise ActionFormatError("an action is not a JSON object")
    kind = record.get("kind")
    cls = _KINDS.get(kind) if isinstance(kind, str) else None
    if cls is None:
        raise ActionFormatError(f"unknown action kind {kind!r}")
    values: dict[str, Any] = {}
    for spec in fields(cls):
        name = spec.name
        if name not in record:
            if spec.default is not MISSING or spec.default_factory is not MISSING:
                continue
            raise ActionFormatError(f"{kind} action without {name!r}")
        values[name] = _field(cls.kind, name, record[name])
    action = cls(**values)
    _check(action)
    return action


_TEXT_FIELDS = {"title", "value", "into", "other", "entity", "name", "id"}
_OPTIONAL_TEXT = {"note", "label", "anchor"}
_FLAGS = {"hidden", "starred"}


def _field(kind: str, name: str, value: object) -> object:
    if name == "event":
        try:
            return EventKey.from_record(value)
        except ValueError as error:
            raise ActionFormatError(f"{kind} action: {error}") from None
    if name in _FLAGS and isinstance(value, bool):
        return value
    if name in _TEXT_FIELDS and isinstance(value, str) and value:
        return value
    if name in _OPTIONAL_TEXT and (value is None or isinstance(value, str)):
        return value
    raise ActionFormatError(f"{kind} action: bad {name!r}: {value!r:.60}")


def _check(action: Action) -> None:
    if isinstance(action, RelabelEntity) and action.label is None:
        raise ActionFormatError("relabel action without a label")
    label = getattr(action, "label", None)
    if label is not None and label not in ENTITY_LABELS:
        raise ActionFormatError(f"{action.kind} action: unknown label {label!r:.20}")
    if isinstance(action, ChangeDate):
        from tui.core.curation.dates import valid_value

        if not valid_value(action.value):
            raise ActionFormatError(f"date action: not a date value: {action.value!r:.40}")
