"""Keys that name a curation's targets beyond one analysis.

An event is its document's text (a digest of it: the same article under another file name
or id is the same article) and its sentence's offsets; a sentence that tells several
events (a list of dates) tells them in time order, and ``nth`` counts among them. An
entity is its name, normalised (case and spacing do not matter): labels are left out, as
re-analysis and the reader's own relabelling change them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TypeGuard

from tui.core.model import DocumentAnalysis, Event


@dataclass(frozen=True, slots=True, order=True)
class EventKey:
    document: str  # :func:`content_key` of the document's text
    start: int
    end: int
    nth: int = 0

    def to_record(self) -> dict[str, object]:
        return {"document": self.document, "start": self.start, "end": self.end, "nth": self.nth}

    @classmethod
    def from_record(cls, record: object) -> EventKey:
        if not isinstance(record, dict):
            raise ValueError("an event key is not a JSON object")
        document = record.get("document")
        start, end, nth = record.get("start"), record.get("end"), record.get("nth", 0)
        if not isinstance(document, str) or not document:
            raise ValueError("an event key without a document")
        if not (_offset(start) and _offset(end) and _offset(nth)):
            raise ValueError("an event key's offsets are not whole numbers")
        return cls(document, start, end, nth)


def _offset(value: object) -> TypeGuard[int]:
    return type(value) is int and value >= 0


def content_key(text: str) -> str:
    """A digest of a document's text."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def entity_key(name: str) -> str:
    """A name as curation compares it: case and spacing folded."""
    return " ".join(name.split()).casefold()


def document_keys(documents: Iterable[DocumentAnalysis]) -> dict[str, str]:
    """Each document's :func:`content_key` by document id."""
    return {item.document.id: content_key(item.document.text) for item in documents}


def keyed_events(events: Iterable[Event], keys: dict[str, str]) -> Iterator[tuple[EventKey, Event]]:
    """Each of ``events`` (in time order) with its key; ``keys``: :func:`document_keys`."""
    told: dict[tuple[str, int, int], int] = {}
    for event in events:
        sentence = (event.document, event.start, event.end)
        nth = told.get(sentence, 0)
        told[sentence] = nth + 1
        yield EventKey(keys[event.document], event.start, event.end, nth), event
