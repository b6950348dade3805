"""The analysis as JSON (the stable contract), JSON Lines, CSV or Markdown.

- :data:`RENDERERS`: format -> the whole analysis as one text.
- :data:`STREAMED`: the formats that can be written document by document, format -> a
  function from the entities and the documents' parts to pieces of text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence

from tui.core.export.csv_format import csv_lines, render_csv
from tui.core.export.json_format import render_json, to_json_data
from tui.core.export.jsonl_format import jsonl_lines, render_jsonl
from tui.core.export.markdown_format import render_markdown
from tui.core.export.parts import parts_of
from tui.core.export.records import SCHEMA_VERSION
from tui.core.model import Analysis, DocumentEvents, Entity

__all__ = [
    "FORMATS",
    "RENDERERS",
    "SCHEMA_VERSION",
    "STREAMED",
    "parts_of",
    "render_csv",
    "render_json",
    "render_jsonl",
    "render_markdown",
    "to_json_data",
]

FORMATS = ("json", "jsonl", "csv", "md")

RENDERERS: dict[str, Callable[[Analysis], str]] = {
    "json": render_json,
    "jsonl": render_jsonl,
    "csv": render_csv,
    "md": render_markdown,
}

StreamWriter = Callable[[Sequence[Entity], Iterable[DocumentEvents]], Iterator[str]]
STREAMED: dict[str, StreamWriter] = {"jsonl": jsonl_lines, "csv": csv_lines}
