"""Key dates: exactly N days inside the span, in order, sentences pointing into their text."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.stories.corpus import analysed
from tui.core.stories import default_dates, summarise

HAPPENING_DAYS = [
    dt.date(2024, 4, 2),
    dt.date(2024, 4, 5),
    dt.date(2024, 4, 9),
    dt.date(2024, 4, 15),
    dt.date(2024, 4, 20),
    dt.date(2024, 4, 26),
]


@pytest.mark.parametrize("count", [1, 3, 6])
def test_exactly_n_days_inside_the_span_sorted(count: int) -> None:
    analysis = analysed("month")
    start, end = dt.date(2024, 4, 1), dt.date(2024, 4, 30)
    summary = summarise(analysis, dates=count, sentences=2, start=start, end=end)
    days = [key.date for key in summary.dates]
    assert len(days) == count
    assert days == sorted(days) and len(set(days)) == count
    assert all(start <= day <= end for day in days)
    assert summary.span == (start, end)


def test_the_most_reported_days_come_first() -> None:
    # Each happening day is reported by two articles and recalled by the next two.
    summary = summarise(analysed("month"), dates=6)
    assert [key.date for key in summary.dates] == HAPPENING_DAYS
    assert all(key.articles >= 2 for key in summary.dates)


def test_the_span_is_inclusive_and_limits_the_days() -> None:
    start, end = dt.date(2024, 4, 5), dt.date(2024, 4, 15)
    summary = summarise(analysed("month"), dates=10, start=start, end=end)
    assert [key.date for key in summary.dates] == HAPPENING_DAYS[1:4]


def test_each_sentence_points_into_its_document() -> None:
    analysis = analysed("month")
    texts = {item.document.id: item.document.text for item in analysis.documents}
    events = {event.id: event for event in analysis.events}
    summary = summarise(analysis, dates=6, sentences=3)
    sentences = [s for key in summary.dates for s in key.sentences]
    assert sentences
    for key in summary.dates:
        assert 1 <= len(key.sentences) <= 3
        for s in key.sentences:
            assert texts[s.document][s.start : s.end] == s.text
            assert events[s.event].date.earliest == key.date


def test_no_two_sentences_of_a_day_are_the_same() -> None:
    # Both articles of a day tell it in the same words: one of them is enough.
    summary = summarise(analysed("month"), dates=6, sentences=3)
    for key in summary.dates:
        texts = [" ".join(s.text.lower().split()) for s in key.sentences]
        assert len(set(texts)) == len(texts)


def test_an_empty_span_has_no_dates() -> None:
    summary = summarise(analysed("month"), start=dt.date(2030, 1, 1), end=dt.date(2030, 2, 1))
    assert summary.dates == ()


def test_the_default_number_of_dates_grows_with_the_span() -> None:
    week = default_dates(dt.date(2024, 1, 1), dt.date(2024, 1, 7))
    years = default_dates(dt.date(2020, 1, 1), dt.date(2023, 1, 1))
    assert 5 <= week < years <= 50
