"""Where the explorer opens a corpus: at its story, not at the stray history its articles
recall. A corpus on a 2010 earthquake dates a few sentences to earlier quakes, colonial
times and the 16th century; opened at its first event, the reader pages through centuries
before reaching the story."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from tui.core.dense_window import densest_window
from tui.core.model import EventDate

#: The share of a corpus's events dated to a day that the story's run of days holds (that
#: of the key dates' span).
STORY_SHARE = 0.95
#: Earlier events are history recalled, rather than the story's beginning, when the first
#: of them lies more than this many days before the story's run ...
HISTORY_DAYS = 365
#: ... and opening past them is worth it when there are more than about a screen of them
#: (fewer are seen at once above the story, as context).
HISTORY_EVENTS = 20


def story_start(dates: Sequence[EventDate], documents: int) -> int | None:
    """The position (in ``dates``, the events' dates in display order) of the first event
    dated to a day of the story's run of days, when the events before it are history and
    more than a screen of them; None to open at the first event. One article
    (``documents``) tells its history on purpose.

    The run is found among the events dated to a day, as the key dates are: a year or a
    month ("2009", "last summer") is background more often than news."""
    if documents < 2:
        return None
    counts = Counter(date.earliest.toordinal() for date in dates if date.precision == "day")
    if not counts:
        return None
    days = sorted(counts)
    first, last = densest_window(days, [counts[day] for day in days], STORY_SHARE)
    if first - min(date.earliest.toordinal() for date in dates) <= HISTORY_DAYS:
        return None
    start = next(
        position
        for position, date in enumerate(dates)
        if date.precision == "day" and first <= date.earliest.toordinal() <= last
    )
    return start if start > HISTORY_EVENTS else None
