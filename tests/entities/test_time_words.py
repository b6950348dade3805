"""Words of time are no names (tui/core/entities/time_words.py): time zones, months alone,
dates written with names; both languages, on sentences written for these tests, with a
stand-in model (conftest.py) that makes the mistakes the real ones make."""

from __future__ import annotations

import pytest

from .conftest import names_found


@pytest.mark.parametrize(
    ("lang", "text", "found", "expected"),
    [
        # A time zone alone, and at either edge of a name.
        ("en", "The quake hit at 1653 (2153 GMT) on Tuesday.", ("ORG", "GMT"), {}),
        (
            "en",
            "0830 BST NEW YORK (Reuters) - Stocks fell.",
            ("LOC", "BST NEW YORK"),
            {"NEW YORK": "LOC"},
        ),
        (
            "en",
            "1.05pm BST: Greenpeace activists climbed the roof.",
            ("ORG", "BST: Greenpeace"),
            {"Greenpeace": "ORG"},
        ),
        ("de", "Das Beben war um 14 Uhr MEZ zu spüren.", ("ORG", "MEZ"), {}),
        # A month alone, whatever the model read.
        ("en", "Talks resume in April at the latest.", ("LOC", "April"), {}),
        ("en", "Talks resume in September at the latest.", ("PER", "September"), {}),
        ("de", "Die Gespräche beginnen im Oktober wieder.", ("LOC", "Oktober"), {}),
        # A date written with names and numbers.
        ("en", "Mon Mar 2, 2009 3:04pm EST. Stocks fell.", ("MISC", "Mon Mar 2"), {}),
        ("de", "Mo 2. März: Die Börse fiel.", ("MISC", "Mo 2"), {}),
    ],
)
def test_words_of_time_are_no_names(fake_model, lang, text, found, expected):
    fake_model([found])
    assert names_found(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "found", "expected"),
    [
        # A month that is part of a name, or a given name's full name, stays.
        (
            "en",
            "The Arab Spring began; Black September was an older group.",
            ("ORG", "Black September"),
            {"Black September": "ORG"},
        ),
        (
            "en",
            "After September 11 it changed.",
            ("MISC", "September 11"),
            {"September 11": "MISC"},
        ),
        (
            "en",
            "April Lund said so. Later April Lund left.",
            ("PER", "April Lund"),
            {"April Lund": "PER"},
        ),
        (
            "de",
            "August Bebel sprach. Später ging August Bebel.",
            ("PER", "August Bebel"),
            {"August Bebel": "PER"},
        ),
    ],
)
def test_names_with_a_word_of_time_stay(fake_model, lang, text, found, expected):
    fake_model([found])
    assert names_found(text, lang) == expected
