"""One name the model read as two spans (joined_spans.py), and a name that fills a quotation
(a work's or a thing's title), in both languages, on sentences written for these tests."""

from __future__ import annotations

import pytest

from tui.core.entities import recognise
from tui.core.model import Mention

from .conftest import item


def _found(mentions: list[Mention]) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in mentions]


@pytest.mark.parametrize(
    ("lang", "text", "parts", "name"),
    [
        (
            "en",
            "The board named Ann (AJ) Doe Lund as interim chief.",
            ("Ann", "Doe Lund"),
            "Ann (AJ) Doe Lund",
        ),
        (
            "en",
            'Fans cheered Bo ("Bobo") Lindqvist on Sunday.',
            ("Bo", "Lindqvist"),
            'Bo ("Bobo") Lindqvist',
        ),
        (
            "de",
            "Der Verein wählte Anna (Anni) Meyerling zur Vorsitzenden.",
            ("Anna", "Meyerling"),
            "Anna (Anni) Meyerling",
        ),
    ],
)
def test_a_bracketed_nickname_inside_a_persons_name_keeps_it_one(
    fake_model, lang, text, parts, name
):
    fake_model([("PER", part) for part in parts])
    mentions, entities = recognise([item(text, lang=lang)])
    assert _found(mentions[0]) == [(name, "PER")]
    assert len(entities) == 1


def test_two_people_apart_from_a_bracketed_word_stay_two(fake_model):
    fake_model([("PER", "Ann Doe"), ("ORG", "Xanto")])
    text = "Ann Doe (Xanto) won."
    mentions, _ = recognise([item(text, lang="en")])
    assert [m.text for m in mentions[0]] == ["Ann Doe", "Xanto"]


@pytest.mark.parametrize(
    ("lang", "text", "parts", "name"),
    [
        (
            "en",
            "It runs the Harbor and Quantum Group (HQG), its largest unit.",
            ("Harbor", "Quantum Group"),
            "Harbor and Quantum Group",
        ),
        (
            "de",
            "Sie leitet die Quorbit und Xanto Gruppe (QXG) seit Mai.",
            ("Quorbit", "Xanto Gruppe"),
            "Quorbit und Xanto Gruppe",
        ),
    ],
)
def test_an_organisations_name_with_and_is_one_when_its_abbreviation_says_so(
    fake_model, lang, text, parts, name
):
    fake_model([("ORG", part) for part in parts])
    mentions, _ = recognise([item(text, lang=lang)])
    assert (name, "ORG") in _found(mentions[0])
    assert not {part for part in parts} & {m.text for m in mentions[0]}


@pytest.mark.parametrize(
    "text",
    [
        # The abbreviation spells the last name only: two organisations.
        "Xanto and Fobra Group (FG) signed.",
        # No abbreviation: nothing says the two are one.
        "Xanto and Fobra Group signed.",
    ],
)
def test_two_organisations_joined_by_and_stay_two(fake_model, text):
    fake_model([("ORG", "Xanto"), ("ORG", "Fobra Group")])
    mentions, _ = recognise([item(text, lang="en")])
    assert [m.text for m in mentions[0] if m.text != "FG"] == ["Xanto", "Fobra Group"]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", 'She won for her bold "Quill Harbor," a record of ballads.', "Quill Harbor"),
        ("en", 'Engineers asked if "Xyzzy" had tipped over.', "Xyzzy"),
    ],
)
def test_a_name_that_fills_a_quotation_is_a_title(fake_model, lang, text, name):
    fake_model([("PER", name)])
    mentions, entities = recognise([item(text, lang=lang)])
    assert {(m.text, m.label) for m in mentions[0]} == {(name, "MISC")}
    assert [e.label for e in entities] == ["MISC"]


def test_german_quotes_names_of_any_kind(fake_model):
    # German news quotes newspapers and parties too („Bild“): the quotation says nothing.
    fake_model([("ORG", "Quill Harbor")])
    _, entities = recognise([item("Das meldete die „Quill Harbor“ am Abend.", lang="de")])
    assert [e.label for e in entities] == ["ORG"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # Part of a quotation: speech that names someone.
        ("en", '"Ann Doe will win," he said. Ann Doe smiled.'),
        ("de", "„Ann Doe gewinnt“, sagte er. Ann Doe lächelte."),
    ],
)
def test_a_name_inside_a_longer_quotation_keeps_its_label(fake_model, lang, text):
    fake_model([("PER", "Ann Doe")])
    _, entities = recognise([item(text, lang=lang)])
    assert [e.label for e in entities] == ["PER"]
