"""The analysis as JSON (the stable contract), JSON Lines, CSV, Markdown, TimelineJS or
iCalendar.

- :func:`render`: the events to export (:mod:`.selection`: hidden ones left out, or only
  the starred ones) in a format, as one text: what the command line and the explorer write.
- :data:`RENDERERS`: format -> every event of an analysis as one text (no selection).
- :data:`STREAMED`: the formats that can be written document by document, format -> a
  function from the entities and the documents' parts to pieces of text.
- :data:`CALENDAR_FORMATS`: the formats that leave out events whose date names no year
  (:func:`left_out` counts them).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

from tui.core.export.calendar_dates import left_out
from tui.core.export.csv_format import csv_lines, render_csv
from tui.core.export.ics_format import render_ics
from tui.core.export.json_format import render_json, to_json_data
from tui.core.export.jsonl_format import jsonl_lines, render_jsonl
from tui.core.export.markdown_format import render_markdown
from tui.core.export.parts import parts_of
from tui.core.export.records import SCHEMA_VERSION
from tui.core.export.selection import ExportOptions, exported, selected, selected_parts
from tui.core.export.timelinejs_format import UnknownEntity, render_timelinejs
from tui.core.model import Analysis, DocumentEvents, Entity, EventMark
from tui.core.stories import Stories, build_stories

__all__ = [
    "CALENDAR_FORMATS",
    "FORMATS",
    "RENDERERS",
    "SCHEMA_VERSION",
    "STREAMED",
    "ExportOptions",
    "UnknownEntity",
    "exported",
    "left_out",
    "parts_of",
    "render",
    "render_csv",
    "render_ics",
    "render_json",
    "render_jsonl",
    "render_markdown",
    "render_timelinejs",
    "selected",
    "selected_parts",
    "to_json_data",
]

FORMATS = ("json", "jsonl", "csv", "md", "timelinejs", "ics")
CALENDAR_FORMATS = frozenset({"timelinejs", "ics"})

RENDERERS: dict[str, Callable[[Analysis], str]] = {
    "json": render_json,
    "jsonl": render_jsonl,
    "csv": render_csv,
    "md": render_markdown,
    "timelinejs": render_timelinejs,
    "ics": render_ics,
}

#: (entities, parts, the reader's marks) -> pieces of text.
StreamWriter = Callable[
    [Sequence[Entity], Iterable[DocumentEvents], Mapping[str, EventMark]], Iterator[str]
]
STREAMED: dict[str, StreamWriter] = {"jsonl": jsonl_lines, "csv": csv_lines}


def render(
    analysis: Analysis,
    fmt: str,
    options: ExportOptions | None = None,
    stories: Callable[[Analysis], Stories] = build_stories,
) -> str:
    """``analysis``'s events to export in the format ``fmt``; ``stories`` gives the story
    events of the events chosen (JSON has them). TimelineJS raises :class:`UnknownEntity`
    when ``options.group_entity`` names no entity."""
    options = options or ExportOptions()
    chosen = selected(analysis, options)
    if fmt == "timelinejs":
        return render_timelinejs(chosen, options.group_entity)
    if fmt == "json":
        return render_json(chosen, stories(chosen))
    return RENDERERS[fmt](chosen)
