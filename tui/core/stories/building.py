"""Story events of a whole analysis: every event in one, most of them alone."""

from __future__ import annotations

import hashlib
from collections import defaultdict

from tui.core.interruption import Checkpoint, checked, go_on
from tui.core.model import Analysis, Event
from tui.core.stories.blocking import date_blocks
from tui.core.stories.corpus import Corpus, corpus_of
from tui.core.stories.merging import MergeRule, merge_groups, similar_pairs
from tui.core.stories.model import Stories, StoryEvent
from tui.core.stories.vectors import centroid, cosine

#: The anchors whose date the sentence itself gives; such a member dates a story best.
_TEXT_ANCHORS = ("explicit", "relative")


def build_stories(
    analysis: Analysis,
    *,
    rule: MergeRule | None = None,
    corpus: Corpus | None = None,
    checkpoint: Checkpoint = go_on,
) -> Stories:
    """The story events of ``analysis``, in the order of its events (time order)."""
    rule = rule or MergeRule()
    corpus = corpus or corpus_of(analysis, checkpoint)
    events = analysis.events
    vectors = [corpus.vector(event) for event in events]
    pairs = []
    for block in checked(date_blocks(events), checkpoint, every=1):
        pairs.extend(similar_pairs(block, events, vectors, rule))
    roots = merge_groups(len(events), pairs, events, checkpoint)
    members: dict[int, list[int]] = defaultdict(list)
    for index, group in enumerate(roots):
        members[group].append(index)
    stories = Stories()
    for indexes in checked(sorted(members.values(), key=lambda g: g[0]), checkpoint):
        story = _story([events[i] for i in indexes], [vectors[i] for i in indexes])
        stories.stories.append(story)
        for event_id in story.events:
            stories.of_event[event_id] = story.id
    return stories


def _story(events: list[Event], vectors: list[dict[str, float]]) -> StoryEvent:
    ids = tuple(event.id for event in events)
    if len(events) == 1:  # most events are reported once: nothing to choose
        (event,) = events
        return StoryEvent(f"st-{_digest(ids)}", event.date, event.title, ids, (event.document,))
    # The title of the member worded most like all of them together.
    middle = centroid(vectors)
    best = max(range(len(events)), key=lambda i: (cosine(vectors[i], middle), -i))
    dated = [e for e in events if e.anchor in _TEXT_ANCHORS] or events
    return StoryEvent(
        id=f"st-{_digest(ids)}",
        date=dated[0].date,
        title=events[best].title,
        events=ids,
        documents=tuple(event.document for event in events),
    )


def _digest(ids: tuple[str, ...]) -> str:
    """A story's id stays as long as its members do, whatever their order."""
    return hashlib.sha1("\n".join(sorted(ids)).encode()).hexdigest()[:12]
