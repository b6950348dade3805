"""Where the explorer opens a corpus: at its story, past the history its articles recall."""

from __future__ import annotations

import datetime as dt

from pilot_steps import ready, stories_ready
from ui_fixtures import AnalysisBuilder, make_app

from tui.core.dense_window import densest_window
from tui.core.model import Analysis, EventDate
from tui.core.view.opening import story_start

SIZE = (120, 30)


def _date(text: str, precision: str = "day") -> EventDate:
    day = dt.date.fromisoformat(text)
    last = dt.date(day.year, 12, 31) if precision == "year" else day
    return EventDate(text if precision == "day" else text[:4], day, last, precision, text)


def _story(days: int = 40, per_day: int = 1) -> list[EventDate]:
    first = dt.date(2010, 1, 12)
    return [
        _date((first + dt.timedelta(offset)).isoformat())
        for offset in range(days)
        for _ in range(per_day)
    ]


def test_the_densest_window_is_the_shortest_run_holding_the_share_the_earliest_of_ties() -> None:
    days = [1, 2, 3, 10, 11, 12, 50]
    assert densest_window(days, [1] * 7, 3 / 7) == (1, 3)
    assert densest_window(days, [1, 1, 1, 1, 1, 5, 1], 0.6) == (10, 12)
    assert densest_window([7], [4], 0.95) == (7, 7)


def _history(count: int) -> list[EventDate]:
    return [_date(f"{1700 + year}-06-03") for year in range(count)]


def test_a_corpus_opens_at_its_story_when_the_events_before_it_are_history() -> None:
    # Two dozen dates of history, a few per cent of a corpus's events.
    dates = [*_history(24), _date("1946-01-01", "year"), *_story(per_day=15)]
    assert story_start(dates, documents=5) == 25


def test_a_screen_of_history_or_less_is_shown_above_the_story_as_context() -> None:
    assert story_start([*_history(20), *_story(per_day=15)], documents=5) is None


def test_the_story_is_found_among_the_events_dated_to_a_day() -> None:
    # A year or a month is background: many such events do not move the story's start.
    background = [_date("2009-01-01", "year")] * 30
    dates = [*_history(1), *background, *_story()]
    assert story_start(dates, documents=5) == 31


def test_it_opens_at_the_first_event_when_the_story_starts_within_a_year_of_it() -> None:
    assert story_start([_date("2009-03-01"), *_story()], documents=5) is None


def test_one_article_opens_at_its_first_event_whatever_it_recalls() -> None:
    assert story_start([_date("1770-06-03"), *_story()], documents=1) is None
    assert story_start([_date("1770-01-01", "year")], documents=3) is None


def _corpus_with_history() -> Analysis:
    builder = AnalysisBuilder()
    for year in range(1750, 1775):
        doc = f"history{year}"
        builder.document(doc, f"In {year} a quake destroyed the town.\n", dct="2010-01-20")
        builder.event(doc, f"In {year}", value=str(year), timex=str(year))
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
        assert model.selected_event.date.value == "1750"


async def test_switching_to_the_story_view_keeps_the_selected_row_on_its_line() -> None:
    app = make_app(_corpus_with_history())
    async with app.run_test(size=SIZE) as pilot:
        screen = await stories_ready(pilot)
        await pilot.press("j", "j")
        model, view = screen.model, screen.timeline_view
        assert model is not None and model.cursor is not None
        line = model.cursor - round(view.scroll_y)
        await pilot.press("v")
        assert screen.model is screen.story_model and screen.model.cursor is not None
        assert screen.model.cursor - round(view.scroll_y) == line
        assert screen.model.selected_event is not None
        assert screen.model.selected_event.date.value == "2010-01-12"
