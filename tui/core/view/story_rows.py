"""Rows from story events instead of events: the seam of the story view.

A story event (events of different articles that report the same happening, see
:mod:`tui.core.stories`) is shown as one row. Its row is an :class:`Event` of its own, the
*lead*: the member the story takes its date from, titled and dated as the story says and with
the entities of every member, so everything that lays out, dates and draws events draws stories
unchanged. The filters still look at the members (a story matches if any member matches):
:meth:`StoryRows.rows_of` turns what they keep into story rows.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from typing import TYPE_CHECKING

from tui.core.model import Analysis, Event
from tui.core.view.event_index import positions

if TYPE_CHECKING:
    # The stories package loads its language data: the view model only names its types.
    from tui.core.stories import Stories, StoryEvent


class StoryRows:
    """One lead event per story event, and the way from members to stories and back."""

    def __init__(self, analysis: Analysis, stories: Stories) -> None:
        #: The analysis's events: what the filters look at.
        self.members: list[Event] = list(analysis.events)
        by_id = {event.id: event for event in self.members}
        #: One lead event per story, in the stories' order.
        self.events: list[Event] = []
        self._members: dict[str, tuple[Event, ...]] = {}
        self._leads: dict[str, Event] = {}
        for story in stories.stories:
            members = tuple(by_id[event_id] for event_id in story.events if event_id in by_id)
            if not members:
                continue
            lead = _lead(story, members)
            self.events.append(_row(story, lead, members))
            self._members[story.id] = members
            self._leads[story.id] = lead
        self._story_of = dict(stories.of_event)
        self._member_story: array[int] = positions()

    def place(self, position_of: dict[str, int]) -> None:
        """Learn each story's row position (the index's order), once it is laid out."""
        self._member_story = positions(
            position_of[self._story_of.get(event.id, "")] for event in self.members
        )

    def members_of(self, event: Event) -> tuple[Event, ...]:
        """The member events of a story row (a plain event: itself)."""
        return self._members.get(event.id, (event,))

    def lead_of(self, event: Event) -> Event:
        """The member event whose sentence a story row shows (a plain event: itself)."""
        return self._leads.get(event.id, event)

    def story_of(self, event: Event) -> str:
        """The story row id of a member event (a story row: its own id)."""
        return self._story_of.get(event.id, event.id)

    def rows_of(self, kept: Sequence[int] | None) -> Sequence[int] | None:
        """The story rows of the members a filter keeps (positions in :attr:`members`)."""
        if kept is None:
            return None
        story = self._member_story
        return positions(sorted({story[p] for p in kept}))


def _lead(story: StoryEvent, members: tuple[Event, ...]) -> Event:
    """The member that stands for the story: the one it takes its date from (titled by the
    story when several share that date)."""
    if len(members) == 1:  # most stories: told once
        return members[0]
    dated = [m for m in members if m.date == story.date] or list(members)
    return next((m for m in dated if m.title == story.title), dated[0])


def _row(story: StoryEvent, lead: Event, members: tuple[Event, ...]) -> Event:
    """The lead as the story's row: the story's id, title and date, every member's entities.
    Made by the constructor: ``dataclasses.replace`` took a second per 100,000 stories."""
    if len(members) == 1:
        entities = list(lead.entities)
    else:
        entities = list(dict.fromkeys(e for member in members for e in member.entities))
    return Event(
        story.id,
        lead.document,
        story.title,
        lead.text,
        lead.start,
        lead.end,
        story.date,
        lead.anchor,
        lead.timex,
        entities,
        lead.context,
    )
