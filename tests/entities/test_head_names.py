"""Names their last word reveals (head_names.py): a street's hyphen compound is a place, a
company's ending names a company; and the English role and title rules (a lower-case role
before a name, a quoted title with its comma inside). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tui.core.entities import recognise

from .conftest import item


def _mentions(text: str, lang: str) -> list[tuple[str, str]]:
    mentions, _ = recognise([item(text, lang=lang)])
    return [(m.text, m.label) for m in mentions[0]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Arbeiten an der Konrad-Adenauer-Straße beginnen.",
            [("Konrad-Adenauer-Straße", "LOC")],
        ),
        ("Am Willy-Brandt-Ring wird gebaut.", [("Willy-Brandt-Ring", "LOC")]),
        # One name before the street word: only a known given name or surname.
        ("Die Goethe-Allee ist gesperrt.", [("Goethe-Allee", "LOC")]),
        ("Die Umleitungs-Straße ist gesperrt.", []),
    ],
)
def test_a_street_named_after_someone_is_a_place(fake_model, text, expected):
    fake_model([])
    assert _mentions(text, "de") == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # "Kranich" (a crane) is a common noun: the ending makes it a company's name.
        ("de", "Die Flüge von Kranich Airlines fallen aus.", [("Kranich Airlines", "ORG")]),
        ("de", "Die Fobra AG senkt die Prognose.", [("Fobra AG", "ORG")]),
        ("en", "Flights by Quorbit Airways were cut.", [("Quorbit Airways", "ORG")]),
        # A determiner or a numeral is no part of the name.
        ("en", "Several Airlines cut flights.", []),
        ("en", "Five Airlines cut flights.", []),
        # A word that ends other names too makes no company here.
        ("de", "Die Sparkasse Bank zahlt.", []),
        ("en", "Five Council members voted.", []),
    ],
)
def test_a_company_ending_names_a_company(fake_model, lang, text, expected):
    fake_model([])
    assert _mentions(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        # A lower-case role outvotes one model guess.
        ("As rapper Zeb Tull watched, it rained.", ("ORG", "Zeb Tull"), ("Zeb Tull", "PER")),
        ("Her daughter Lia Mott cheered.", ("ORG", "Lia Mott"), ("Lia Mott", "PER")),
        # The last word of a title ending "in Charge" is a title, cut from the name.
        ("Agent in Charge Zeb Tull said so.", ("PER", "Charge Zeb Tull"), ("Zeb Tull", "PER")),
    ],
)
def test_an_english_role_before_a_name_says_person(fake_model, text, tagged, expected):
    fake_model([tagged])
    assert expected in _mentions(text, "en")


def test_a_quoted_title_keeps_its_comma_outside_the_name(fake_model):
    fake_model([])
    text = 'Her diss track "Quiet Fields," a hit, sold well.'
    assert _mentions(text, "en") == [("Quiet Fields", "MISC")]
