"""The key dates of a corpus: its most salient days in a span, each with a few sentences
that say what happened, in date order.

Every day's sentences are chosen before the days are ranked: how central they are to the
corpus is part of a day's score (see salience)."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping

from tui.core.dense_window import densest_window
from tui.core.interruption import Checkpoint, go_on
from tui.core.model import Analysis
from tui.core.stories.building import build_stories
from tui.core.stories.corpus import Corpus, corpus_of
from tui.core.stories.model import KeyDate, KeySentence, Stories, Summary
from tui.core.stories.salience import DayEvidence, DayWeights, day_evidence, pick_days
from tui.core.stories.selection import SelectionRule, select_sentences
from tui.core.stories.vectors import cosine

DEFAULT_SENTENCES = 2
#: The share of a corpus's day reports its dense span holds (chosen on the development
#: topics: benchmarks/key_dates_span.py).
DENSE_SHARE = 0.95


def default_dates(first: dt.date, last: dt.date) -> int:
    """Dates enough for a span: a few for a week, a few dozen for years (grows slowly)."""
    days = (last - first).days + 1
    return max(5, min(50, round(2 * math.sqrt(days))))


def summarise(
    analysis: Analysis,
    *,
    dates: int | None = None,
    sentences: int = DEFAULT_SENTENCES,
    start: dt.date | None = None,
    end: dt.date | None = None,
    stories: Stories | None = None,
    corpus: Corpus | None = None,
    weights: DayWeights | None = None,
    rule: SelectionRule | None = None,
    checkpoint: Checkpoint = go_on,
) -> Summary:
    """The ``dates`` most salient days of ``analysis`` inside ``start``..``end`` (inclusive;
    an open end is the corpus's first or last day; with both open, the span is the corpus's
    :func:`dense_span`), with up to ``sentences`` sentences each. ``dates`` None: a number
    that suits the span (:func:`default_dates`)."""
    corpus = corpus or corpus_of(analysis, checkpoint)
    if stories is None:
        stories = build_stories(analysis, corpus=corpus, checkpoint=checkpoint)
    checkpoint()
    days = day_evidence(list(corpus.events), corpus.published, stories, start, end)
    if start is None and end is None:
        days = _inside(days, dense_span(days))
    span = _span(days, start, end)
    if span is None:
        return Summary(span=None, dates=())
    count = default_dates(*span) if dates is None else dates
    weights = weights or DayWeights()
    chosen = day_sentences(days, corpus, stories, sentences, rule)
    key_dates = [
        KeyDate(
            date=evidence.day,
            score=round(evidence.score(weights), 4),
            articles=len(evidence.articles),
            sentences=tuple(chosen[evidence.day]),
        )
        for evidence in pick_days(days, count, weights)
    ]
    return Summary(span=span, dates=tuple(sorted(key_dates, key=lambda d: d.date)))


def day_sentences(
    days: Mapping[dt.date, DayEvidence],
    corpus: Corpus,
    stories: Stories,
    sentences: int,
    rule: SelectionRule | None = None,
) -> dict[dt.date, list[KeySentence]]:
    """Up to ``sentences`` sentences for every day of ``days``; sets each day's
    ``central``: the mean cosine of its sentences to the corpus's centroid."""
    size = {story.id: len(set(story.documents)) for story in stories.stories}

    def sources(event_id: str) -> int:
        return size.get(stories.of_event.get(event_id, ""), 1)

    chosen: dict[dt.date, list[KeySentence]] = {}
    for day, evidence in days.items():
        picked = select_sentences(
            evidence.events,
            corpus.vector,
            sentences,
            sources=lambda e: sources(e.id),
            topic=corpus.topic,
            position=corpus.position,
            rule=rule,
        )
        chosen[day] = picked
        similarities = [
            cosine(corpus.vectors[(s.document, s.start, s.end)], corpus.topic) for s in picked
        ]
        evidence.central = sum(similarities) / len(similarities) if similarities else 0.0
    return chosen


def _span(
    days: Mapping[dt.date, object], start: dt.date | None, end: dt.date | None
) -> tuple[dt.date, dt.date] | None:
    """The span asked for, its open ends closed by the corpus's first and last day."""
    if start is not None and end is not None:
        return (start, end)
    if not days:
        return None
    return (start or min(days), end or max(days))


def _inside(
    days: dict[dt.date, DayEvidence], span: tuple[dt.date, dt.date] | None
) -> dict[dt.date, DayEvidence]:
    if span is None:
        return days
    return {day: evidence for day, evidence in days.items() if span[0] <= day <= span[1]}


def dense_span(
    days: Mapping[dt.date, DayEvidence], share: float = DENSE_SHARE
) -> tuple[dt.date, dt.date] | None:
    """The shortest run of days that holds ``share`` of the corpus's reports of a day (an
    article reporting an event on it): where the story is (:mod:`tui.core.dense_window`)."""
    if not days:
        return None
    ordered = sorted(days)
    first, last = densest_window(
        [day.toordinal() for day in ordered], [len(days[day].articles) for day in ordered], share
    )
    return (dt.date.fromordinal(first), dt.date.fromordinal(last))
