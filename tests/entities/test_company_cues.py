"""Company cues vote ORG for a name (tui/core/entities/company_cues.py), in both languages,
on sentences written for these tests, with a stand-in model (conftest.py)."""

from __future__ import annotations

import pytest

from tui.core.entities import recognise

from .conftest import item


@pytest.mark.parametrize(
    ("lang", "text", "label"),
    [
        ("de", "Xyzzo senkt Prognose für das Jahr.", "ORG"),
        ("de", "Die Aktie von Xyzzo fiel.", "ORG"),
        ("de", "Betroffen waren Telekomfirmen wie Xyzzo.", "ORG"),
        ("de", "Die Raumfahrtagentur Xyzzo meldete den Start.", "ORG"),
        ("de", "Der Berliner Modegigant Xyzzo meldete Verluste.", "ORG"),
        ("de", "Der US-Techriese Xyzzo meldete Verluste.", "ORG"),
        ("en", "Xyzzo said in a statement that it would appeal.", "ORG"),
        ("en", "Xyzzo shares fell sharply.", "ORG"),
        ("en", "Investors sold shares of Xyzzo on Monday.", "ORG"),
        ("en", "Flights by carriers such as Xyzzo were cancelled.", "ORG"),
        # A kind of organisation in an apposition after the name.
        ("de", "Xyzzo, der schwedische Autobauer, meldete Verluste.", "ORG"),
        ("en", "Xyzzo, the Danish energy group, expects losses.", "ORG"),
        # Place cues: the people who live there, a way into it.
        ("de", "Die Einwohner von Xyzzo mussten fliehen.", "LOC"),
        ("en", "Xyzzo residents fled on Tuesday.", "LOC"),
        ("en", "The fire tore through Xyzzo on Tuesday.", "LOC"),
        ("en", "Many natives of Xyzzo left.", "LOC"),
        ("en", "Crowds gathered around the Xyzzo plaza at noon.", "LOC"),
    ],
)
def test_a_cue_labels_a_name_the_model_missed(fake_model, lang, text, label):
    fake_model([])
    mentions, _ = recognise([item(text, lang=lang)])
    assert [(m.text, m.label) for m in mentions[0]] == [("Xyzzo", label)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Die Raumfahrtagentur Xyzzo meldete den Start."),
        ("en", "Flights by carriers such as Xyzzo were cancelled."),
    ],
)
def test_a_kind_of_organisation_outweighs_one_wrong_model_label(fake_model, lang, text):
    fake_model([("PER", "Xyzzo")])
    mentions, _ = recognise([item(text, lang=lang)])
    assert [(m.text, m.label) for m in mentions[0]] == [("Xyzzo", "ORG")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Betroffen waren Firmen wie Banken und Sender."),
        ("en", "Ann Doe said on Monday that she would appeal."),
    ],
)
def test_no_cue_no_company(fake_model, lang, text):
    fake_model([])
    mentions, _ = recognise([item(text, lang=lang)])
    assert [m for m in mentions[0] if m.label == "ORG"] == []


@pytest.mark.parametrize("text", ["A rise in GDP was seen.", "I heard a noise in my TV set."])
def test_a_word_never_a_name_alone_is_no_cues_name(fake_model, text):
    fake_model([])
    mentions, _ = recognise([item(text, lang="en")])
    assert mentions[0] == []


def test_a_place_cue_is_weaker_than_two_model_labels(fake_model):
    fake_model([("ORG", "Xyzzo")])
    text = "Xyzzo hired staff. Xyzzo opened an office in Xyzzo on Monday."
    mentions, _ = recognise([item(text, lang="en")])
    assert {m.label for m in mentions[0]} == {"ORG"}


def test_a_kind_inside_an_apposition_says_nothing(fake_model):
    fake_model([("PER", "Ann Doe")])
    mentions, _ = recognise([item("Ann Doe, the company founder, left.", lang="en")])
    assert [(m.text, m.label) for m in mentions[0]] == [("Ann Doe", "PER")]
