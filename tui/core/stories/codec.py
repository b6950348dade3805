"""Story events as bytes for the analysis store, and back, given the events they group.

A story's date and title are those of one of its members, and its documents are its
members' documents: a story is kept as its id, its members' ids and which member gives the
date and which the title (compressed as the store's other payloads), so the payload is
small and decoding makes no date or title.
"""

from __future__ import annotations

from collections.abc import Mapping

from tui.core.analysis.packing import UNREADABLE, pack, unpack
from tui.core.model import Event
from tui.core.stories.model import Stories, StoryEvent

#: Bumped when the layout below changes.
FORMAT = "stories-2"


def encode_stories(stories: Stories, events: Mapping[str, Event]) -> bytes | None:
    """``stories`` as bytes; None when a story's date or title is no member's (nothing the
    engine makes, but then it cannot be kept this way)."""
    rows = []
    for story in stories.stories:
        members = [events[event_id] for event_id in story.events]
        dated = next((i for i, m in enumerate(members) if m.date == story.date), None)
        titled = next((i for i, m in enumerate(members) if m.title == story.title), None)
        if dated is None or titled is None:
            return None
        rows.append((story.id, story.events, dated, titled))
    return pack((FORMAT, rows))


def decode_stories(payload: bytes, events: Mapping[str, Event]) -> Stories | None:
    """The stories of :func:`encode_stories`; None if ``payload`` is of another format or
    names an event ``events`` lacks."""
    try:
        layout, rows = unpack(payload)
    except UNREADABLE:
        return None
    if layout != FORMAT:
        return None
    stories = Stories()
    of_event = stories.of_event
    try:
        for story_id, event_ids, dated, titled in rows:
            members = [events[event_id] for event_id in event_ids]
            stories.stories.append(
                StoryEvent(
                    story_id,
                    members[dated].date,
                    members[titled].title,
                    event_ids,
                    tuple(member.document for member in members),
                )
            )
            for event_id in event_ids:
                of_event[event_id] = story_id
    except (KeyError, IndexError, TypeError, ValueError):
        return None
    return stories
