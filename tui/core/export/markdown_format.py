"""Markdown: a readable timeline, by year, for notes and publishing."""

from __future__ import annotations

import re

from tui.core.model import Analysis

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
