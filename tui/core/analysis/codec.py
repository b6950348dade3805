"""A per-document result as compact bytes and back (:mod:`.packing`): the analysis store's
format, and how a streamed analysis holds many results in little memory."""

from __future__ import annotations

from tui.core.analysis.packing import pack, unpack
from tui.core.analysis.per_document import DocumentResult
from tui.core.entities.candidates import Candidate, Votes
from tui.core.model import Span, Timex


def encode(result: DocumentResult) -> bytes:
    return pack(
        (
            result.lang,
            _flat(result.sentences),
            _flat(result.paragraphs),
            [
                (t.start, t.end, t.text, t.type, t.value, t.mod, t.anchor, t.point)
                for t in result.timexes
            ],
            [(c.start, c.end, c.text, dict(c.votes), c.source, c.alias_of) for c in result.names],
        )
    )


def decode(payload: bytes) -> DocumentResult:
    lang, sentences, paragraphs, timexes, names = unpack(payload)
    return DocumentResult(
        lang=lang,
        sentences=_spans(sentences),
        paragraphs=_spans(paragraphs),
        timexes=[Timex(*fields) for fields in timexes],
        names=[
            Candidate(start, end, text, Votes(votes), source, alias_of)
            for start, end, text, votes, source, alias_of in names
        ],
    )


def _flat(spans: list[Span]) -> list[int]:
    return [offset for span in spans for offset in span]


def _spans(flat: list[int]) -> list[Span]:
    return list(zip(flat[::2], flat[1::2], strict=True))
