"""Names merged across a corpus as compact bytes and back: how the analysis store keeps them,
so that a corpus opened again needs not merge its names again (the costliest step left when
every document's result and events come from the store)."""

from __future__ import annotations

from tui.core.analysis.packing import pack, unpack
from tui.core.model import Entity, Mention

#: Mentions per document, and the entities they name.
MergedNames = tuple[list[list[Mention]], list[Entity]]


def encode_names(merged: MergedNames) -> bytes:
    mentions, entities = merged
    return pack(
        (
            [[(m.start, m.end, m.text, m.label, m.entity) for m in found] for found in mentions],
            [(e.id, e.name, e.label, e.aliases, e.count) for e in entities],
        )
    )


def decode_names(payload: bytes) -> MergedNames:
    mentions, entities = unpack(payload)
    return (
        [[Mention(*row) for row in found] for found in mentions],
        [Entity(*row) for row in entities],
    )
