"""A document's events as compact bytes and back: how the analysis store keeps them, so that
a corpus opened again needs not build its events again."""

from __future__ import annotations

import datetime as dt
import json
import zlib

from tui.core.model import Event, EventDate


def encode_events(events: list[Event]) -> bytes:
    rows = [
        [
            e.id, e.document, e.title, e.text, e.start, e.end,
            [e.date.value, e.date.earliest.toordinal(), e.date.latest.toordinal(),
             e.date.precision, e.date.label, e.date.mod],
            e.anchor, e.timex, e.entities, None if e.context is None else list(e.context),
        ]
        for e in events
    ]  # fmt: skip
    text = json.dumps(rows, ensure_ascii=False, separators=(",", ":"))
    return zlib.compress(text.encode("utf-8", "surrogatepass"), 1)


def decode_events(payload: bytes) -> list[Event]:
    rows = json.loads(zlib.decompress(payload).decode("utf-8", "surrogatepass"))
    events = []
    for id_, document, title, text, start, end, date, anchor, timex, entities, context in rows:
        value, earliest, latest, precision, label, mod = date
        events.append(
            Event(
                id=id_,
                document=document,
                title=title,
                text=text,
                start=start,
                end=end,
                date=EventDate(
                    value,
                    dt.date.fromordinal(earliest),
                    dt.date.fromordinal(latest),
                    precision,
                    label,
                    mod,
                ),
                anchor=anchor,
                timex=timex,
                entities=entities,
                context=None if context is None else (context[0], context[1]),
            )
        )
    return events
