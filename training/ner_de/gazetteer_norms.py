"""Word-list features for the NER model: known place names and given names get a shared
NORM ("⟨loc⟩", "⟨given⟩"), so the CNN can learn how far to trust the lists in context.

Used by training only (``spacy train --code training/ner_de/gazetteer_norms.py``): the
table is saved inside the model (vocab/lookups.bin), so loading the model needs no code.
The lists are the package's own resources (see training/gazetteer/).
"""

from __future__ import annotations

import sys
import tomllib
from collections.abc import Callable
from pathlib import Path

import spacy
from spacy.lookups import Lookups

RESOURCES = Path(__file__).resolve().parents[2] / "tui" / "core" / "resources" / "de"


def _lines(name: str, key: str) -> list[str]:
    data = tomllib.loads((RESOURCES / f"{name}.toml").read_text(encoding="utf-8"))
    value = data.get(key, "")
    return value.splitlines() if isinstance(value, str) else list(value)


def norms() -> dict[str, str]:
    table: dict[str, str] = {}
    for name in _lines("entities_given_names", "given_names"):
        table[name] = "⟨given⟩"
    places = _lines("entities_places", "places")
    places += tomllib.loads((RESOURCES / "entities.toml").read_text(encoding="utf-8")).get(
        "place_names", []
    )
    for place in places:
        if " " not in place:
            table[place] = "⟨loc⟩"
    return table


@spacy.registry.callbacks("timeline.gazetteer_norms.v1")
def create_callback() -> Callable:
    def add_norms(nlp):
        lookups = Lookups()
        lookups.add_table("lexeme_norm", norms())
        nlp.vocab.lookups = lookups
        print(f"gazetteer norms: {len(lookups.get_table('lexeme_norm'))}", file=sys.stderr)
        return nlp

    return add_norms
