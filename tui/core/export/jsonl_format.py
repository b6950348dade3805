"""JSON Lines: one line per document, with its own events and the entities it mentions."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence

from tui.core.export.parts import parts_of
from tui.core.export.records import (
    SCHEMA_VERSION,
    document_record,
    entity_record,
    event_record,
)
from tui.core.model import Analysis, DocumentEvents, Entity, EventMark


def jsonl_lines(
    entities: Sequence[Entity],
    parts: Iterable[DocumentEvents],
    marks: Mapping[str, EventMark] | None = None,
) -> Iterator[str]:
    """A line (with its newline) per document of ``parts``; ``marks``: the reader's
    curation by event id."""
    marks = marks or {}
    by_id = {e.id: e for e in entities}
    for part in parts:
        item = part.item
        mentioned = dict.fromkeys(m.entity for m in item.mentions)
        record = {
            "version": SCHEMA_VERSION,
            "document": document_record(item),
            "entities": [entity_record(by_id[i]) for i in mentioned if i in by_id],
            "events": [
                event_record(e, item.document.text, mark=marks.get(e.id)) for e in part.events
            ],
        }
        yield json.dumps(record, ensure_ascii=False) + "\n"


def render_jsonl(analysis: Analysis) -> str:
    return "".join(jsonl_lines(analysis.entities, parts_of(analysis), analysis.marks))
