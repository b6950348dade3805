"""An analysis seen by the story engine: each event's sentence as a TF-IDF vector, each
document's language and publication day. Built once, shared by stories and summaries."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from tui.core.interruption import Checkpoint, checked, go_on
from tui.core.model import Analysis, Event
from tui.core.stories.text import terms
from tui.core.stories.vectors import Idf, Vector, centroid

#: A sentence of a document: (document id, start, end). Several events can share one.
SentenceKey = tuple[str, int, int]


def sentence_key(event: Event) -> SentenceKey:
    return (event.document, event.start, event.end)


@dataclass(slots=True)
class Corpus:
    analysis: Analysis
    events: Sequence[Event]
    texts: dict[str, str]  # Document.id -> text
    published: dict[str, dt.date | None]  # Document.id -> publication day, if known
    vectors: dict[SentenceKey, Vector]
    idf: Idf
    #: The centroid of all its sentences: the words the whole story is told in.
    topic: Vector
    #: Document.id -> where its sentences start, in order.
    sentence_starts: dict[str, list[int]]

    def vector(self, event: Event) -> Vector:
        return self.vectors[sentence_key(event)]

    def position(self, event: Event) -> int:
        """Which sentence of its article the event's is (0: the first)."""
        starts = self.sentence_starts.get(event.document, [])
        return max(bisect.bisect_right(starts, event.start) - 1, 0)


def corpus_of(analysis: Analysis, checkpoint: Checkpoint = go_on) -> Corpus:
    langs = {item.document.id: item.lang for item in analysis.documents}
    words: dict[SentenceKey, list[str]] = {}
    for event in checked(analysis.events, checkpoint):
        key = sentence_key(event)
        if key not in words:
            words[key] = terms(event.text, langs.get(event.document, ""))
    # Sentences are the units compared, so their frequencies weigh the words.
    idf = Idf(words.values())
    vectors = {key: idf.vector(ws) for key, ws in checked(words.items(), checkpoint)}
    return Corpus(
        analysis=analysis,
        events=analysis.events,
        texts={item.document.id: item.document.text for item in analysis.documents},
        published={item.document.id: _day(item.document.dct) for item in analysis.documents},
        vectors=vectors,
        idf=idf,
        topic=centroid(vectors.values()),
        sentence_starts={
            item.document.id: sorted(start for start, _ in item.sentences)
            for item in analysis.documents
        },
    )


def _day(value: str | None) -> dt.date | None:
    """The day of a TIMEX3 publication date, or None when it is coarser (``2024-12``)."""
    if value is None or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
