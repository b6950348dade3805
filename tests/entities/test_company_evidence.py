"""What a document says of a name shows a company where the model reads a person or a place
(tui/core/entities/company_cues.py, company_sense.py): a possessive company role ("Xyzzo's
chief executive"), what a platform has ("Xyzzo users"), the same name with a legal form
("Xyzzo Corp"); one label for every mention. Sentences written for these tests, with a
stand-in model (conftest.py)."""

from __future__ import annotations

import pytest

from .conftest import labels_found

_labels = labels_found


@pytest.mark.parametrize("label", ["PER", "LOC"])
@pytest.mark.parametrize(
    "text",
    [
        "Xyzzo's chief executive resigned. Xyzzo wants to save. Analysts doubt Xyzzo.",
        "Xyzzo’s shares fell. Xyzzo wants to save. Analysts doubt Xyzzo.",
        "Many Xyzzo users left. Xyzzo wants to grow. Analysts doubt Xyzzo.",
        "Xyzzo Corp lost money. Xyzzo wants to save. Analysts doubt Xyzzo.",
    ],
)
def test_english_company_evidence_makes_every_mention_an_organisation(fake_model, text, label):
    fake_model([(label, "Xyzzo"), ("ORG", "Xyzzo Corp")])
    labels = _labels(text, "en")
    assert labels["Xyzzo"] == {"ORG"}


@pytest.mark.parametrize("label", ["PER", "LOC"])
def test_a_german_name_written_with_a_legal_form_is_the_company(fake_model, label):
    fake_model([(label, "Xyzzo"), ("ORG", "Xyzzo AG")])
    labels = _labels("Die Xyzzo AG verlor Geld. Xyzzo will sparen. Xyzzo zahlt mehr.", "de")
    assert labels["Xyzzo"] == {"ORG"}


def test_one_speaker_cue_does_not_keep_a_company_with_a_legal_form_a_person(fake_model):
    fake_model([("PER", "Xyzzo"), ("ORG", "Xyzzo Corp")])
    text = "Xyzzo Corp lost money. A lawyer said Xyzzo would pay. Xyzzo wants to save."
    assert _labels(text, "en")["Xyzzo"] == {"ORG"}


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # A person has a spokesman, a lawyer and a daughter: no company role.
        ("Quill's spokesman declined. Quill wants to win. Voters like Quill.", "Quill", "PER"),
        # A place's cue keeps the place.
        ("Many Lerrow residents left. Lerrow's board met.", "Lerrow", "LOC"),
    ],
)
def test_no_company_evidence_keeps_the_model_reading(fake_model, text, name, label):
    fake_model([(label, name)])
    assert _labels(text, "en")[name] == {label}


def test_a_lower_case_possessive_without_a_company_role_is_no_cue(fake_model):
    fake_model([("PER", "Quill")])
    labels = _labels("Quill's users said no. Quill wants to win.", "en")
    assert labels["Quill"] == {"PER"}
