"""An institution named by its kind and a known place is one organisation
(tui/core/entities/institutions.py); a currency or a role compound's prefix is no name.
Sentences written for these tests, with a stand-in model (conftest.py)."""

from __future__ import annotations

import pytest

from tui.core.entities import recognise

from .conftest import item


def _found(text: str) -> list[tuple[str, str]]:
    mentions, _ = recognise([item(text)])
    return [(m.text, m.label) for m in mentions[0]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Das Landgericht Hannover verurteilte den Mann.", "Landgericht Hannover"),
        ("Die Polizei Dortmund sucht Zeugen.", "Polizei Dortmund"),
        ("Forscher der Universität Leipzig fanden nichts.", "Universität Leipzig"),
        ("Die Stadtwerke Bremen erhöhen die Preise.", "Stadtwerke Bremen"),
    ],
)
def test_an_institution_and_its_place_are_one_organisation(fake_model, text, name):
    place = name.split()[-1]
    fake_model([("LOC", place)])
    assert _found(text) == [(name, "ORG")]


@pytest.mark.parametrize(
    "text",
    [
        # Not next to each other, or the place goes on into a longer name.
        "Die Polizei in Dortmund sucht Zeugen.",
        "Die Polizei sucht in Dortmund Zeugen.",
    ],
)
def test_no_institution_name_without_its_place_right_after_it(fake_model, text):
    fake_model([("LOC", "Dortmund")])
    assert _found(text) == [("Dortmund", "LOC")]


@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        ("Der Preis stieg auf 6,50 Euro.", "Euro"),
        ("Der Co-Chef Anton Pirk bleibt.", "Co"),
    ],
)
def test_a_currency_or_a_role_prefix_is_no_name(fake_model, text, tagged):
    fake_model([("MISC", tagged), ("PER", "Anton Pirk")])
    assert tagged not in [name for name, _ in _found(text)]
