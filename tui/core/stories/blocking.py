"""Which events may report the same happening: those dated to the same interval.

Comparing only within a block keeps the work near linear in the number of events: a
corpus of tens of thousands of events has thousands of blocks, most of them small.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

from tui.core.model import Event

BlockKey = tuple[dt.date, dt.date]


def date_blocks(events: Sequence[Event]) -> list[list[int]]:
    """Indexes into ``events``, grouped by their date's interval; only groups with events of
    at least two documents (nothing else can be merged)."""
    groups: dict[BlockKey, list[int]] = defaultdict(list)
    for index, event in enumerate(events):
        # A vague date ("recently") is no date to agree on.
        if event.date.precision != "vague":
            groups[(event.date.earliest, event.date.latest)].append(index)
    return [
        members for members in groups.values() if len({events[i].document for i in members}) > 1
    ]
