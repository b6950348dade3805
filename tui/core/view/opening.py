"""Where the explorer opens a corpus: at its story, not at the stray history its articles
recall. A corpus on a 2010 earthquake dates a few sentences to earlier quakes, colonial
times and the 16th century; opened at its first event, the reader pages through centuries
before reaching the story."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from tui.core.dense_window import densest_window

#: The share of a corpus's events the story's run of days holds (that of the key dates).
STORY_SHARE = 0.95
#: Earlier events are history recalled, rather than the story's beginning, when the first
#: of them lies more than this many days before the story's run.
HISTORY_DAYS = 365


def story_start(ordinals: Sequence[int], documents: int) -> int | None:
    """The position (in ``ordinals``, each event's earliest day in display order) of the
    first event of the story's run of days, when the events before it are history; None to
    open at the first event. One article (``documents``) tells its history on purpose."""
    if documents < 2 or not ordinals:
        return None
    counts = Counter(ordinals)
    days = sorted(counts)
    first, last = densest_window(days, [counts[day] for day in days], STORY_SHARE)
    if first - days[0] <= HISTORY_DAYS:
        return None
    return next(p for p, day in enumerate(ordinals) if first <= day <= last)
