"""Small analyses built by hand: events at chosen dates, with or without a reader's marks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from tui.core.model import (
    Analysis,
    Document,
    DocumentAnalysis,
    Entity,
    Event,
    EventDate,
    EventMark,
)
from tui.core.temporal.intervals import resolve

DCT = "2024-12"


def date_of(value: str, mod: str | None = None) -> EventDate:
    date = resolve(value, mod, dct=DCT)
    assert date is not None, value
    return date


#: A date a reader set to unknown: it names no year.
UNKNOWN = EventDate("XXXX", dt.date(2024, 12, 1), dt.date(2024, 12, 1), "vague", "unknown")


def event(
    event_id: str,
    date: EventDate,
    *,
    title: str | None = None,
    text: str | None = None,
    document: str = "d1",
    entities: Sequence[str] = (),
) -> Event:
    sentence = text or f"Sentence of {event_id}."
    return Event(
        event_id,
        document,
        title or f"Title of {event_id}",
        sentence,
        0,
        len(sentence),
        date,
        "explicit",
        None,
        list(entities),
    )


def analysis_of(
    events: Sequence[Event],
    marks: dict[str, EventMark] | None = None,
    *,
    documents: Sequence[Document] = (),
    entities: Sequence[Entity] = (),
) -> Analysis:
    """The events in time order, over their documents (one plain article by default)."""
    docs = list(documents) or [
        Document(id="d1", text="An article.", title="An article", dct=DCT, source="Paper")
    ]
    return Analysis(
        documents=[DocumentAnalysis(d, "en") for d in docs],
        entities=list(entities),
        events=sorted(events, key=lambda e: e.date.sort_key),
        marks=dict(marks or {}),
    )
