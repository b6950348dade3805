"""German Wiktionary's nouns, from the ``german-nouns`` package (CC BY-SA 4.0; needed at
build time only: ``pip install german-nouns``)."""

from __future__ import annotations

import csv
import importlib.util
from functools import cache
from pathlib import Path

#: Parts of speech that make a word a name as well as (or instead of) a common noun.
NAME_POS = ("Nachname", "Vorname", "Toponym", "Eigenname", "Abkürzung")
#: Columns of german-nouns' CSV that hold no word form.
NOT_FORMS = ("lemma", "pos", "genus")


@cache
def rows() -> list[dict[str, str]]:
    """One row per Wiktionary noun: lemma, parts of speech, declined forms (empty when the
    package is not installed). Read once: the row list is shared, not to be changed."""
    spec = importlib.util.find_spec("german_nouns")
    if spec is None or not spec.submodule_search_locations:
        print("german-nouns not installed: Wiktionary nouns left out")
        return []
    table = Path(next(iter(spec.submodule_search_locations))) / "nouns.csv"
    with table.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def is_name(row: dict[str, str], kinds: tuple[str, ...] = NAME_POS) -> bool:
    return any(p in row["pos"] for p in kinds)


def name_lemmas(kinds: tuple[str, ...] = NAME_POS) -> set[str]:
    """The lemmas that some row lists as a name of one of ``kinds``."""
    return {r["lemma"] for r in rows() if is_name(r, kinds)}


def forms(row: dict[str, str], cases: tuple[str, ...] = ("",)) -> set[str]:
    """The declined forms in ``row`` whose column starts with one of ``cases``."""
    return {
        form
        for column, form in row.items()
        if form and not column.startswith(NOT_FORMS) and column.startswith(cases)
    }
