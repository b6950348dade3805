"""What a one-word name's letters show against the model's reading of a person
(tui/core/entities/name_shapes.py): a capital inside a company's way, a code of letters
and digits. Both languages, sentences written for these tests, a stand-in model
(conftest.py) that makes the real models' mistakes."""

from __future__ import annotations

import pytest

from .conftest import names_found


@pytest.mark.parametrize(
    ("lang", "text", "found", "expected"),
    [
        ("en", "XyloBrite said profits rose. XyloBrite hires.", "XyloBrite", "ORG"),
        ("en", "Analysts at quorMetrics counted visits.", "quorMetrics", "ORG"),
        ("de", "ZorvaTek senkte die Preise. ZorvaTek wächst.", "ZorvaTek", "ORG"),
        ("en", "The H7N3 strain spread to farms.", "H7N3", "MISC"),
        ("de", "Der Stamm H7N3 breitete sich aus.", "H7N3", "MISC"),
    ],
)
def test_a_name_shaped_as_no_person_is_no_person(fake_model, lang, text, found, expected):
    fake_model([("PER", found)])
    assert names_found(text, lang) == {found: expected}


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        # A surname's or given name's prefix before the inner capital.
        ("en", "McTavish said no. McTavish left.", "McTavish"),
        ("en", "DeQuarius scored twice.", "DeQuarius"),
        ("de", "DiLauro sagte nein.", "DiLauro"),
        # A title says person, whatever the letters.
        ("en", "Mr XyloBrite said no.", "XyloBrite"),
        # Part of a full person name.
        ("en", "Ann XyloBrite spoke. XyloBrite left.", "Ann XyloBrite"),
    ],
)
def test_a_person_keeps_a_capital_inside(fake_model, lang, text, found):
    fake_model([("PER", found)])
    assert names_found(text, lang).get(found) == "PER"
