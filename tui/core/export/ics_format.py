"""iCalendar (RFC 5545) through the ``icalendar`` library: the timeline in a calendar.

Every event is an all-day event over its interval: a day-precision event on its day, a
week, month, season or year over all of its days (``DTEND`` is the day after the last, as
the standard counts it). ``SUMMARY`` is the title, ``DESCRIPTION`` the sentence, the article
it is from and the reader's note, ``UID`` the event's id with a domain-like suffix, so that
a calendar that imports the file again updates the events instead of doubling them. Events
whose date names no year are left out (:func:`.calendar_dates.left_out` counts them).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from tui import __version__
from tui.core.export.calendar_dates import on_calendar
from tui.core.export.inert_text import inert
from tui.core.export.published_url import publishable_url
from tui.core.model import Analysis, Document, Event, EventMark

if TYPE_CHECKING:
    from icalendar import Event as CalendarEvent

#: The domain-like part of every UID (``.invalid`` is reserved: it names no real host).
UID_DOMAIN = "timeline.invalid"


def render_ics(analysis: Analysis, stamp: dt.datetime | None = None) -> str:
    """``stamp``: when the file is made (``DTSTAMP``), now in UTC by default."""
    from icalendar import Calendar  # loaded only for this format: it takes a while

    when = stamp or dt.datetime.now(dt.UTC).replace(microsecond=0)
    documents = {item.document.id: item.document for item in analysis.documents}
    calendar = Calendar()
    calendar.add("prodid", f"-//timeline//timeline {__version__}//EN")
    calendar.add("version", "2.0")
    for event in analysis.events:
        if on_calendar(event.date):
            mark = analysis.marks.get(event.id)
            calendar.add_component(_entry(event, documents[event.document], mark, when))
    return calendar.to_ical().decode("utf-8")


def uid(event: Event) -> str:
    return f"{event.id}@{UID_DOMAIN}"


def _entry(
    event: Event, document: Document, mark: EventMark | None, stamp: dt.datetime
) -> CalendarEvent:
    from icalendar import Event as CalendarEvent

    entry = CalendarEvent()
    entry.add("uid", uid(event))
    entry.add("dtstamp", stamp)
    entry.add("dtstart", event.date.earliest)
    entry.add("dtend", event.date.latest + dt.timedelta(days=1))
    entry.add("summary", _line(event.title))
    entry.add("description", _description(event, document, mark))
    if url := publishable_url(document.url):
        entry.add("url", url)
    return entry


def _description(event: Event, document: Document, mark: EventMark | None) -> str:
    """The sentence, its date as the timeline reads it, the article, and the note."""
    source = document.title or document.id
    details = [part for part in (document.source, document.dct) if part]
    if details:
        source += f" ({', '.join(details)})"
    lines = [_line(event.text), "", f"Date: {_line(event.date.label)}", f"Source: {_line(source)}"]
    if document.url:
        lines.append(f"Link: {_line(document.url)}")
    elif document.origin:
        lines.append(f"File: {_line(document.origin)}")
    if mark is not None and mark.note:
        lines += ["", f"Note: {inert(mark.note)}"]
    return "\n".join(lines)


def _line(text: str) -> str:
    return " ".join(inert(text).split())
