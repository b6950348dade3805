"""Story events: the same happening across articles is one; different happenings stay apart."""

from __future__ import annotations

import pytest

from tests.stories.corpus import analysed
from tui.core.interruption import Interrupted
from tui.core.stories import build_stories


def test_three_articles_reporting_the_same_vote_are_one_story_event() -> None:
    analysis = analysed("vote")
    stories = build_stories(analysis)
    votes = [e for e in analysis.events if "412" in e.text and e.date.value == "2024-03-13"]
    assert {e.document for e in votes} == {"herald", "courier", "gazette"}
    story_ids = {stories.of_event[e.id] for e in votes}
    assert len(story_ids) == 1
    (story,) = [s for s in stories.stories if s.id in story_ids]
    assert sorted(story.documents) == ["courier", "gazette", "herald"]
    assert story.date.value == "2024-03-13"


def test_the_same_vote_in_german_is_one_story_event() -> None:
    analysis = analysed("abstimmung")
    stories = build_stories(analysis)
    votes = [e for e in analysis.events if "412" in e.text]
    match = next(e for e in analysis.events if "Arsenal" in e.text)
    assert {stories.of_event[e.id] for e in votes} == {stories.of_event[votes[0].id]}
    assert len(votes) == 3 and stories.of_event[match.id] != stories.of_event[votes[0].id]


def test_the_match_of_the_same_day_is_not_the_vote() -> None:
    analysis = analysed("vote")
    stories = build_stories(analysis)
    match = next(e for e in analysis.events if "Arsenal" in e.text)
    vote = next(e for e in analysis.events if "412" in e.text and e.document == "gazette")
    assert stories.of_event[match.id] != stories.of_event[vote.id]


def test_two_events_of_the_same_day_with_different_names_stay_apart() -> None:
    analysis = analysed("takeovers")
    stories = build_stories(analysis)
    events = [e for e in analysis.events if "takeover" in e.text]
    assert len(events) == 2 and events[0].date == events[1].date
    assert stories.of_event[events[0].id] != stories.of_event[events[1].id]


def test_every_event_is_in_exactly_one_story_and_a_story_holds_one_event_per_article() -> None:
    analysis = analysed("month")
    stories = build_stories(analysis)
    assert set(stories.of_event) == {e.id for e in analysis.events}
    members = [event for story in stories.stories for event in story.events]
    assert sorted(members) == sorted(e.id for e in analysis.events)
    for story in stories.stories:
        assert len(set(story.documents)) == len(story.documents)


def test_within_one_document_nothing_is_merged() -> None:
    analysis = analysed("month")
    stories = build_stories(analysis)
    by_document: dict[str, set[str]] = {}
    for event in analysis.events:
        by_document.setdefault(event.document, set()).add(stories.of_event[event.id])
    for document in by_document:
        events = [e for e in analysis.events if e.document == document]
        assert len({stories.of_event[e.id] for e in events}) == len(events)


def test_a_checkpoint_that_raises_stops_the_build_and_one_that_returns_changes_nothing() -> None:
    analysis = analysed("month")
    calls = 0

    def count() -> None:
        nonlocal calls
        calls += 1

    assert build_stories(analysis, checkpoint=count) == build_stories(analysis)
    assert calls > 0

    def stop_at_once() -> None:
        raise Interrupted

    with pytest.raises(Interrupted):
        build_stories(analysis, checkpoint=stop_at_once)
