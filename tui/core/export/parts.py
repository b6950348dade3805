"""An analysis seen document by document: each document with its own events, in time order.

The JSON Lines and CSV writers take documents one at a time, so that a corpus can be written
as its documents are finished (:func:`tui.core.analysis.analyse_stream`) and never needs to
be one string in memory.
"""

from __future__ import annotations

from collections.abc import Iterator

from tui.core.model import Analysis, DocumentEvents, Event


def parts_of(analysis: Analysis) -> Iterator[DocumentEvents]:
    """Each document of ``analysis`` with its events (one pass over the events)."""
    events: dict[str, list[Event]] = {item.document.id: [] for item in analysis.documents}
    for event in analysis.events:
        events[event.document].append(event)
    for item in analysis.documents:
        yield DocumentEvents(item, events[item.document.id])
