"""A dateline's place and its bracketed agency (tui/core/entities/datelines.py), on
datelines written for these tests, with a stand-in model (conftest.py)."""

from __future__ import annotations

import pytest

from tui.core.entities import recognise

from .conftest import item


def _found(text: str, lang: str) -> list[tuple[str, str]]:
    mentions, _ = recognise([item(text, lang=lang)])
    return [(m.text, m.label) for m in mentions[0]]


@pytest.mark.parametrize(
    ("lang", "text", "agencies"),
    [
        ("de", "Titel\n\nHameln (epd). Der Rat tagte am Montag.", ["epd"]),
        ("de", "Titel\n\nHameln (dpa/lno) - Der Rat tagte am Montag.", ["dpa", "lno"]),
        ("en", "Title\n\nSPRINGVALE (AP) — The council met on Monday.", ["AP"]),
    ],
)
def test_the_agency_after_a_datelines_place_is_an_organisation(fake_model, lang, text, agencies):
    fake_model([])
    found = _found(text, lang)
    assert [(a, "ORG") for a in agencies] == [f for f in found if f[1] == "ORG"]


@pytest.mark.parametrize(
    "text",
    [
        "Titel\n\nHameln (Niedersachsen). Der Rat tagte am Montag.",
        "Titel\n\nDer Rat (epd) tagte am Montag in Hameln.",
    ],
)
def test_no_agency_without_a_dateline(fake_model, text):
    fake_model([])
    assert [f for f in _found(text, "de") if f[1] == "ORG"] == []
