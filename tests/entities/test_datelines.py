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


@pytest.mark.parametrize(
    ("text", "place", "agency"),
    [
        ("Titel\n\nLERROW (APA). Die Bank hob die Prognose.", "LERROW", "APA"),
        ("Titel\n\nLERROW. Die letzten Monate waren gut.", "LERROW", None),
        ("Titel\n\nLERROW (dpa). Die Bank hob die Prognose.", "LERROW", "dpa"),
    ],
)
def test_a_place_in_capitals_before_a_full_stop_is_a_dateline(fake_model, text, place, agency):
    fake_model([("ORG", place)])
    found = _found(text, "de")
    assert (place, "LOC") in found
    assert [f for f in found if f[1] == "ORG"] == ([(agency, "ORG")] if agency else [])


def test_initials_in_small_letters_after_a_dateline_are_no_agency(fake_model):
    fake_model([])
    found = _found("Titel\n\nLERROW (ab). Die Gemeinde baut.", "de")
    assert ("LERROW", "LOC") in found and [f for f in found if f[1] == "ORG"] == []


@pytest.mark.parametrize(
    "text",
    ["Title\n\nNATO. the alliance met.", "Title\n\nSome text. NATO. The alliance met."],
)
def test_no_dateline_without_a_capital_after_the_stop_or_the_line_start(fake_model, text):
    fake_model([])
    assert [f for f in _found(text, "en") if f[1] == "LOC"] == []


def test_a_place_before_a_known_agency_is_a_dateline_anywhere_near_the_top(fake_model):
    # A byline run into the dateline on one line: the place before a known agency.
    fake_model([("PER", "Ann Doe"), ("PER", "LINDBROOK"), ("ORG", "Reuters")])
    text = (
        "Flu spreads\n\nBy Ann Doe, Health and Science Editor LINDBROOK (Reuters) - "
        "The new virus spread on Monday."
    )
    assert _found(text, "en") == [("Ann Doe", "PER"), ("LINDBROOK", "LOC"), ("Reuters", "ORG")]


def test_a_time_zone_before_the_place_is_no_part_of_it(fake_model):
    fake_model([("ORG", "EDT LINDBROOK")])
    text = "Flu spreads\n\nMon Mar 2, 2009 4:23pm EDT LINDBROOK (Reuters) - The virus spread."
    assert ("LINDBROOK", "LOC") in _found(text, "en")
    assert not [f for f in _found(text, "en") if "EDT" in f[0]]


def test_no_dateline_before_a_bracket_without_a_known_agency(fake_model):
    fake_model([("PER", "LINDBROOK")])
    text = "Flu spreads\n\nThe vote in LINDBROOK (Ohio) - a close one - was counted."
    assert ("LINDBROOK", "LOC") not in _found(text, "en")
