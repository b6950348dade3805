"""The analysis as JSON (the stable contract), JSON Lines, CSV or Markdown."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from typing import Any

from tui.core.model import Analysis, DocumentAnalysis, Entity, Event

SCHEMA_VERSION = 1
FORMATS = ("json", "jsonl", "csv", "md")


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


def event_record(event: Event, text: str) -> dict[str, Any]:
    """``text`` is the event's document text (for the sentence its date was taken from)."""
    date = event.date
    context = None
    if event.context is not None:
        start, end = event.context
        context = {"start": start, "end": end, "text": text[start:end]}
    return {
        "id": event.id,
        "document": event.document,
        "title": event.title,
        "text": event.text,
        "start": event.start,
        "end": event.end,
        "date": {
            "value": date.value,
            "earliest": date.earliest.isoformat(),
            "latest": date.latest.isoformat(),
            "precision": date.precision,
            "label": date.label,
            "mod": date.mod,
        },
        "anchor": event.anchor,
        "context": context,
        "timex": event.timex,
        "entities": list(event.entities),
    }


def to_json_data(analysis: Analysis) -> dict[str, Any]:
    texts = _texts(analysis)
    return {
        "version": SCHEMA_VERSION,
        "documents": [document_record(item) for item in analysis.documents],
        "entities": [entity_record(e) for e in analysis.entities],
        "events": [event_record(e, texts[e.document]) for e in analysis.events],
    }


def render_json(analysis: Analysis) -> str:
    return json.dumps(to_json_data(analysis), ensure_ascii=False, indent=2) + "\n"


def render_jsonl(analysis: Analysis) -> str:
    """One line per document, with its own events and the entities it mentions."""
    entities = {e.id: e for e in analysis.entities}
    lines = []
    for item in analysis.documents:
        events = [e for e in analysis.events if e.document == item.document.id]
        mentioned = dict.fromkeys(m.entity for m in item.mentions)
        record = {
            "version": SCHEMA_VERSION,
            "document": document_record(item),
            "entities": [entity_record(entities[i]) for i in mentioned if i in entities],
            "events": [event_record(e, item.document.text) for e in events],
        }
        lines.append(json.dumps(record, ensure_ascii=False))
    return "".join(line + "\n" for line in lines)


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
)


def _texts(analysis: Analysis) -> dict[str, str]:
    return {item.document.id: item.document.text for item in analysis.documents}


def render_csv(analysis: Analysis) -> str:
    names = {e.id: e.name for e in analysis.entities}
    texts = _texts(analysis)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for event in analysis.events:
        row = (
            event.date.label,
            event.date.value,
            event.date.earliest.isoformat(),
            event.date.latest.isoformat(),
            event.date.precision,
            event.anchor,
            _context_text(event, texts[event.document]),
            event.title,
            "; ".join(names.get(i, i) for i in event.entities),
            event.document,
            event.start,
            event.end,
            " ".join(event.text.split()),
            event.id,
        )
        writer.writerow(tuple(_neutralised(cell) for cell in row))
    return out.getvalue()


#: A cell a spreadsheet would take for a formula: one that begins (after blanks) with one of
#: ``= + - @``, or with a tab or carriage return (OWASP, "CSV Injection").
_FORMULA_START = re.compile(r"[ \t\r\n]*[=+\-@]|[\t\r]")


def _neutralised(cell: str | int) -> str | int:
    """A text cell that would start a formula, with a single quote before it (OWASP)."""
    if isinstance(cell, str) and _FORMULA_START.match(cell):
        return "'" + cell
    return cell


def _context_text(event: Event, text: str) -> str:
    """The sentence an event's date was taken from, on one line; empty if none."""
    if event.context is None:
        return ""
    return " ".join(text[event.context[0] : event.context[1]].split())


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def _md(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def render_markdown(analysis: Analysis) -> str:
    names = {e.id: e.name for e in analysis.entities}
    titles = {d.document.id: d.document.title or d.document.id for d in analysis.documents}
    several = len(analysis.documents) > 1
    lines = ["# Timeline", ""]
    year = None
    for event in analysis.events:
        if event.date.earliest.year != year:
            year = event.date.earliest.year
            lines += ["", f"## {year}", ""]
        who = ", ".join(names.get(i, i) for i in event.entities)
        line = f"- **{_md(event.date.label)}**: {_md(event.title)}"
        if who:
            line += f" ({_md(who)})"
        if several:
            line += f" [{_md(titles[event.document])}]"
        lines.append(line)
    if not analysis.events:
        lines.append("No dated events found.")
    return "\n".join(lines).replace("\n\n\n", "\n\n") + "\n"


RENDERERS: dict[str, Callable[[Analysis], str]] = {
    "json": render_json,
    "jsonl": render_jsonl,
    "csv": render_csv,
    "md": render_markdown,
}
