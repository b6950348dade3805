"""The view model's story rows (no Textual): one row per story event, filters that match a
story through any of its members, and the way between the two views."""

from __future__ import annotations

import dataclasses

from story_fixtures import vote_analysis

from tui.core.model import Analysis, Event
from tui.core.stories import build_stories
from tui.core.view.date_query import parse_date_query
from tui.core.view.timeline import TimelineModel


def models(analysis: Analysis) -> tuple[TimelineModel, TimelineModel]:
    return TimelineModel(analysis), TimelineModel(analysis, stories=build_stories(analysis))


def test_one_row_per_story_event_dated_and_titled_by_the_story() -> None:
    analysis = vote_analysis()
    stories = build_stories(analysis)
    events, story_view = models(analysis)
    assert not events.is_story_view and story_view.is_story_view
    assert events.visible_events == 7 and story_view.visible_events == 5
    vote = next(e for e in story_view.events if story_view.source_count(e) == 3)
    story = next(s for s in stories.stories if s.id == vote.id)
    assert (vote.title, vote.date) == (story.title, story.date)
    assert {m.document for m in story_view.members(vote)} == {"herald", "courier", "gazette"}
    # The row shows a member's sentence, and has the entities of every member.
    lead = story_view.source_event(vote)
    assert lead in story_view.members(vote) and (vote.start, vote.end) == (lead.start, lead.end)
    assert set(vote.entities) == {e for m in story_view.members(vote) for e in m.entities}
    # An event reported once is its own row.
    alone = next(e for e in story_view.events if story_view.source_count(e) == 1)
    assert story_view.members(alone) == (story_view.source_event(alone),)


def test_a_story_matches_when_any_member_matches() -> None:
    _, story_view = models(vote_analysis())
    story_view.set_query("lawmakers")  # only the gazette's report of the vote says it
    assert story_view.visible_events == 1
    assert story_view.selected_event is not None
    assert story_view.source_count(story_view.selected_event) == 3
    story_view.set_query("")
    # All of: one member must mention both (the match names Bayern and Arsenal, the vote not).
    story_view.set_mode("all")
    story_view.set_entities(["org-bundestag", "org-arsenal"])
    assert story_view.visible_events == 0
    story_view.set_entities(["org-bayern", "org-arsenal"])
    assert story_view.visible_events == 1
    story_view.set_mode("any")
    story_view.set_entities(["org-bundestag", "org-arsenal"])
    assert story_view.visible_events == 2


def test_the_happening_of_an_event_in_either_view() -> None:
    events, story_view = models(vote_analysis())
    for event in events.events:
        row = story_view.happening_position(event)
        assert row is not None
        story = story_view.events[row]
        assert event in story_view.members(story)
        assert events.happening_position(story_view.source_event(story)) is not None
    assert events.happening_position(events.events[2]) == 2


def test_jump_to_a_date_lands_on_a_story_row() -> None:
    _, story_view = models(vote_analysis())
    query = parse_date_query("2024-03")
    assert query is not None and story_view.jump(query)
    selected = story_view.selected_event
    assert selected is not None and selected.date.value == "2024-03-13"
    query = parse_date_query("2025")
    assert query is not None and story_view.jump(query)
    assert story_view.selected_event is not None
    assert story_view.selected_event.title.startswith("The law takes effect")


def test_a_story_row_is_its_lead_event_in_every_field_but_those_the_story_sets() -> None:
    _, story_view = models(vote_analysis())
    story_fields = {"id", "title", "date", "entities"}
    for row in story_view.events:
        lead = story_view.source_event(row)
        for field in dataclasses.fields(Event):
            if field.name not in story_fields:
                assert getattr(row, field.name) == getattr(lead, field.name), field.name
