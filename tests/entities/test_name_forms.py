"""Merging to one real-world name, in both languages, with a stand-in model (conftest.py):
acronyms, organisations' short forms, aliases the text gives, and the merges never made.
The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tui.core.entities import recognise
from tui.core.entities.language_rules import rules_for
from tui.core.entities.name_forms import acronym_letters, initials, short_forms

from .conftest import item


def _groups(entities) -> list[set[str]]:
    return [{e.name, *e.aliases} for e in entities]


@pytest.mark.parametrize(
    ("lang", "name", "expected"),
    [
        ("en", "United Arab Emirates", "UAE"),
        ("en", "Federal Bureau of Investigation", "FBI"),
        ("de", "Europäische Zentralbank", "EZ"),
        ("de", "Landesbank Baden-Württemberg", "LBW"),
        ("en", "Quill", ""),
    ],
)
def test_initials(lang, name, expected):
    assert initials(name, rules_for(lang)) == expected


def test_acronym_letters():
    assert acronym_letters("U.S.") == "US"
    assert acronym_letters("UAE") == "UAE"
    assert acronym_letters("Quill") is None


@pytest.mark.parametrize(
    ("lang", "name", "expected"),
    [
        ("en", "Green Party", {"Green", "Greens"}),
        ("de", "Grüne Partei", {"Grüne", "Grünen"}),
        ("en", "Ann Doe", set()),
    ],
)
def test_short_forms(lang, name, expected):
    assert short_forms(name, rules_for(lang)) == expected


@pytest.mark.parametrize(
    ("lang", "patterns", "text", "together"),
    [
        (
            "en",
            [("LOC", "Federated Lake States"), ("LOC", "FLS")],
            "The Federated Lake States voted. The FLS later agreed.",
            {"Federated Lake States", "FLS"},
        ),
        (
            "de",
            [("ORG", "Nordische Handelsbank"), ("ORG", "NH")],
            "Die Nordische Handelsbank wächst. Die NH meldet Gewinne.",
            {"Nordische Handelsbank", "NH"},
        ),
    ],
)
def test_an_acronym_joins_the_name_its_initials_spell(fake_model, lang, patterns, text, together):
    fake_model(patterns)
    _, entities = recognise([item(text, lang=lang)])
    assert together in _groups(entities)


def test_an_acronym_joins_across_documents_but_not_across_labels(fake_model):
    fake_model([("ORG", "Federated Lake States"), ("ORG", "FLS"), ("PER", "NH")])
    docs = [
        item("The Federated Lake States met.", "a", "en"),
        item("Later the FLS agreed.", "b", "en"),
    ]
    _, entities = recognise(docs)
    assert {"Federated Lake States", "FLS"} in _groups(entities)
    fake_model([("LOC", "Nordische Handelsbank"), ("PER", "NH")])
    _, entities = recognise([item("Die Nordische Handelsbank zahlt. NH lachte.")])
    assert len(entities) == 2


@pytest.mark.parametrize(
    ("lang", "patterns", "text", "together"),
    [
        (
            "en",
            [("ORG", "Green Party"), ("ORG", "Greens")],
            "The Green Party met. The Greens agreed.",
            {"Green Party", "Greens"},
        ),
        (
            "de",
            [("ORG", "Blaue Partei"), ("ORG", "Blauen")],
            "Die Blaue Partei tagte. Die Blauen stimmten zu.",
            {"Blaue Partei", "Blauen"},
        ),
    ],
)
def test_an_organisations_short_form_joins_its_long_form(
    fake_model, lang, patterns, text, together
):
    fake_model(patterns)
    _, entities = recognise([item(text, lang=lang)])
    assert together in _groups(entities)


@pytest.mark.parametrize(
    ("lang", "patterns", "text", "together"),
    [
        (
            "en",
            [("PER", "Ben Roe"), ("PER", "Silver Fox")],
            "Ben Roe, also known as Silver Fox, won.",
            {"Ben Roe", "Silver Fox"},
        ),
        (
            "de",
            [("PER", "Anna Kraus"), ("PER", "Schwarze Perle")],
            "Anna Kraus, bekannt als Schwarze Perle, siegte.",
            {"Anna Kraus", "Schwarze Perle"},
        ),
    ],
)
def test_an_alias_the_text_gives_joins_the_name(fake_model, lang, patterns, text, together):
    fake_model(patterns)
    _, entities = recognise([item(text, lang=lang)])
    assert together in _groups(entities)


@pytest.mark.parametrize(
    ("lang", "patterns", "text"),
    [
        ("en", [("PER", "Ann Doe"), ("PER", "Ben Doe")], "Ann Doe and Ben Doe came. Doe left."),
        (
            "de",
            [("PER", "Anna Kraus"), ("PER", "Berta Kraus")],
            "Anna Kraus und Berta Kraus kamen.",
        ),
    ],
)
def test_two_different_full_names_never_merge(fake_model, lang, patterns, text):
    fake_model(patterns)
    _, entities = recognise([item(text, lang=lang)])
    names = {e.name for e in entities}
    assert {patterns[0][1], patterns[1][1]} <= names
    assert all(len({patterns[0][1], patterns[1][1]} & g) < 2 for g in _groups(entities))


@pytest.mark.parametrize(
    ("lang", "patterns", "text"),
    [
        ("en", [("PER", "Ann Doe"), ("PER", "Doe")], ["Ann Doe came.", "Later Doe left."]),
        ("de", [("PER", "Anna Kraus"), ("PER", "Kraus")], ["Anna Kraus kam.", "Dann ging Kraus."]),
    ],
)
def test_a_surname_alone_joins_the_one_full_name_across_documents(fake_model, lang, patterns, text):
    fake_model(patterns)
    _, entities = recognise([item(t, f"d{i}", lang) for i, t in enumerate(text)])
    assert _groups(entities) == [{patterns[0][1], patterns[1][1]}]


def test_an_inflected_multi_word_name_is_a_mention_of_it(fake_model):
    fake_model([("MISC", "Der Grüne Bogen")])
    text = "Der Grüne Bogen erschien 1920. Die Leser des Grünen Bogens blieben treu."
    mentions, entities = recognise([item(text)])
    assert [m.text for m in mentions[0]] == ["Der Grüne Bogen", "Grünen Bogens"]
    assert _groups(entities) == [{"Der Grüne Bogen", "Grünen Bogens"}]


def test_english_names_are_not_inflected(fake_model):
    fake_model([("ORG", "Green Arch")])
    mentions, _ = recognise([item("Green Arch won. Greens Archs lost.", lang="en")])
    assert [m.text for m in mentions[0]] == ["Green Arch"]
