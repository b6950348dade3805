"""A document's events as compact bytes and back (:mod:`.packing`): how the analysis store
keeps them, so that a corpus opened again needs not build its events again."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tui.core.analysis.packing import pack, unpack
from tui.core.model import Event, EventDate


def encode_events(events: list[Event]) -> bytes:
    return pack(event_rows(events))


def decode_events(payload: bytes) -> list[Event]:
    return events_of(unpack(payload))


def event_rows(events: list[Event]) -> list[tuple[Any, ...]]:
    """``events`` as plain tuples (dates as day numbers)."""
    return [
        (
            e.id, e.document, e.title, e.text, e.start, e.end,
            (e.date.value, e.date.earliest.toordinal(), e.date.latest.toordinal(),
             e.date.precision, e.date.label, e.date.mod),
            e.anchor, e.timex, e.entities, e.context,
        )
        for e in events
    ]  # fmt: skip


def events_of(rows: list[tuple[Any, ...]]) -> list[Event]:
    """The events of :func:`event_rows`; equal dates become one (immutable) object."""
    dates: dict[tuple[Any, ...], EventDate] = {}
    events = []
    for id_, document, title, text, start, end, date, anchor, timex, entities, context in rows:
        event_date = dates.get(date)
        if event_date is None:
            value, earliest, latest, precision, label, mod = date
            event_date = dates[date] = EventDate(
                value, dt.date.fromordinal(earliest), dt.date.fromordinal(latest),
                precision, label, mod,
            )  # fmt: skip
        events.append(
            Event(id_, document, title, text, start, end, event_date, anchor, timex,
                  entities, context)
        )  # fmt: skip
    return events
