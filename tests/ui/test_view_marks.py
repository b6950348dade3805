"""The view model's curation filters: hidden events left out (or shown), starred only, and a
model rebuilt after an action that keeps the filters and the selected event."""

from __future__ import annotations

from dataclasses import replace

from ui_fixtures import AnalysisBuilder, add_bridge

from tui.core.model import Analysis, EventMark
from tui.core.view.timeline import TimelineModel


def marked(hidden: int, starred: tuple[int, ...]) -> Analysis:
    builder = AnalysisBuilder()
    add_bridge(builder)
    analysis = builder.build()
    marks = {analysis.events[hidden].id: EventMark(hidden=True)}
    for at in starred:
        marks[analysis.events[at].id] = EventMark(starred=True, hidden=at == hidden)
    return replace(analysis, marks=marks)


def titles(model: TimelineModel) -> list[str]:
    return [model.events[p].title for p in model.visible]


def test_hidden_events_are_left_out_unless_shown() -> None:
    analysis = marked(hidden=0, starred=())
    model = TimelineModel(analysis)
    assert model.visible_events == len(analysis.events) - 1
    assert analysis.events[0].title not in titles(model)
    model.set_show_hidden(True)
    assert model.visible_events == len(analysis.events)


def test_starred_only_leaves_out_hidden_starred_events_unless_shown() -> None:
    analysis = marked(hidden=1, starred=(1, 2))
    model = TimelineModel(analysis)
    model.set_starred_only(True)
    assert model.is_filtered and titles(model) == [analysis.events[2].title]
    model.set_show_hidden(True)
    assert sorted(titles(model)) == sorted(analysis.events[i].title for i in (1, 2))


def test_a_rebuilt_model_follows_the_filters_and_the_selection() -> None:
    analysis = marked(hidden=0, starred=(3,))
    before = TimelineModel(analysis)
    before.set_query("Weber")
    before.set_show_hidden(True)
    before.first()
    chosen = before.selected_event
    assert chosen is not None
    after = TimelineModel(analysis)
    after.follow(before)
    assert after.query == "Weber" and after.show_hidden
    assert after.selected_event is not None and after.selected_event.id == chosen.id
