"""A number after a name makes it one MISC name of a series (numbered_names.py), in both
languages; a figure, a date, a year or a quantity does not. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tui.core.entities import recognise
from tui.core.entities.candidates import Candidate, Votes
from tui.core.entities.language_rules import rules_for
from tui.core.entities.span_rules import trim_span

from .conftest import item


def _trimmed(text: str, span: str, lang: str, label: str = "PER") -> tuple[str, str]:
    start = text.index(span)
    candidate = Candidate(start, start + len(span), span, Votes({label: 1}))
    (trimmed,) = trim_span(candidate, text, rules_for(lang))
    return trimmed.text, trimmed.votes.leader()


@pytest.mark.parametrize(
    ("lang", "text", "span", "expected"),
    [
        ("de", "Die Trägerrakete Quorva 6 ist gestartet.", "Quorva", "Quorva 6"),
        ("de", "Die Trägerrakete Quorva 6 ist gestartet.", "Quorva 6", "Quorva 6"),
        ("de", "Sie ersetzt die Quorva 5, die lange flog.", "Quorva", "Quorva 5"),
        ("de", "Das Projekt Lindau 21 wird teurer.", "Lindau", "Lindau 21"),
        ("en", "The Xanto 11 mission landed.", "Xanto", "Xanto 11"),
        ("en", "Fobra sold the Zentor 737 jets.", "Zentor", "Zentor 737"),
    ],
)
def test_a_number_after_a_name_is_part_of_it_and_makes_it_misc(lang, text, span, expected):
    assert _trimmed(text, span, lang) == (expected, "MISC")


@pytest.mark.parametrize(
    ("lang", "text", "span", "expected"),
    [
        ("de", "Die Bundesstraße 7 ist gesperrt.", "Bundesstraße", "Bundesstraße 7"),
        ("de", "Der Stau auf der A 7 wächst.", "A", "A 7"),
        ("en", "They closed Route 9 on Monday.", "Route", "Route 9"),
    ],
)
def test_a_road_with_its_number_is_a_place(lang, text, span, expected):
    assert _trimmed(text, span, lang, "ORG") == (expected, "LOC")


@pytest.mark.parametrize(
    ("lang", "text", "span"),
    [
        ("de", "Quorva 6. Mai", "Quorva"),  # an ordinal or a date
        ("de", "Lindau 2024 war ein gutes Jahr.", "Lindau"),  # a year
        ("de", "Lindau 2 Prozent mehr als sonst.", "Lindau"),  # a unit
        ("de", "Lindau 2 Punkte vor Emsdorf.", "Lindau"),  # a counted noun
        ("de", "Lindau 25, Emsdorf 22.", "Lindau"),  # a list of figures
        ("de", "Anna Quorva 23 wurde gewählt.", "Anna Quorva"),  # a person's full name
        ("en", "Doe scored 20 points on Sunday.", "Doe"),
        ("en", "Lindau 24 hours later.", "Lindau"),
        ("en", "Xanto 3-1 at home.", "Xanto"),  # a score
        ("en", "Xanto 25, Lindau 22.", "Xanto"),
        ("en", "They met on Quill Street 9 days ago.", "Quill Street"),
        ("en", "Take Quill Road 9 north.", "Quill Road"),  # a name's last word says place
    ],
)
def test_a_figure_after_a_name_stays_outside(lang, text, span):
    assert _trimmed(text, span, lang)[0] == span


def test_a_given_name_with_a_number_is_no_person(fake_model):
    fake_model([("PER", "Petra 6")])
    text = "Die Rakete Petra 6 startet am Montag."
    mentions, _ = recognise([item(text)])
    assert [(m.text, m.label) for m in mentions[0]] == [("Petra 6", "MISC")]


@pytest.mark.parametrize(
    ("lang", "text", "span", "expected"),
    [
        # After a given name a Roman number is regnal: the person.
        ("de", "König Ludwig II baute Schlösser.", "Ludwig", ("Ludwig II", "PER")),
        ("en", "Queen Ann II spoke.", "Ann", ("Ann II", "PER")),
        # After another name it counts a series.
        ("de", "Die Fähre Xanto II fällt aus.", "Xanto", ("Xanto II", "MISC")),
        ("en", "They won Quill Bowl LVIII in May.", "Quill Bowl", ("Quill Bowl LVIII", "MISC")),
    ],
)
def test_a_roman_number_after_a_name_is_part_of_it(lang, text, span, expected):
    label = "PER" if expected[1] == "PER" else "ORG"
    assert _trimmed(text, span, lang, label) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Fähre Xanto II fällt aus, der Neubau Xanto III fährt nicht.",
         [("Xanto II", "MISC"), ("Xanto III", "MISC")]),
        ("Im Teil II geht es weiter.", []),  # a common noun
        ("Sie sagte: Ich II.", []),  # a word, not a name
    ],
)  # fmt: skip
def test_a_name_with_a_roman_number_is_found_without_the_model(fake_model, text, expected):
    fake_model([])
    mentions, _ = recognise([item(text)])
    assert [(m.text, m.label) for m in mentions[0]] == expected
