"""Names listed together are of one kind (coordination.py), and what an English given name
says (shared/entities_given_names.toml), on sentences written for these tests."""

from __future__ import annotations

import pytest

from tui.core.entities import recognise

from .conftest import item


def _labels(text: str, lang: str) -> dict[str, str]:
    mentions, _ = recognise([item(text, lang=lang)])
    return {m.text: m.label for m in mentions[0]}


@pytest.mark.parametrize(
    ("lang", "text", "model", "people"),
    [
        # A full name with a given name (the model says person) makes the list people's:
        # the model's other guesses are outvoted, a name it missed is found.
        (
            "en",
            "Xanto Lund, Quorbit Vale, Zeddo and Sabrina Fobrak won prizes.",
            [("ORG", "Xanto Lund"), ("LOC", "Zeddo"), ("PER", "Sabrina Fobrak")],
            ["Xanto Lund", "Quorbit Vale", "Zeddo", "Sabrina Fobrak"],
        ),
        (
            "en",
            "Fans cheered Peter Quill and Xanto Fobrak at the gala.",
            [("PER", "Peter Quill")],
            ["Peter Quill", "Xanto Fobrak"],
        ),
        # A title says person too.
        (
            "en",
            "Senator Ann Doe, Xanto and Quorbit Vale voted no.",
            [("PER", "Ann Doe"), ("LOC", "Xanto")],
            ["Ann Doe", "Xanto", "Quorbit Vale"],
        ),
        (
            "de",
            "Geehrt wurden Xanto Quorbel, Zeddo und Sabine Fobrak.",
            [("ORG", "Xanto Quorbel"), ("LOC", "Zeddo"), ("PER", "Sabine Fobrak")],
            ["Xanto Quorbel", "Zeddo", "Sabine Fobrak"],
        ),
    ],
)
def test_a_list_with_a_sure_person_is_a_list_of_people(fake_model, lang, text, model, people):
    fake_model(model)
    labels = _labels(text, lang)
    assert {name: labels.get(name) for name in people} == dict.fromkeys(people, "PER")


@pytest.mark.parametrize(
    ("lang", "text", "model", "expected"),
    [
        # Nobody in the list is surely a person: the model's readings stand.
        (
            "en",
            "Xanto Lund, Zeddo and Quorbit Vale won prizes.",
            [("ORG", "Xanto Lund"), ("LOC", "Zeddo"), ("PER", "Quorbit Vale")],
            {"Xanto Lund": "ORG", "Zeddo": "LOC", "Quorbit Vale": "PER"},
        ),
        # Commas alone make an apposition, not a list.
        (
            "en",
            "Sabrina Fobrak, Xanto, said no.",
            [("PER", "Sabrina Fobrak"), ("ORG", "Xanto")],
            {"Sabrina Fobrak": "PER", "Xanto": "ORG"},
        ),
        # A name whose own last word or capitals say what it is keeps its label.
        (
            "en",
            "Sabrina Fobrak, NATO and Xanto Group signed.",
            [("PER", "Sabrina Fobrak"), ("ORG", "NATO"), ("ORG", "Xanto Group")],
            {"Sabrina Fobrak": "PER", "NATO": "ORG", "Xanto Group": "ORG"},
        ),
        (
            "de",
            "Sabine Fobrak, die NATO und die Xanto Gruppe unterschrieben.",
            [("PER", "Sabine Fobrak"), ("ORG", "NATO"), ("ORG", "Xanto Gruppe")],
            {"Sabine Fobrak": "PER", "NATO": "ORG", "Xanto Gruppe": "ORG"},
        ),
    ],
)
def test_other_names_keep_their_labels(fake_model, lang, text, model, expected):
    fake_model(model)
    assert _labels(text, lang) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A byline's role after a name lists no people: "Health" is a common word, and the
        # last item ends in a title.
        "By Sabrina Fobrak, Health and Science Editor, in the capital.",
        "Sabrina Fobrak, Finance and Sports Editor, wrote it.",
    ],
)
def test_a_role_after_a_person_adds_no_people(fake_model, text):
    fake_model([("PER", "Sabrina Fobrak")])
    assert _labels(text, "en") == {"Sabrina Fobrak": "PER"}


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # English places, teams and companies take people's names: a given name before
        # a capitalised word does not outvote the model.
        ("The concert at Madison Square Garden sold out.", "Madison Square Garden", "LOC"),
        ("Austin Energy restored power.", "Austin Energy", "ORG"),
    ],
)
def test_an_english_given_name_does_not_outvote_the_model(fake_model, text, name, label):
    fake_model([(label, name)])
    assert _labels(text, "en") == {name: label}


def test_a_german_given_name_outvotes_one_model_guess(fake_model):
    fake_model([("ORG", "Sabine Fobrak")])
    assert _labels("Das sagte Sabine Fobrak am Montag.", "de") == {"Sabine Fobrak": "PER"}
