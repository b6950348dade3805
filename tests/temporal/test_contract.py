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
