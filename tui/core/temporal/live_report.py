"""Live reports: the four digits that open each entry are a clock time, not a year.

British live reports open every entry with its time ("1514 The minister says ..."), which
reads as a year just as well. One such sentence proves nothing: a chronology opens its
entries with years the same way. A document is read as a live report when several of its
sentences open so, every one of the numbers is a clock time, and one of them cannot be a
year of the report: after its publication year, or centuries before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from tui.core.model import Span

#: Sentences that must open with a clock time before a document is read as a live report.
MIN_ENTRIES = 3
#: A year this far before the publication year is no year a report's entry opens with.
HISTORY_YEARS = 300


@dataclass(frozen=True, slots=True)
class EntryClock:
    sentence: int
    start: int
    end: int
    #: ``clock(T15:14)``: a time of a day that anchoring finds.
    value: str


def entry_clocks(
    text: str,
    sentences: Sequence[Span],
    opener: re.Pattern[str] | None,
    reference_year: int | None,
) -> list[EntryClock]:
    """The clock times that open the entries of a live report; none when the document is
    no live report.

    ``opener`` matches at a sentence's start, with the groups ``hour`` and ``minute``.
    """
    if opener is None or reference_year is None:
        return []
    entries: list[tuple[EntryClock, int]] = []
    for index, (start, end) in enumerate(sentences):
        m = opener.match(text, start, end)
        if m is None:
            continue
        hour, minute = int(m["hour"]), int(m["minute"])
        if hour > 23 or minute > 59:
            return []  # "1983 X graduates": a chronology of years
        value = f"clock(T{hour:02d}:{minute:02d})"
        entries.append((EntryClock(index, m.start(), m.end(), value), hour * 100 + minute))
    if len(entries) < MIN_ENTRIES:
        return []
    if all(reference_year - HISTORY_YEARS <= year <= reference_year for _, year in entries):
        return []
    return [entry for entry, _ in entries]
