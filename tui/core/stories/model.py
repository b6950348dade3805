"""What the story engine gives: story events across articles, and a key-dates summary."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from tui.core.model import EventDate


@dataclass(frozen=True, slots=True)
class StoryEvent:
    """One happening as reported by one or more articles: its member events, at most one
    of each document (a document tells apart what it tells twice)."""

    id: str
    date: EventDate
    title: str
    events: tuple[str, ...]  # Event.id, in the order of the corpus's events
    documents: tuple[str, ...]  # Document.id of each member, in the same order


@dataclass(slots=True)
class Stories:
    """Every event of an analysis in exactly one story event (most of them alone)."""

    stories: list[StoryEvent] = field(default_factory=list)
    #: Event.id -> StoryEvent.id
    of_event: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class KeySentence:
    """A sentence that says what happened on a key date; offsets into its document's text."""

    text: str
    document: str
    start: int
    end: int
    event: str


@dataclass(frozen=True, slots=True)
class KeyDate:
    date: dt.date
    score: float
    articles: int  # how many articles report an event on that day
    sentences: tuple[KeySentence, ...]


@dataclass(frozen=True, slots=True)
class Summary:
    """The key dates of a corpus inside ``span`` (inclusive), in date order."""

    span: tuple[dt.date, dt.date] | None
    dates: tuple[KeyDate, ...]
