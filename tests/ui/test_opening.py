"""Where the explorer opens a corpus: at its story, past the history its articles recall."""

from __future__ import annotations

import datetime as dt

from pilot_steps import ready
from ui_fixtures import AnalysisBuilder, make_app

from tui.core.dense_window import densest_window
from tui.core.model import Analysis
from tui.core.view.opening import story_start

SIZE = (120, 30)


def _day(text: str) -> int:
    return dt.date.fromisoformat(text).toordinal()


def test_the_densest_window_is_the_shortest_run_holding_the_share_the_earliest_of_ties() -> (
    None
):
    days = [1, 2, 3, 10, 11, 12, 50]
    assert densest_window(days, [1] * 7, 3 / 7) == (1, 3)
    assert densest_window(days, [1, 1, 1, 1, 1, 5, 1], 0.6) == (10, 12)
    assert densest_window([7], [4], 0.95) == (7, 7)


def test_a_corpus_opens_at_its_story_when_the_events_before_it_are_history() -> None:
    story = [_day("2010-01-12") + offset for offset in range(40)]
    ordinals = [_day("1770-06-03"), _day("1946-08-04"), *story]
    assert story_start(ordinals, documents=5) == 2


def test_it_opens_at_the_first_event_when_the_story_starts_within_a_year_of_it() -> None:
    ordinals = [_day("2009-03-01"), *(_day("2010-01-12") + offset for offset in range(40))]
    assert story_start(ordinals, documents=5) is None


def test_one_article_opens_at_its_first_event_whatever_it_recalls() -> None:
    ordinals = [_day("1770-06-03"), *(_day("2010-01-12") + offset for offset in range(40))]
    assert story_start(ordinals, documents=1) is None
    assert story_start([], documents=3) is None


def _corpus_with_history() -> Analysis:
    builder = AnalysisBuilder()
    builder.document("old", "In 1770 a quake destroyed the town.\n", dct="2010-01-20")
    builder.event("old", "In 1770", value="1770", timex="1770")
    for number in range(1, 31):
        doc = f"report{number}"
        builder.document(
            doc, f"On 12 January 2010 the quake struck, report {number} says.\n", dct="2010-01-20"
        )
        builder.event(doc, "On 12 January 2010", value="2010-01-12", timex="12 January 2010")
    return builder.build()


async def test_the_explorer_selects_the_story_start_and_shows_it_at_the_top() -> None:
    app = make_app(_corpus_with_history())
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        await pilot.pause()
        model = screen.model
        assert model is not None and model.selected_event is not None
        assert model.selected_event.date.value == "2010-01-12"
        assert model.cursor is not None
        assert screen.timeline_view.scroll_y == model.cursor - 1
        # The history is still there, above.
        await pilot.press("home")
        assert model.selected_event.date.value == "1770"
