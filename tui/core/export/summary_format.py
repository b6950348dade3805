"""A key-dates summary as JSON (a contract for scripts and benchmarks, see the README) or
as a readable Markdown timeline."""

from __future__ import annotations

import json
from typing import Any

from tui.core.export.markdown_format import _md
from tui.core.model import Analysis
from tui.core.stories import Summary

SUMMARY_VERSION = 1
#: Written out rather than from the locale: the same output on every machine.
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip


def summary_data(summary: Summary) -> dict[str, Any]:
    return {
        "version": SUMMARY_VERSION,
        "span": None if summary.span is None else [d.isoformat() for d in summary.span],
        "dates": [
            {
                "date": key.date.isoformat(),
                "score": key.score,
                "articles": key.articles,
                "sentences": [
                    {
                        "text": s.text,
                        "document": s.document,
                        "start": s.start,
                        "end": s.end,
                        "event": s.event,
                    }
                    for s in key.sentences
                ],
            }
            for key in summary.dates
        ],
    }


def render_summary_json(summary: Summary, analysis: Analysis | None = None) -> str:
    return json.dumps(summary_data(summary), ensure_ascii=False, indent=2) + "\n"


def render_summary_markdown(summary: Summary, analysis: Analysis | None = None) -> str:
    """One section per key date; each sentence names its article when there are several."""
    documents = analysis.documents if analysis is not None else []
    titles = {d.document.id: d.document.title or d.document.id for d in documents}
    lines = ["# Key dates"]
    if summary.span is not None:
        first, last = summary.span
        lines.append(f"\n{first.isoformat()} – {last.isoformat()}")
    for key in summary.dates:
        articles = "1 article" if key.articles == 1 else f"{key.articles} articles"
        day = f"{key.date.day} {_MONTHS[key.date.month - 1]} {key.date.year}"
        lines += ["", f"## {day} ({articles})", ""]
        for sentence in key.sentences:
            line = f"- {_md(sentence.text)}"
            if len(titles) > 1:
                line += f" [{_md(titles.get(sentence.document, sentence.document))}]"
            lines.append(line)
    if not summary.dates:
        lines += ["", "No dates at day precision found."]
    return "\n".join(lines) + "\n"
