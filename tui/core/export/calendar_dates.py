"""What the calendar formats (TimelineJS, iCalendar) need of an event's date."""

from __future__ import annotations

from tui.core.model import Analysis, EventDate

#: Vague references the analyser places beside the publication date (``recently``).
_PLACED_REFERENCES = frozenset({"PAST_REF", "PRESENT_REF", "FUTURE_REF"})
#: Precisions a calendar writes with a day; the coarser ones with a month or a year only.
DAY_PRECISIONS = frozenset({"day", "week"})
MONTH_PRECISIONS = frozenset({"month", "season", "quarter", "half", "vague"})


def on_calendar(date: EventDate) -> bool:
    """Whether ``date`` says when on the calendar: its value names a year (``2021-01-06``,
    ``202`` for the 2020s, ``2021/2024``) or is a vague reference placed beside the
    publication date. A date with no year (one a reader set to unknown) names no interval."""
    named = any(c.isdigit() for c in date.value) or date.value in _PLACED_REFERENCES
    return named and date.earliest <= date.latest


def left_out(analysis: Analysis) -> int:
    """How many of ``analysis``'s events a calendar format leaves out."""
    return sum(not on_calendar(e.date) for e in analysis.events)
