"""Choosing a day's sentences: the story's own words and the articles' first sentences weigh."""

from __future__ import annotations

import datetime as dt

from tui.core.model import Event, EventDate
from tui.core.stories import SelectionRule
from tui.core.stories.selection import select_sentences
from tui.core.stories.vectors import Vector, normalised

DAY = EventDate("2024-03-13", dt.date(2024, 3, 13), dt.date(2024, 3, 13), "day", "13 Mar 2024")


def _event(id: str, text: str, position: int) -> Event:
    # One document per event; its sentences are 100 characters apart.
    start = 100 * position
    return Event(id, f"doc-{id}", text, text, start, start + len(text), DAY, "dct", None)


def _vector(text: str) -> Vector:
    return normalised({word: 1.0 for word in text.lower().split()})


def _select(events: list[Event], rule: SelectionRule, topic: Vector | None = None) -> list[str]:
    chosen = select_sentences(
        events,
        lambda e: _vector(e.text),
        1,
        topic=topic,
        position=lambda e: e.start // 100,
        rule=rule,
    )
    return [s.event for s in chosen]


# Three sentences of the day are about the weather, two about the story of the corpus.
WEATHER = [
    _event("rain", "heavy rain flooded streets downtown", 5),
    _event("storm", "storm rain flooded streets near harbour", 6),
    _event("wind", "rain and strong wind flooded streets", 7),
]
VOTE = [
    _event("vote", "parliament vote approved climate law", 5),
    _event("law", "climate law approved after long debate", 6),
]
#: What the whole corpus is about.
TOPIC = _vector("parliament climate law vote debate approved")


def test_without_the_topic_the_days_largest_subject_wins() -> None:
    rule = SelectionRule(topic_pull=0.0)
    assert _select(WEATHER + VOTE, rule, TOPIC) in (["rain"], ["storm"], ["wind"])


def test_the_corpus_topic_pulls_the_choice_to_the_story() -> None:
    rule = SelectionRule(topic_pull=1.0)
    assert _select(WEATHER + VOTE, rule, TOPIC) in (["vote"], ["law"])


def test_without_a_topic_the_pull_changes_nothing() -> None:
    pulled, plain = SelectionRule(topic_pull=1.0), SelectionRule(topic_pull=0.0)
    assert _select(WEATHER + VOTE, pulled, None) == _select(WEATHER + VOTE, plain, None)


def test_a_first_sentence_of_its_article_is_preferred() -> None:
    # The same words, once deep in an article and once as an article's first sentence.
    deep = _event("deep", "parliament approved the climate law", 8)
    first = _event("first", "the climate law parliament approved", 0)
    assert _select([deep, first], SelectionRule(lead_bonus=0.0)) == ["deep"]
    assert _select([deep, first], SelectionRule(lead_bonus=0.3)) == ["first"]


def _select_with_sources(rule: SelectionRule, reported: dict[str, int]) -> list[str]:
    events = WEATHER[:1] + VOTE
    chosen = select_sentences(
        events,
        lambda e: _vector(e.text),
        1,
        sources=lambda e: reported.get(e.id, 1),
        rule=rule,
    )
    return [s.event for s in chosen]


def test_by_default_how_many_articles_report_a_sentence_does_not_choose_it() -> None:
    # The count baseline selects without sources: by default ours selects the same.
    reported = {"rain": 9}
    assert _select_with_sources(SelectionRule(), reported) == _select_with_sources(
        SelectionRule(), {}
    )


def test_a_story_bonus_prefers_the_sentence_many_articles_report() -> None:
    plain = _select_with_sources(SelectionRule(story_bonus=0.0), {})
    reported = {e.id: 16 for e in WEATHER[:1] + VOTE if [e.id] != plain}
    other = _select_with_sources(SelectionRule(story_bonus=1.0), reported)
    assert other != plain
