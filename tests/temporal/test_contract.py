"""The tagger's contract: offsets, order, overlaps, ignored spans, genres, languages."""

from __future__ import annotations

import itertools

import pytest

from tui.core.sentences import sentences
from tui.core.temporal import tag

TEXT = (
    " date 2024-12 • Treffen im Dezember\n\nAm 6. Januar 2021 und am 7. Januar 2021 "
    "geschah es. Seit 2019, in den kommenden Monaten und gestern Abend um 18 Uhr."
)
IGNORED = ((0, 14),)


def test_offsets_round_trip_sorted_and_disjoint():
    timexes = tag(TEXT, lang="de", dct="2024-12-05", ignored=IGNORED)
    assert len(timexes) >= 6
    for timex in timexes:
        assert TEXT[timex.start : timex.end] == timex.text
    for before, after in itertools.pairwise(timexes):
        assert before.end <= after.start


def test_ignored_spans_are_never_tagged():
    timexes = tag(TEXT, lang="de", dct="2024-12-05", ignored=IGNORED)
    assert all(t.start >= 14 for t in timexes)
    assert tag(TEXT, lang="de", dct="2024-12-05")[0].text == "2024-12"


def test_given_sentences_are_used():
    spans = sentences(TEXT, "de", IGNORED)
    assert tag(TEXT, lang="de", dct="2024-12-05", sentences=spans, ignored=IGNORED) == tag(
        TEXT, lang="de", dct="2024-12-05", ignored=IGNORED
    )
    # No sentence, nothing to tag.
    assert tag(TEXT, lang="de", dct="2024-12-05", sentences=[]) == []


def test_unknown_genre_is_an_error():
    with pytest.raises(ValueError, match="genre"):
        tag(TEXT, lang="de", dct=None, genre="poetry")


def test_language_without_resources_gives_nothing():
    assert tag("Le 6 janvier 2021.", lang="xx", dct=None) == []


def test_types_are_timeml_types():
    timexes = tag(TEXT, lang="de", dct="2024-12-05", ignored=IGNORED)
    assert {t.type for t in timexes} <= {"DATE", "TIME", "DURATION", "SET"}
    assert {t.anchor for t in timexes} <= {"explicit", "dct", "previous"}


def test_impossible_dates_are_not_tagged():
    assert tag("Am 31. Februar 2024 und am 30.2.2023 war nichts.", lang="de", dct=None) == []


ODD_TEXTS = [
    "",
    "   \n\n\t ",
    "vor 99999999999999999999 Jahren und in 10000 Jahren",
    "in 2147483648 days, 10000 years ago, the 99999th century, Easter 9999, Ostern 0001",
    "Jahr 0000, FY99, 3Q99, H3 2024, Q9 2024, 1. Halbjahr 0000, erster Advent 9999",
    "March, " * 50 + "May 9999 and December to February 0001",
    "Am " + "3., " * 40 + "5. Mai 2020 \x00 \x1b[31m [red] \u202e 😀",
    "x" * 5000 + " 2020 " * 50,
]
ODD_DCTS = [None, "2024", "2024-12", "9999-12-31", "0001-01-01", "2024-W52", "2024-SU", "199"]


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("dct", ODD_DCTS)
def test_odd_input_keeps_the_contract(lang, dct):
    for text in ODD_TEXTS:
        for genre in ("news", "narrative"):
            timexes = tag(text, lang=lang, dct=dct, genre=genre)
            assert all(text[t.start : t.end] == t.text for t in timexes)
            assert all(a.end <= b.start for a, b in itertools.pairwise(timexes))
