"""A capitalised word that only starts sentences and is written in lower case elsewhere in
the document is no name; a person's name has a capital (tui/core/entities/sentence_case.py).
Both languages, sentences written for these tests, a stand-in model (conftest.py) that
makes the real models' mistakes."""

from __future__ import annotations

import pytest

from tui.core.entities.sentence_case import DocumentCase

from .conftest import names_found


@pytest.mark.parametrize(
    ("lang", "text", "found", "expected"),
    [
        ("en", "Security was tight. Private security firms helped.", ("PER", "Security"), {}),
        ("en", "Overnight, the rain stopped. It fell overnight again.", ("ORG", "Overnight"), {}),
        ("en", 'He left.\nTroops arrived. "The troops stayed."', ("PER", "Troops"), {}),
        ("de", "Blockiert wurde die Straße. Sie blieb blockiert.", ("PER", "Blockiert"), {}),
        # Read as a person at a sentence's start, a common English word.
        ("en", "He left.\nTroops arrived at dawn.", ("PER", "Troops"), {}),
        ("en", "Hygiene is the key challenge.", ("PER", "Hygiene"), {}),
        # A person's name is never all lower case.
        ("en", "The bite of a mosquito spreads it.", ("PER", "mosquito"), {}),
        ("de", "Der Biss einer mücke verbreitet es.", ("PER", "mücke"), {}),
    ],
)
def test_a_sentence_case_word_is_no_name(fake_model, lang, text, found, expected):
    fake_model([found])
    assert names_found(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "found", "expected"),
    [
        # Capitalised inside a sentence too: a name ("brown" is a colour as well).
        (
            "en",
            "Brown said no. Later Brown left. The brown water rose.",
            ("PER", "Brown"),
            {"Brown": "PER"},
        ),
        # A common word read as an organisation or a place keeps the model's reading.
        ("en", "Shell raised its dividend.", ("ORG", "Shell"), {"Shell": "ORG"}),
        # A person the document names inside a sentence too.
        ("en", "Price said no. Later Price left.", ("PER", "Price"), {"Price": "PER"}),
        # Never in lower case: a name.
        ("en", "Xanto said no. Xanto left.", ("ORG", "Xanto"), {"Xanto": "ORG"}),
        # Inside a sentence the model's reading stands.
        ("en", "He met Rose in town. A rose grew.", ("PER", "Rose"), {"Rose": "PER"}),
        # A lower-case organisation stays ("dpa").
        ("de", "Das meldete die dpa am Abend.", ("ORG", "dpa"), {"dpa": "ORG"}),
        (
            "de",
            "Sommer sagte das. Im sommer fuhr Heinrich Sommer weg.",
            ("PER", "Sommer"),
            {"Sommer": "PER"},
        ),
    ],
)
def test_names_keep_their_capital(fake_model, lang, text, found, expected):
    fake_model([found])
    assert names_found(text, lang) == expected


def test_the_document_case_tells_a_sentence_start_from_inside():
    case = DocumentCase('Health was poor.\n"Health care" and health. He met Rose, then Rose left.')
    assert case.only_sentence_case("Health")
    assert not case.only_sentence_case("Rose")  # capitalised after a word and a comma
    assert not case.only_sentence_case("Xanto")  # never in lower case
    assert case.capitalised_inside("Rose") and not case.capitalised_inside("Health")


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        # A common word before a person's title is the title's domain.
        (
            "Health Minister Quorbit Vale said no.",
            [("ORG", "Health"), ("PER", "Quorbit Vale")],
            {"Quorbit Vale": "PER"},
        ),
        (
            "The Defence Secretary Quorbit Vale said no.",
            [("PER", "Defence"), ("PER", "Quorbit Vale")],
            {"Quorbit Vale": "PER"},
        ),
        # Nor is it the name a title or a speech verb announces.
        (
            "Deputy Health Minister Quorbit Vale said no.",
            [("PER", "Quorbit Vale")],
            {"Quorbit Vale": "PER"},
        ),
        (
            '"No," said Health Minister Quorbit Vale.',
            [("PER", "Quorbit Vale")],
            {"Quorbit Vale": "PER"},
        ),
        # A company's role is no such title: "Shell" is a common word and a company's name.
        (
            "Shell CEO Quorbit Vale said no.",
            [("ORG", "Shell"), ("PER", "Quorbit Vale")],
            {"Shell": "ORG", "Quorbit Vale": "PER"},
        ),
        # Not before a title: the model's reading stands.
        ("Health Quorbit said no.", [("ORG", "Health Quorbit")], {"Health Quorbit": "ORG"}),
    ],
)
def test_a_common_word_before_a_title_is_no_name(fake_model, text, found, expected):
    fake_model(found)
    assert names_found(text, "en") == expected


TRICKY = (
    "Security was tight; Security forces, Security\tteams and O'Neil's security-firm men "
    "came.  Overnight it rained; overnight-trains ran. Der Mann, Brown sagte: Brown kam "
    "nicht. mid-Brown, St. Louis und ß-Straße; Straße."
)


@pytest.mark.parametrize(
    "word",
    ["Security", "security", "Overnight", "Brown", "O'Neil's", "Straße", "ß-Straße", "St.",
     "St. Louis", "mid-Brown", "teams", "Nobody"],
)  # fmt: skip
def test_the_document_index_answers_as_a_search_of_the_text(word):
    import re

    case = DocumentCase(TRICKY)
    lower = re.escape(word.lower())
    searched_lower = re.search(rf"(?<![\w'’-]){lower}(?![\w'’-])", TRICKY) is not None
    inside = re.search(rf"(?<=[\w,;])\s+{re.escape(word)}(?![\w'’-])", TRICKY) is not None
    assert case.written_lower(word) == searched_lower
    assert case.capitalised_inside(word) == inside
