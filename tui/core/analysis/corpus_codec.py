"""A corpus's whole analysis as compact bytes and back (:mod:`.packing`): each document's
analysis with its names as merged, the entities and all the events in the timeline's order.

How the analysis store keeps the last corpora opened, so that opening one again reads one
row, and neither decodes every document's name candidates nor merges or places anything.
Each document's own lists (sentences, dates, names) are decoded only when first used
(:meth:`DocumentAnalysis.deferred`): the timeline needs the events and entities alone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from tui.core.analysis.packing import pack, pack_plain, unpack, unpack_plain
from tui.core.model import (
    Document,
    DocumentAnalysis,
    DocumentParts,
    Entity,
    Event,
    EventDate,
    Mention,
    Timex,
)


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
            _event_columns(corpus.events, {i.document.id: i.document.text for i in corpus.items}),
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
        _events_of(events, {document.id: document.text for document in documents}),
    )


def _document_row(item: DocumentAnalysis) -> tuple[str, bytes]:
    # The outer compression checks these bytes too (zlib's checksum covers the whole).
    parts = (
        item.sentences,
        item.paragraphs,
        [(t.start, t.end, t.text, t.type, t.value, t.mod, t.anchor, t.point) for t in item.timexes],
        [(m.start, m.end, m.text, m.label, m.entity) for m in item.mentions],
    )  # fmt: skip
    return item.lang, pack_plain(parts)


def _document_of(document: Document, row: tuple[str, bytes]) -> DocumentAnalysis:
    lang, parts = row
    return DocumentAnalysis.deferred(document, lang, partial(_parts_of, parts))


def _parts_of(payload: bytes) -> DocumentParts:
    sentences, paragraphs, timexes, mentions = unpack_plain(payload)
    return (
        sentences,
        paragraphs,
        [Timex(*fields) for fields in timexes],
        [Mention(*fields) for fields in mentions],
    )


def _event_columns(events: list[Event], texts: dict[str, str]) -> tuple[Any, ...]:
    """``events`` a field at a time, each distinct date once: read back without a tuple
    per event, and the events made by one ``map`` (see :func:`_events_of`). An event's
    sentence is its document's text at its span: kept as None then (``texts``: the texts
    by document id), as the text is read anyway."""
    dates: dict[EventDate, int] = {}
    numbers = [dates.setdefault(e.date, len(dates)) for e in events]
    return (
        [(d.value, d.earliest.toordinal(), d.latest.toordinal(), d.precision, d.label, d.mod)
         for d in dates],
        numbers,
        [e.id for e in events],
        [e.document for e in events],
        [e.title for e in events],
        [None if e.document in texts and texts[e.document][e.start : e.end] == e.text
         else e.text for e in events],
        [e.start for e in events],
        [e.end for e in events],
        [e.anchor for e in events],
        [e.timex for e in events],
        [e.entities for e in events],
        [e.context for e in events],
    )  # fmt: skip


def _events_of(columns: tuple[Any, ...], texts: dict[str, str]) -> list[Event]:
    """The events of :func:`_event_columns`; events of one date share one (immutable)
    date object."""
    date_rows, numbers, ids, documents, titles, sentences, starts, ends, *rest = columns
    anchors, timexes, entities, contexts = rest
    dates = [
        EventDate(value, dt.date.fromordinal(earliest), dt.date.fromordinal(latest),
                  precision, label, mod)
        for value, earliest, latest, precision, label, mod in date_rows
    ]  # fmt: skip
    if len({len(column) for column in (numbers, *columns[2:])}) != 1:
        raise ValueError("columns of unequal lengths")
    sentences = [
        texts[document][start:end] if text is None else text
        for document, start, end, text in zip(documents, starts, ends, sentences, strict=True)
    ]
    return list(
        map(Event, ids, documents, titles, sentences, starts, ends,
            map(dates.__getitem__, numbers), anchors, timexes, entities, contexts)
    )  # fmt: skip
