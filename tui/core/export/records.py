"""The records every format is made of: a document, an entity, an event, as plain data."""

from __future__ import annotations

from typing import Any

from tui.core.model import DocumentAnalysis, Entity, Event, EventDate, EventMark
from tui.core.stories import StoryEvent

SCHEMA_VERSION = 1


def document_record(item: DocumentAnalysis) -> dict[str, Any]:
    doc = item.document
    return {
        "id": doc.id,
        "source": doc.source,
        "title": doc.title,
        "dct": doc.dct,
        "lang": item.lang,
        "url": doc.url,
        "origin": doc.origin,
        "text": doc.text,
        "timexes": [
            {
                "start": t.start,
                "end": t.end,
                "text": t.text,
                "type": t.type,
                "value": t.value,
                "mod": t.mod,
                "anchor": t.anchor,
                "point": t.point,
            }
            for t in item.timexes
        ],
        "mentions": [
            {"start": m.start, "end": m.end, "text": m.text, "label": m.label, "entity": m.entity}
            for m in item.mentions
        ],
    }


def entity_record(entity: Entity) -> dict[str, Any]:
    return {
        "id": entity.id,
        "name": entity.name,
        "label": entity.label,
        "aliases": list(entity.aliases),
        "count": entity.count,
    }


def event_record(
    event: Event, text: str, story: str | None = None, mark: EventMark | None = None
) -> dict[str, Any]:
    """``text`` is the event's document text (for the sentence its date was taken from);
    ``story`` the id of its story event, if stories were built; ``mark`` the reader's
    curation of the event, if any (the record then has a ``curation`` object)."""
    context = None
    if event.context is not None:
        start, end = event.context
        context = {"start": start, "end": end, "text": text[start:end]}
    record: dict[str, Any] = {
        "id": event.id,
        "document": event.document,
        "title": event.title,
        "text": event.text,
        "start": event.start,
        "end": event.end,
        "date": date_record(event.date),
        "anchor": event.anchor,
        "context": context,
        "timex": event.timex,
        "entities": list(event.entities),
    }
    if story is not None:
        record["story"] = story
    if mark is not None:
        record["curation"] = curation_record(mark)
    return record


def curation_record(mark: EventMark) -> dict[str, Any]:
    """What the reader did to an event; the event record itself holds the edited title
    and date."""
    original_date = mark.original_date
    return {
        "hidden": mark.hidden,
        "starred": mark.starred,
        "edited": mark.edited,
        "note": mark.note,
        "original_title": mark.original_title,
        "original_date": None if original_date is None else date_record(original_date),
    }


def date_record(date: EventDate) -> dict[str, Any]:
    return {
        "value": date.value,
        "earliest": date.earliest.isoformat(),
        "latest": date.latest.isoformat(),
        "precision": date.precision,
        "label": date.label,
        "mod": date.mod,
    }


def story_record(story: StoryEvent) -> dict[str, Any]:
    """A story event: one happening, and the events (one per article) that report it."""
    return {
        "id": story.id,
        "date": date_record(story.date),
        "title": story.title,
        "events": list(story.events),
        "sources": len(set(story.documents)),
    }
