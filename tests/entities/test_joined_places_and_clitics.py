"""A hyphen compound of known places is one place; a function word with a clitic is no
name. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tui.core.entities import recognise
from tui.core.entities.language_rules import rules_for

from .conftest import item


def _mentions(text: str, lang: str = "de") -> list[tuple[str, str]]:
    mentions, _ = recognise([item(text, lang=lang)])
    return [(m.text, m.label) for m in mentions[0]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Fähre pendelt im Kreis Kleve-Goch.", [("Kleve-Goch", "LOC")]),
        ("Der Zug fährt über Kleve-Goch nach Süden.", [("Kleve-Goch", "LOC")]),
        # A compound with a word that is no known place is no place here.
        ("Die Kleve-Gruppe wächst.", []),
    ],
)
def test_a_compound_of_known_places_is_one_place(fake_model, text, expected):
    fake_model([])
    assert _mentions(text) == expected


@pytest.mark.parametrize(
    ("lang", "word", "common"),
    [
        ("de", "wird's", True),
        ("de", "wird’s", True),
        ("en", "that's", True),
        ("en", "McQuill's", False),  # a name's possessive
        ("de", "Xanto's", False),
    ],
)
def test_a_function_word_with_a_clitic_is_common(lang, word, common):
    assert rules_for(lang).is_common(word) is common


def test_a_clitic_word_the_model_tags_is_dropped(fake_model):
    fake_model([("ORG", "wird's")])
    assert _mentions("So wird's gemacht, das ist klar.") == []
