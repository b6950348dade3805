"""The date a reader gives an event: the forms the jump-to-date prompt reads, or unknown.

A given date becomes an :class:`EventDate` as the analyser makes one from a TIMEX3 value
(:func:`tui.core.temporal.intervals.resolve`). An unknown date is written as TIMEX3 writes
an unknown year, ``XXXX``; like the analyser's vague dates ("recently") it has the precision
``vague`` and sits beside its article's publication date, so that it stays near the events
told with it.
"""

from __future__ import annotations

from tui.core.model import EventDate
from tui.core.temporal.intervals import resolve
from tui.core.view.date_query import parse_date_query

#: The value of a date the reader says is unknown.
UNKNOWN = "XXXX"
#: What a reader types for it.
UNKNOWN_WORDS = frozenset({"unknown", "?", UNKNOWN.casefold()})
UNKNOWN_LABEL = "date unknown"


def date_value(text: str) -> str | None:
    """The TIMEX3 value of a date the reader typed (``6.1.2021`` is ``2021-01-06``),
    :data:`UNKNOWN` for "unknown", or None when it is no date."""
    if text.strip().casefold() in UNKNOWN_WORDS:
        return UNKNOWN
    query = parse_date_query(text)
    if query is None:
        return None
    start = query.start
    if query.precision == "year":
        return f"{start.year:04d}"
    if query.precision == "month":
        return f"{start.year:04d}-{start.month:02d}"
    return start.isoformat()


def valid_value(value: str) -> bool:
    return value == UNKNOWN or resolve(value) is not None


def event_date(value: str, original: EventDate, dct: str | None) -> EventDate | None:
    """The date of ``value`` for an event first dated ``original`` in an article published
    ``dct``; None if the value cannot be placed."""
    if value != UNKNOWN:
        return resolve(value, None, dct)
    published = resolve(dct) if dct else None
    around = published or original
    return EventDate(UNKNOWN, around.earliest, around.latest, "vague", UNKNOWN_LABEL)
