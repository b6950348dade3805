"""CSV: one row per event, for spreadsheets; documents one after the other, each one's events
in time order, with the reader's curation in the last columns. Cells that a spreadsheet
would run as formulas are neutralised, control characters made inert."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence

from tui.core.export.inert_text import inert
from tui.core.export.parts import parts_of
from tui.core.model import Analysis, DocumentEvents, Entity, Event, EventMark

CSV_COLUMNS = (
    "date",
    "value",
    "earliest",
    "latest",
    "precision",
    "anchor",
    "context",
    "title",
    "entities",
    "document",
    "start",
    "end",
    "text",
    "id",
    # The reader's curation: flags as true/false, texts empty when there are none.
    "starred",
    "edited",
    "note",
    "hidden",
    "original_title",
    "original_date",
)
_UNMARKED = EventMark()


def csv_lines(
    entities: Sequence[Entity],
    parts: Iterable[DocumentEvents],
    marks: Mapping[str, EventMark] | None = None,
) -> Iterator[str]:
    """The header, then the rows of each document of ``parts``, as text; ``marks``: the
    reader's curation by event id."""
    marks = marks or {}
    names = {e.id: e.name for e in entities}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    yield _taken(out)
    for part in parts:
        text = part.item.document.text
        for event in part.events:
            writer.writerow(_row(event, text, names, marks.get(event.id, _UNMARKED)))
        yield _taken(out)


def render_csv(analysis: Analysis) -> str:
    return "".join(csv_lines(analysis.entities, parts_of(analysis), analysis.marks))


def _taken(out: io.StringIO) -> str:
    """What ``out`` holds, which it then no longer does."""
    text = out.getvalue()
    out.seek(0)
    out.truncate()
    return text


def _row(event: Event, text: str, names: dict[str, str], mark: EventMark) -> tuple[str | int, ...]:
    row = (
        event.date.label,
        event.date.value,
        event.date.earliest.isoformat(),
        event.date.latest.isoformat(),
        event.date.precision,
        event.anchor,
        _context_text(event, text),
        event.title,
        "; ".join(names.get(i, i) for i in event.entities),
        event.document,
        event.start,
        event.end,
        " ".join(event.text.split()),
        event.id,
        _flag(mark.starred),
        _flag(mark.edited),
        mark.note or "",
        _flag(mark.hidden),
        mark.original_title or "",
        "" if mark.original_date is None else mark.original_date.label,
    )
    return tuple(_neutralised(cell) for cell in row)


def _flag(value: bool) -> str:
    return "true" if value else "false"


#: A cell a spreadsheet would take for a formula: one that begins (after blanks) with one of
#: ``= + - @``, or with a tab or carriage return (OWASP, "CSV Injection").
_FORMULA_START = re.compile(r"[ \t\r\n]*[=+\-@]|[\t\r]")


def _neutralised(cell: str | int) -> str | int:
    """A text cell that would start a formula, with a single quote before it (OWASP), and
    its control characters made inert."""
    if not isinstance(cell, str):
        return cell
    cell = inert(cell)
    return "'" + cell if _FORMULA_START.match(cell) else cell


def _context_text(event: Event, text: str) -> str:
    """The sentence an event's date was taken from, on one line; empty if none."""
    if event.context is None:
        return ""
    return " ".join(text[event.context[0] : event.context[1]].split())
