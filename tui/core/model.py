"""The analysis core's data model: what the pipeline produces and the UI consumes.

All offsets are Python string indices into the owning document's ``text``.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

Span = tuple[int, int]

#: How an event's date was found.
EVENT_ANCHORS = ("explicit", "relative", "previous", "context", "dct")
#: How a temporal expression's value was resolved.
TIMEX_ANCHORS = ("explicit", "dct", "previous")
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
ENTITY_LABELS = ("PER", "ORG", "LOC", "MISC")
#: Granularity of a date, finest first; the order breaks ties when events are sorted.
PRECISIONS = (
    "day",
    "week",
    "month",
    "season",
    "quarter",
    "half",
    "year",
    "decade",
    "century",
    "vague",
)


@dataclass(slots=True)
class Document:
    """One article exactly as read: ``text`` is never altered, so offsets point into it."""

    id: str
    text: str
    title: str | None = None
    #: Publication date (document creation time) as a TIMEX3 value at its own
    #: precision: ``2024-12`` is a month and never gains an invented day.
    dct: str | None = None
    source: str | None = None
    url: str | None = None
    #: Where it came from: a file path, ``path:line`` for JSONL, ``-`` for stdin, or None.
    origin: str | None = None
    #: Declared language, if the input said so; otherwise detected by the pipeline.
    lang: str | None = None
    #: The headline and lede block (``text[lede[0]:lede[1]]``), if the reader found one.
    lede: Span | None = None
    #: Spans that are markup of the format rather than article prose (the ``date`` marker,
    #: a closing byline); they are not analysed.
    ignored: tuple[Span, ...] = ()


@dataclass(slots=True)
class Timex:
    """A temporal expression, normalised to a TimeML TIMEX3 type and value."""

    start: int
    end: int
    text: str
    type: str  # one of TIMEX_TYPES
    value: str
    mod: str | None = None  # TIMEX3 mod: START, MID, END, APPROX, BEFORE, AFTER, ...
    anchor: str = "explicit"  # one of TIMEX_ANCHORS
    #: For an expression that is not itself a point in time but places its sentence in
    #: time (``in den kommenden Monaten`` is the duration PXM, pointing at FUTURE_REF),
    #: the DATE value of that place; None when ``value`` already is the point.
    point: str | None = None


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    label: str  # one of ENTITY_LABELS
    entity: str  # Entity.id


@dataclass(slots=True)
class Entity:
    id: str
    name: str
    label: str  # one of ENTITY_LABELS, decided by votes over all mentions
    aliases: list[str] = field(default_factory=list)
    count: int = 0


@dataclass(frozen=True, slots=True)
class EventDate:
    """Where an event sits in time: the TIMEX3 value and the interval it covers."""

    value: str
    earliest: dt.date
    latest: dt.date
    precision: str  # one of PRECISIONS
    label: str  # human-readable, e.g. "6 Jan 2021", "Dec 2024", "recently, before Dec 2024"
    mod: str | None = None

    @property
    def sort_key(self) -> tuple[dt.date, int]:
        return (self.earliest, PRECISIONS.index(self.precision))


@dataclass(slots=True)
class Event:
    """Something that happened or will happen, anchored in time, told by one sentence."""

    id: str
    document: str  # Document.id
    title: str
    text: str
    start: int
    end: int
    date: EventDate
    anchor: str  # one of EVENT_ANCHORS
    timex: int | None  # index into the document's timexes, or None
    entities: list[str] = field(default_factory=list)  # Entity.id, in order of appearance
    #: For an event dated by the discourse it continues (anchor ``context``): the sentence
    #: whose date it takes.
    context: Span | None = None


@dataclass(frozen=True, slots=True)
class EventMark:
    """What a reader's curation says about one event, beside the event as curated.

    The curated event itself carries the edited title and date; the originals are kept here
    so the detail pane and the exports can show both.
    """

    hidden: bool = False
    starred: bool = False
    note: str | None = None
    #: The analyser's title, when the reader edited it.
    original_title: str | None = None
    #: The analyser's date, when the reader changed it.
    original_date: EventDate | None = None

    @property
    def edited(self) -> bool:
        return self.original_title is not None or self.original_date is not None


#: A document's sentences, paragraphs, temporal expressions and mentions.
DocumentParts = tuple[list[Span], list[Span], list[Timex], list[Mention]]
_DEFERRED_PARTS = frozenset({"sentences", "paragraphs", "timexes", "mentions"})
_reading_parts = threading.Lock()


@dataclass(slots=True)
class DocumentAnalysis:
    document: Document
    lang: str
    sentences: list[Span] = field(default_factory=list)
    paragraphs: list[Span] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    #: What reads the four lists above when one is first asked for (see :meth:`deferred`).
    _read_parts: Callable[[], DocumentParts] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    @classmethod
    def deferred(
        cls, document: Document, lang: str, read_parts: Callable[[], DocumentParts]
    ) -> DocumentAnalysis:
        """An analysis whose lists ``read_parts`` gives when one is first used: a corpus
        read back from the store shows its timeline before every document's analysis is
        decoded (most are never looked at)."""
        item = object.__new__(cls)
        item.document, item.lang, item._read_parts = document, lang, read_parts
        return item

    def __getattr__(self, name: str) -> Any:
        # Called only for a slot never set: the lists of a deferred analysis.
        if name not in _DEFERRED_PARTS:
            raise AttributeError(name)
        with _reading_parts:  # read once, whichever thread asks first
            read_parts = self._read_parts
            if read_parts is not None:
                self.sentences, self.paragraphs, self.timexes, self.mentions = read_parts()
                self._read_parts = None
        return object.__getattribute__(self, name)


@dataclass(frozen=True, slots=True)
class DocumentEvents:
    """One document's analysis with its own events, in time order: how a corpus is written
    document by document."""

    item: DocumentAnalysis
    events: list[Event]


@dataclass(frozen=True, slots=True)
class DocumentFailure:
    """A document the analysis failed on; it is left out, the others are analysed.

    ``error`` is the exception itself (with its traceback), for whoever wants to re-raise it.
    """

    document: Document
    error: Exception

    def __str__(self) -> str:
        where = self.document.origin or self.document.id
        return f"{where}: analysis failed: {type(self.error).__name__}: {self.error}"


@dataclass(slots=True)
class Analysis:
    """The result of analysing a set of documents: the timeline's whole model."""

    documents: list[DocumentAnalysis] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: Documents the analysis failed on: not in ``documents``, and none of their events.
    failures: list[DocumentFailure] = field(default_factory=list)
    #: The reader's curation by event id (only events with a mark); empty for an analysis
    #: as the analyser made it.
    marks: dict[str, EventMark] = field(default_factory=dict)
