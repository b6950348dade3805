"""Ranges and enumerations of dates: the underspecified date takes its year (and month) from
the date it is joined to, and a bound word inside a range is no bound."""

from __future__ import annotations

import pytest

from tui.core.temporal import tag

DCT = "2024-12-05"  # a Thursday

# (language, sentence, [(expression, value, mod), ...]) — all expressions of the sentence
CASES = [
    # the first date takes the year of the second
    (
        "en",
        "Between March and May 2020 it rained.",
        [("March", "2020-03"), ("May 2020", "2020-05")],
    ),
    (
        "en",
        "From December to February 2021 it snowed.",
        [("December", "2020-12"), ("February 2021", "2021-02")],
    ),
    (
        "en",
        "In June, July and August 2023 it rained.",
        [("June", "2023-06"), ("July", "2023-07"), ("August 2023", "2023-08")],
    ),
    ("de", "März bis Mai 2020 regnete es.", [("März", "2020-03"), ("Mai 2020", "2020-05")]),
    (
        "de",
        "Zwischen Dezember und Februar 2021 schneite es.",
        [("Dezember", "2020-12"), ("Februar 2021", "2021-02")],
    ),
    # ... or a later date without a year takes it from the first
    ("en", "From May 2020 to March it rained.", [("May 2020", "2020-05"), ("March", "2021-03")]),
    ("de", "Von Mai 2020 bis März regnete es.", [("Mai 2020", "2020-05"), ("März", "2021-03")]),
    # both without a year: the second does not come before the first
    (
        "en",
        "He will stay from November to February.",
        [("November", "2025-11"), ("February", "2026-02")],
    ),
    # days: the first takes month and year from the second
    ("en", "It runs from 3 to 5 May 2020.", [("3", "2020-05-03"), ("5 May 2020", "2020-05-05")]),
    (
        "de",
        "Vom 3. bis 5. Mai 2020 regnete es.",
        [("3", "2020-05-03"), ("5. Mai 2020", "2020-05-05")],
    ),
    (
        "de",
        "Am 3., 4. und 5. Oktober 2020 regnete es.",
        [("3", "2020-10-03"), ("4", "2020-10-04"), ("5. Oktober 2020", "2020-10-05")],
    ),
    # the second day of a pair takes the month before it, with or without spaces
    (
        "en",
        "A hearing will be held on August 6-7.",
        [("August 6", "2025-08-06"), ("7", "2025-08-07")],
    ),
    (
        "en",
        "Talks ran May 3 - 5, 2020.",
        [("May 3", "2020-05-03"), ("5", "2020-05-05"), ("2020", "2020")],
    ),
    (
        "de",
        "Die Messe wird vom 6.-8. August stattfinden.",
        [("6", "2025-08-06"), ("8. August", "2025-08-08")],
    ),
    # a weekday and a month are no range ("Friday to December's figures")
    (
        "en",
        "They made a revision on Friday to December's figures.",
        [("Friday", "2024-11-29"), ("December", "2024-12")],
    ),
    # "March" after "Saturday, March 8" is that March
    (
        "en",
        "The day is on Saturday, March 8, and March is its month.",
        [("Saturday, March 8", "2025-03-08"), ("March", "2025-03")],
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "expected"), CASES)
def test_joined_dates_share_their_year(lang, sentence, expected):
    found = [(t.text, t.value) for t in tag(sentence, lang=lang, dct=DCT)]
    assert found == expected


# (language, sentence, [(expression, mod), ...])
BOUNDS = [
    ("en", "He served from 1986 to 1997.", [("1986", None), ("1997", None)]),
    ("en", "He served from 1986 until 1997.", [("1986", None), ("1997", None)]),
    ("en", "He has served since 2001.", [("2001", "ON_OR_AFTER")]),
    ("de", "Er war von 1986 bis 1997 im Amt.", [("1986", None), ("1997", None)]),
    ("de", "Seit 2010 bis 2015 war er da.", [("2010", None), ("2015", None)]),
    ("de", "Bis 2030 soll es fertig sein.", [("2030", "ON_OR_BEFORE")]),
]


@pytest.mark.parametrize(("lang", "sentence", "expected"), BOUNDS)
def test_a_year_in_a_range_is_no_bound(lang, sentence, expected):
    assert [(t.text, t.mod) for t in tag(sentence, lang=lang, dct=DCT)] == expected
