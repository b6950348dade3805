"""Markdown: a readable timeline, by year, for notes and publishing. A starred event is
marked ★, an edited one ✎ (with what the analyser had read), a note follows its event."""

from __future__ import annotations

import re

from tui.core.export.inert_text import inert
from tui.core.model import Analysis, Event, EventMark

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def _md(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(inert(text).split()))


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
        mark = analysis.marks.get(event.id)
        line = f"- {_markers(mark)}**{_md(event.date.label)}**: {_md(event.title)}"
        if who:
            line += f" ({_md(who)})"
        if several:
            line += f" [{_md(titles[event.document])}]"
        lines.append(line)
        lines += _curation_lines(event, mark)
    if not analysis.events:
        lines.append("No dated events found.")
    return "\n".join(lines).replace("\n\n\n", "\n\n") + "\n"


def _markers(mark: EventMark | None) -> str:
    if mark is None:
        return ""
    return ("★ " if mark.starred else "") + ("✎ " if mark.edited else "")


def _curation_lines(event: Event, mark: EventMark | None) -> list[str]:
    """Under an event: what the analyser had read before the reader edited it, the note."""
    if mark is None:
        return []
    lines = []
    if mark.original_title is not None or mark.original_date is not None:
        date = mark.original_date or event.date
        title = event.title if mark.original_title is None else mark.original_title
        lines.append(f"  - Read as: {_md(date.label)}: {_md(title)}")
    if mark.note:
        lines.append(f"  - Note: {_md(mark.note)}")
    return lines
