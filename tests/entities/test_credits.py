"""Photo credits and roles glued to names by a slash part at it (tui/core/entities/credits.py):
the agency is an organisation, the photographer a person, a credit's role no name; sentences
written for these tests, with a stand-in model (conftest.py)."""

from __future__ import annotations

import pytest

from .conftest import names_found


@pytest.mark.parametrize(
    ("lang", "text", "glued", "expected"),
    [
        (
            "en",
            "The square was empty.\nPhotograph: Ann Quill/AP Officials closed it.",
            "Ann Quill/AP",
            {"Ann Quill": "PER", "AP": "ORG"},
        ),
        (
            "en",
            "The square was empty.\nPhotograph: Ann Quill\\/Reuters Officials closed it.",
            "Ann Quill\\/Reuters",
            {"Ann Quill": "PER", "Reuters": "ORG"},
        ),
        (
            "en",
            "The port was closed.\nPhotograph: Bo Dalen/AFP/Getty Images The toll rose.",
            "Bo Dalen/AFP/Getty Images",
            {"Bo Dalen": "PER", "AFP": "ORG", "Getty Images": "ORG"},
        ),
        (
            "en",
            "The show returns.\nPresenter/Ann Quill talks to fans.",
            "Presenter/Ann Quill",
            {"Ann Quill": "PER"},
        ),
        (
            "de",
            "Der Platz war leer. Foto: Anna Quell/dpa Die Stadt sperrte ihn.",
            "Anna Quell/dpa",
            {"Anna Quell": "PER", "dpa": "ORG"},
        ),
    ],
)
def test_a_credit_parts_into_the_photographer_and_the_agency(
    fake_model, lang, text, glued, expected
):
    fake_model([("ORG", glued)])
    found = names_found(text, lang)
    for name, label in expected.items():
        assert found.get(name) == label, (name, found)
    assert glued not in found
    assert not {"Presenter", "Foto", "Photograph"} & set(found)


def test_the_captions_first_words_after_the_agency_keep_the_model_reading(fake_model):
    fake_model([("PER", "Ann Quill/AP Bo Dalen")])
    found = names_found("The hall was full.\nPhotograph: Ann Quill/AP Bo Dalen spoke.", "en")
    assert found["Ann Quill"] == "PER" and found["AP"] == "ORG" and found["Bo Dalen"] == "PER"


@pytest.mark.parametrize(
    ("lang", "text", "name", "label"),
    [
        ("en", "The band Zarvo/Quell played in Leeds.", "Zarvo/Quell", "ORG"),
        ("de", "In Münstertal/Reschen wurde gebaut.", "Münstertal/Reschen", "LOC"),
    ],
)
def test_a_slash_without_an_agency_or_a_role_stays_in_the_name(fake_model, lang, text, name, label):
    fake_model([(label, name)])
    assert names_found(text, lang).get(name) == label


@pytest.mark.parametrize("text", ["Once in a blue moon it rains.", "Ships left the gulf."])
def test_an_english_span_in_lower_case_is_no_name(fake_model, text):
    fake_model([("LOC", "blue moon"), ("LOC", "gulf")])
    assert names_found(text, "en") == {}


def test_a_german_name_in_lower_case_stays(fake_model):
    fake_model([("ORG", "dpa")])
    assert names_found("Das meldete die dpa am Morgen.", "de") == {"dpa": "ORG"}


def test_a_lower_case_word_split_off_a_span_is_no_english_name(fake_model):
    # "Quellez" ends another name, so the span splits after it and leaves "spill".
    fake_model([("MISC", "Exxon Quellez"), ("MISC", "Quellez spill")])
    found = names_found("The Exxon Quellez sank. Later the Quellez spill grew.", "en")
    assert found.get("Exxon Quellez") == "MISC"
    assert "spill" not in found, found
