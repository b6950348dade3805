"""Company cues vote ORG for a name (tui/core/entities/company_cues.py), in both languages,
on sentences written for these tests, with a stand-in model (conftest.py)."""

from __future__ import annotations

import pytest

from tui.core.entities import recognise

from .conftest import item


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Xyzzo senkt Prognose für das Jahr."),
        ("de", "Die Aktie von Xyzzo fiel."),
        ("de", "Betroffen waren Telekomfirmen wie Xyzzo."),
        ("de", "Die Raumfahrtagentur Xyzzo meldete den Start."),
        ("de", "Der Berliner Modegigant Xyzzo meldete Verluste."),
        ("de", "Der US-Techriese Xyzzo meldete Verluste."),
        ("en", "Xyzzo said in a statement that it would appeal."),
        ("en", "Xyzzo shares fell sharply."),
        ("en", "Investors sold shares of Xyzzo on Monday."),
        ("en", "Flights by carriers such as Xyzzo were cancelled."),
    ],
)
def test_a_company_cue_makes_a_name_the_model_missed_an_organisation(fake_model, lang, text):
    fake_model([])
    mentions, _ = recognise([item(text, lang=lang)])
    assert [(m.text, m.label) for m in mentions[0]] == [("Xyzzo", "ORG")]


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


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Die Einwohner von Xyzzo mussten fliehen."),
        ("en", "Xyzzo residents fled on Tuesday."),
        ("en", "The fire tore through Xyzzo on Tuesday."),
        ("en", "Many natives of Xyzzo left."),
    ],
)
def test_a_place_cue_makes_a_name_the_model_missed_a_place(fake_model, lang, text):
    fake_model([])
    mentions, _ = recognise([item(text, lang=lang)])
    assert [(m.text, m.label) for m in mentions[0]] == [("Xyzzo", "LOC")]


def test_a_place_cue_is_weaker_than_two_model_labels(fake_model):
    fake_model([("ORG", "Xyzzo")])
    text = "Xyzzo hired staff. Xyzzo opened an office in Xyzzo on Monday."
    mentions, _ = recognise([item(text, lang="en")])
    assert {m.label for m in mentions[0]} == {"ORG"}
