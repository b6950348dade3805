"""The analysis as one JSON object: the stable contract for scripts (see the README)."""

from __future__ import annotations

import json
from typing import Any

from tui.core.export.records import (
    SCHEMA_VERSION,
    document_record,
    entity_record,
    event_record,
    story_record,
)
from tui.core.model import Analysis
from tui.core.stories import Stories, build_stories


def to_json_data(analysis: Analysis, stories: Stories | None = None) -> dict[str, Any]:
    """``stories``: those of ``analysis``, if already built or kept."""
    texts = _texts(analysis)
    if stories is None:
        stories = build_stories(analysis)
    return {
        "version": SCHEMA_VERSION,
        "documents": [document_record(item) for item in analysis.documents],
        "entities": [entity_record(e) for e in analysis.entities],
        "events": [
            event_record(e, texts[e.document], stories.of_event[e.id], analysis.marks.get(e.id))
            for e in analysis.events
        ],
        "stories": [story_record(story) for story in stories.stories],
    }


def render_json(analysis: Analysis, stories: Stories | None = None) -> str:
    """One record per line inside the top-level lists: as easy to read and to diff as a
    fully indented file, and each record is written by the C encoder (``indent`` makes
    ``json`` fall back to its pure-Python encoder, minutes for a corpus of thousands)."""
    data = to_json_data(analysis, stories)
    fields = []
    for key, value in data.items():
        if isinstance(value, list):
            body = ",\n".join(f"    {_compact(item)}" for item in value)
            fields.append(f'  "{key}": [\n{body}\n  ]' if value else f'  "{key}": []')
        else:
            fields.append(f'  "{key}": {_compact(value)}')
    return "{\n" + ",\n".join(fields) + "\n}\n"


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def _texts(analysis: Analysis) -> dict[str, str]:
    return {item.document.id: item.document.text for item in analysis.documents}
