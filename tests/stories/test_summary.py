"""Key dates: exactly N days inside the span, in order, sentences pointing into their text."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.stories.corpus import MONTH, analysed
from tui.core.analysis import analyse
from tui.core.model import Document
from tui.core.stories import default_dates, summarise
from tui.core.stories.salience import DayEvidence
from tui.core.stories.summary import dense_span

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


def _reported(counts: dict[dt.date, int]) -> dict[dt.date, DayEvidence]:
    return {
        day: DayEvidence(day=day, articles={f"a{i}" for i in range(count)})
        for day, count in counts.items()
    }


def test_the_dense_span_leaves_out_the_stray_dates_of_history() -> None:
    story = {dt.date(2024, 4, 1) + dt.timedelta(days=i): 5 for i in range(20)}
    stray = {dt.date(1787, 5, 2): 1, dt.date(1990, 10, 3): 1}
    assert dense_span(_reported(story | stray)) == (dt.date(2024, 4, 1), dt.date(2024, 4, 20))


def test_the_dense_span_keeps_every_day_of_a_small_story() -> None:
    # Three days, one report each: no day is a twentieth of the reports.
    days = {dt.date(2020, 1, 1): 1, dt.date(2021, 1, 6): 1, dt.date(2024, 12, 3): 1}
    assert dense_span(_reported(days)) == (dt.date(2020, 1, 1), dt.date(2024, 12, 3))
    assert dense_span({}) is None


def test_the_dense_span_is_the_shortest_run_with_the_share() -> None:
    days = {dt.date(2024, 1, 1): 10, dt.date(2024, 3, 1): 1, dt.date(2024, 6, 1): 10}
    assert dense_span(_reported(days), share=0.4) == (dt.date(2024, 1, 1), dt.date(2024, 1, 1))
    # 11 of the 21 reports: January to March is shorter than March to June.
    assert dense_span(_reported(days), share=0.5) == (dt.date(2024, 1, 1), dt.date(2024, 3, 1))
    assert dense_span(_reported(days), share=0.9) == (dt.date(2024, 1, 1), dt.date(2024, 6, 1))


def _with_history() -> list[Document]:
    # One article of the month recalls the city's founding; nothing else reports it.
    recall = Document(
        id="history",
        dct="2024-04-21",
        title="A long history",
        text="On 1787-05-02, the city of Dresden was granted its charter by the king.\n"
        "On 2024-04-20, the Dresden philharmonic opened its new concert hall.\n",
    )
    return [*MONTH, recall]


def test_without_a_span_the_key_dates_keep_to_the_dense_span() -> None:
    analysis = analyse(_with_history(), lang="en")
    summary = summarise(analysis, dates=10)
    assert summary.span == (HAPPENING_DAYS[0], HAPPENING_DAYS[-1])
    assert [key.date for key in summary.dates] == HAPPENING_DAYS


def test_an_end_given_opens_the_span_to_the_corpus_first_day() -> None:
    analysis = analyse(_with_history(), lang="en")
    summary = summarise(analysis, dates=10, end=dt.date(2024, 4, 30))
    assert summary.span == (dt.date(1787, 5, 2), dt.date(2024, 4, 30))
    assert dt.date(1787, 5, 2) in [key.date for key in summary.dates]
