"""Story events from the analysis store when a corpus's were built before: building them
takes seconds of CPU for thousands of articles (twelve for 5,000), looking them up a
fraction of one."""

from __future__ import annotations

from pathlib import Path

from tui.core.interruption import Checkpoint, go_on
from tui.core.model import Analysis
from tui.core.stories.building import build_stories
from tui.core.stories.model import Stories


def stories_of(
    analysis: Analysis, store: Path | None = None, checkpoint: Checkpoint = go_on
) -> Stories:
    """The story events of ``analysis``: kept in ``store`` if they were built for the same
    events before, else built (and kept there)."""
    if store is None:
        return build_stories(analysis, checkpoint=checkpoint)
    from tui.core.store import AnalysisStore, analyser_version, events_version
    from tui.core.store.keys import stories_key

    events = {event.id: event for event in analysis.events}
    key = stories_key(analysis)
    checkpoint()
    with AnalysisStore(store, analyser_version(), events_version=events_version()) as opened:
        kept = opened.stories(key, events)
    if kept is not None:
        return kept
    stories = build_stories(analysis, checkpoint=checkpoint)
    with AnalysisStore(store, analyser_version(), events_version=events_version()) as opened:
        opened.keep_stories(key, stories, events)
    return stories
