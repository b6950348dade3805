"""A per-document result as compact bytes and back (JSON of plain lists, compressed): the
analysis store's format, and how a streamed analysis holds many results in little memory."""

from __future__ import annotations

import json
import zlib
from typing import Any

from tui.core.analysis.per_document import DocumentResult
from tui.core.entities.candidates import Candidate, Votes
from tui.core.model import Span, Timex

#: Bumped whenever the encoding below changes.
SCHEMA = 1


def encode(result: DocumentResult) -> bytes:
    data = {
        "lang": result.lang,
        "sentences": _flat(result.sentences),
        "paragraphs": _flat(result.paragraphs),
        "timexes": [
            [t.start, t.end, t.text, t.type, t.value, t.mod, t.anchor, t.point]
            for t in result.timexes
        ],
        "names": [[c.start, c.end, c.text, c.votes, c.source, c.alias_of] for c in result.names],
    }
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return zlib.compress(text.encode("utf-8", "surrogatepass"), 1)


def decode(payload: bytes) -> DocumentResult:
    data: dict[str, Any] = json.loads(zlib.decompress(payload).decode("utf-8", "surrogatepass"))
    return DocumentResult(
        lang=data["lang"],
        sentences=_spans(data["sentences"]),
        paragraphs=_spans(data["paragraphs"]),
        timexes=[Timex(*fields) for fields in data["timexes"]],
        names=[
            Candidate(start, end, text, Votes(votes), source, alias_of)
            for start, end, text, votes, source, alias_of in data["names"]
        ],
    )


def _flat(spans: list[Span]) -> list[int]:
    return [offset for span in spans for offset in span]


def _spans(flat: list[int]) -> list[Span]:
    return list(zip(flat[::2], flat[1::2], strict=True))
