"""A name in a compound with a role only an organisation has ("Fobra-Chef") is a company's
throughout its document, even where the model calls it a person for its form
(tui/core/entities/company_sense.py); sentences written for these tests, with a stand-in
model (conftest.py)."""

from __future__ import annotations

import pytest

from tui.core.entities import recognise
from tui.core.entities.candidates import Candidate, Votes
from tui.core.entities.company_sense import ModelVotes, settle_companies
from tui.core.entities.language_rules import rules_for

from .conftest import item, labels_found

_labels = labels_found


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("de", "Der Fobra-Chef trat zurück. Fobra will sparen. Fobra zahlt mehr.", "Fobra"),
        ("de", "Der Lindqvist-Konzern wächst. Lindqvist kauft zu. Lindqvist baut.", "Lindqvist"),
        ("de", "Die Xanto-Aktie fiel. Xanto verliert Kunden. Xanto wehrt sich.", "Xanto"),
        ("de", "Die Xanto-Gründerin sprach. Xanto wächst. Xanto stellt ein.", "Xanto"),
        ("de", "Der Ilka-CEO sprach. Ilka wächst. Ilka stellt ein.", "Ilka"),
        ("en", "The Xanto CEO resigned. Xanto wants to save. Xanto pays more.", "Xanto"),
    ],
)
def test_a_company_role_compound_outweighs_the_model_person_votes(fake_model, lang, text, name):
    fake_model([("PER", name)])
    labels = _labels(text, lang)
    assert labels[name] == {"ORG"}


def test_a_genitive_of_the_company_is_the_company_too(fake_model):
    fake_model([("PER", "Ilka"), ("PER", "Ilkas")])
    labels = _labels("Der Ilka-Chef sprach. Ilkas Umsatz stieg. Ilka wächst.")
    assert labels["Ilka"] == {"ORG"} and labels["Ilkas"] == {"ORG"}


def test_a_company_cue_outweighs_the_model_person_votes(fake_model):
    fake_model([("PER", "Fobra")])
    labels = _labels("Fobra senkt Prognose. Fobra will sparen. Fobra zahlt mehr.")
    assert labels["Fobra"] == {"ORG"}


@pytest.mark.parametrize(
    "text",
    [
        # A role a person has too: the model's person stays one.
        "Die Varnow-Sprecherin sagte nichts. Varnow will sparen. Varnow zahlt mehr.",
        "Die Varnow-Tochter sagte nichts. Varnow will sparen. Varnow zahlt mehr.",
        # A title says person: the company role alone does not outvote it.
        "Der Brekel-Chef sprach. Präsident Brekel will sparen. Brekel zahlt mehr.",
    ],
)
def test_no_company_role_or_a_person_cue_keeps_the_person(fake_model, text):
    fake_model([("PER", "Varnow"), ("PER", "Brekel")])
    labels = _labels(text)
    name = "Varnow" if "Varnow" in text else "Brekel"
    assert labels[name] == {"PER"}


def test_a_part_of_a_full_person_name_stays_a_person(fake_model):
    fake_model([("PER", "Anna Brekel"), ("PER", "Brekel")])
    labels = _labels("Anna Brekel gründete den Brekel-Konzern. Brekel will sparen.")
    assert labels["Brekel"] == {"PER"}


def test_a_place_keeps_its_label(fake_model):
    fake_model([("LOC", "Ostrava")])
    labels = _labels("Der Ostrava-Chef sprach. Ostrava liegt im Osten.")
    assert labels["Ostrava"] == {"LOC"}


def test_repeats_without_votes_are_read_too():
    # A repeat of a full name carries no votes; the model's person beside it still turns.
    repeat = Candidate(0, 9, "Ilka Bork", Votes(), "repeat")
    model = Candidate(20, 24, "Ilka", Votes(PER=1))
    votes = ModelVotes([repeat, model])
    settle_companies([repeat, model], votes, {"Ilka"}, rules_for("de"))
    assert dict(model.votes) == {"ORG": 1}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Der XYP-Fraktionschef Anton Pirk sprach.", "XYP"),
        ("Die Fobra-Politikerin Eva Lind sprach.", "Fobra"),
        ("Der Lindqvist-Konzernchef sprach.", "Lindqvist"),
    ],
)
def test_a_compound_with_an_organisations_role_names_the_organisation(fake_model, text, name):
    fake_model([])
    mentions, _ = recognise([item(text)])
    assert (name, "ORG") in [(m.text, m.label) for m in mentions[0]]
