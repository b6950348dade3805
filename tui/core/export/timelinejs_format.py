"""TimelineJS 3 JSON (https://timeline.knightlab.com/docs/json-format.html): a timeline to
publish on a web page.

Each event is a slide: its dates at the event's precision (a month has no day, a year only
a year; an interval such as a week, a quarter, a season or a decade spans its first to its
last day, month or year), ``display_date`` the timeline's own label where TimelineJS could
not write it (vague, approximate, interval and edited dates), and the sentence with its
article as HTML-escaped text. Events whose date names no year cannot be placed and are left
out (:func:`.calendar_dates.left_out` counts them). A title slide names the article or the
corpus.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from collections.abc import Callable
from typing import Any

from tui.core.export.calendar_dates import DAY_PRECISIONS, MONTH_PRECISIONS, on_calendar
from tui.core.export.inert_text import inert
from tui.core.export.published_url import publishable_url
from tui.core.model import Analysis, Document, Event, EventDate, EventMark
from tui.core.temporal.intervals import day_label

#: The group of the events that do not mention the chosen entity.
OTHER_GROUP = "Other events"
#: Precisions TimelineJS writes as the timeline would; the others get a display_date.
_PLAIN_PRECISIONS = frozenset({"day", "month", "year"})


class UnknownEntity(ValueError):
    """The entity to group by is not among the analysis's entities."""


def render_timelinejs(analysis: Analysis, group_entity: str | None = None) -> str:
    data = timelinejs_data(analysis, group_entity)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def timelinejs_data(analysis: Analysis, group_entity: str | None = None) -> dict[str, Any]:
    """The TimelineJS object. Events are grouped by article when there are several, or by
    ``group_entity`` (a name or an alias): its events in its group, the others in
    :data:`OTHER_GROUP`."""
    documents = {item.document.id: item.document for item in analysis.documents}
    group_of = _grouping(analysis, group_entity)
    slides = []
    for event in analysis.events:
        if not on_calendar(event.date):
            continue
        slide = _slide(event, documents[event.document], analysis.marks.get(event.id))
        group = group_of(event)
        if group is not None:
            slide["group"] = _html(group)
        slides.append(slide)
    return {"title": _title_slide(analysis), "events": slides}


def date_objects(date: EventDate) -> tuple[dict[str, int], dict[str, int] | None]:
    """TimelineJS start and end date objects at ``date``'s precision; no end when the
    interval's first and last day are the same at that precision."""
    first, last = _fields(date, date.earliest), _fields(date, date.latest)
    return first, (None if last == first else last)


def _fields(date: EventDate, day: dt.date) -> dict[str, int]:
    if date.precision in DAY_PRECISIONS:
        return {"year": day.year, "month": day.month, "day": day.day}
    if date.precision in MONTH_PRECISIONS:
        return {"year": day.year, "month": day.month}
    return {"year": day.year}


def _slide(event: Event, document: Document, mark: EventMark | None) -> dict[str, Any]:
    first, last = date_objects(event.date)
    slide: dict[str, Any] = {"start_date": first}
    if last is not None:
        slide["end_date"] = last
    edited = mark is not None and mark.original_date is not None
    plain = event.date.precision in _PLAIN_PRECISIONS and not event.date.mod and last is None
    if edited or not plain:
        slide["display_date"] = _html(event.date.label)
    slide["text"] = {"headline": _html(event.title), "text": _body(event, document, mark)}
    slide["unique_id"] = event.id
    return slide


def _body(event: Event, document: Document, mark: EventMark | None) -> str:
    """The sentence, then the article it is from, then the reader's note: HTML paragraphs
    whose every piece of text is escaped."""
    paragraphs = [f"<p>{_html(event.text)}</p>", f"<p>{_source(document)}</p>"]
    if mark is not None and mark.note:
        paragraphs.append(f"<p>Note: {_html(mark.note)}</p>")
    return "".join(paragraphs)


def _source(document: Document) -> str:
    title = f"<cite>{_html(document.title or document.id)}</cite>"
    if url := publishable_url(document.url):
        title = f'<a href="{_html(url)}">{title}</a>'
    details = [_html(part) for part in (document.source, document.dct) if part]
    return title + (f" ({', '.join(details)})" if details else "")


def _title_slide(analysis: Analysis) -> dict[str, Any]:
    """One article: its title and source; several: how many, and the span of the events."""
    if len(analysis.documents) == 1:
        document = analysis.documents[0].document
        headline = _html(document.title or document.id)
        return {"text": {"headline": headline, "text": f"<p>{_source(document)}</p>"}}
    text = ""
    placed = [e.date for e in analysis.events if on_calendar(e.date)]
    if placed:
        first = min(d.earliest for d in placed)
        last = max(d.latest for d in placed)
        text = f"<p>{_html(day_label(first))} – {_html(day_label(last))}</p>"
    return {"text": {"headline": f"{len(analysis.documents)} articles", "text": text}}


def _grouping(analysis: Analysis, group_entity: str | None) -> Callable[[Event], str | None]:
    """The group of an event: its entity's or the others', its article's, or none for a
    single article."""
    if group_entity is not None:
        wanted = group_entity.casefold()
        chosen = [
            e for e in analysis.entities if wanted in {n.casefold() for n in (e.name, *e.aliases)}
        ]
        if not chosen:
            raise UnknownEntity(f"no entity named {group_entity!r} in the analysis")
        ids = {e.id for e in chosen}
        name = chosen[0].name
        return lambda event: name if ids.intersection(event.entities) else OTHER_GROUP
    if len(analysis.documents) < 2:
        return lambda event: None
    titles = {d.document.id: d.document.title or d.document.id for d in analysis.documents}
    return lambda event: titles[event.document]


def _html(text: str) -> str:
    """Text as HTML that shows it literally, on one line, control characters made inert."""
    return html.escape(" ".join(inert(text).split()))
