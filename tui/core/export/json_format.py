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
from tui.core.stories import build_stories


def to_json_data(analysis: Analysis) -> dict[str, Any]:
    texts = _texts(analysis)
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


def render_json(analysis: Analysis) -> str:
    return json.dumps(to_json_data(analysis), ensure_ascii=False, indent=2) + "\n"


def _texts(analysis: Analysis) -> dict[str, str]:
    return {item.document.id: item.document.text for item in analysis.documents}
