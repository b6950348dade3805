"""A corpus's whole analysis as compact bytes and back (:mod:`.packing`): each document's
analysis with its names as merged, the entities and all the events in the timeline's order.

How the analysis store keeps the last corpora opened, so that opening one again reads one
row, and neither decodes every document's name candidates nor merges or places anything.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from tui.core.analysis.event_codec import event_rows, events_of
from tui.core.analysis.packing import pack, unpack
from tui.core.model import Document, DocumentAnalysis, Entity, Event, Mention, Timex


@dataclass(frozen=True, slots=True)
class KeptCorpus:
    """What a corpus's analysis is made of (see :func:`decode_corpus`)."""

    items: list[DocumentAnalysis]
    entities: list[Entity]
    events: list[Event]


def encode_corpus(corpus: KeptCorpus) -> bytes:
    return pack(
        (
            [_document_row(item) for item in corpus.items],
            [(e.id, e.name, e.label, e.aliases, e.count) for e in corpus.entities],
            event_rows(corpus.events),
        )
    )


def decode_corpus(payload: bytes, documents: Sequence[Document]) -> KeptCorpus:
    """The corpus kept in ``payload`` for ``documents`` (the documents are not kept: the
    caller has them, just read, and the key the payload was found by covers them)."""
    rows, entities, events = unpack(payload)
    if len(rows) != len(documents):
        raise ValueError("a kept corpus of another size")
    return KeptCorpus(
        [_document_of(document, row) for document, row in zip(documents, rows, strict=True)],
        [Entity(*row) for row in entities],
        events_of(events),
    )


def _document_row(item: DocumentAnalysis) -> tuple[Any, ...]:
    return (
        item.lang,
        item.sentences,
        item.paragraphs,
        [(t.start, t.end, t.text, t.type, t.value, t.mod, t.anchor, t.point) for t in item.timexes],
        [(m.start, m.end, m.text, m.label, m.entity) for m in item.mentions],
    )


def _document_of(document: Document, row: tuple[Any, ...]) -> DocumentAnalysis:
    lang, sentences, paragraphs, timexes, mentions = row
    return DocumentAnalysis(
        document,
        lang,
        sentences,
        paragraphs,
        [Timex(*fields) for fields in timexes],
        [Mention(*fields) for fields in mentions],
    )
