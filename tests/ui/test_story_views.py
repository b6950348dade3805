"""Pilot tests of the story view (``v``) and the key-dates view (``K``)."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest
from pilot_steps import ready, set_soon, stories_ready, timeline_lines
from story_fixtures import vote_analysis
from textual.pilot import Pilot
from textual.widgets import OptionList
from ui_fixtures import AnalysisBuilder, add_bridge, make_app

import tui.core.stories.kept
import tui.ui.screens.key_dates_screen as key_dates_screen
from tui.core.interruption import Checkpoint, Interrupted
from tui.core.model import Analysis
from tui.core.stories import Corpus, corpus_of
from tui.ui.screens import KeyDatesScreen, SourceScreen, TimelineScreen
from tui.ui.widgets.search_bar import SearchBar
from tui.ui.widgets.source_view import SourceView
from tui.ui.widgets.story_sources import StorySources

SIZE = (140, 40)


def selected_text(screen: TimelineScreen) -> str:
    assert screen.model is not None and screen.model.selected_event is not None
    return screen.model.source_event(screen.model.selected_event).text


async def test_the_story_view_has_one_row_per_happening_with_its_sources() -> None:
    app = make_app(vote_analysis())
    async with app.run_test(size=SIZE) as pilot:
        screen = await stories_ready(pilot)
        assert screen.model is not None and screen.model.visible_events == 7
        await pilot.press("v")
        assert screen.model is screen.story_model and screen.model.visible_events == 5
        vote_rows = [line for line in timeline_lines(app) if "×3" in line]
        assert len(vote_rows) == 1 and "climate protection law" in vote_rows[0]
        assert not any("×1" in line for line in timeline_lines(app))


async def test_switching_views_keeps_the_selection_on_the_same_happening() -> None:
    app = make_app(vote_analysis())
    async with app.run_test(size=SIZE) as pilot:
        screen = await stories_ready(pilot)
        # The events: 2 Feb, three reports of the vote and the match (13 Mar), 20 Apr, 2025.
        await pilot.press("j", "j", "j")
        before = selected_text(screen)
        assert "412" in before and screen.model is not None
        before_document = screen.model.selected_event.document  # type: ignore[union-attr]
        await pilot.press("v")
        assert screen.model is screen.story_model
        story = screen.model.selected_event
        assert story is not None and screen.model.source_count(story) == 3
        assert before_document in {e.document for e in screen.model.members(story)}
        await pilot.press("v")
        assert screen.model is screen.event_model
        # Back on the story's first member: one of the vote's reports.
        assert "412" in selected_text(screen)
        # A happening reported once stays on its own event both ways.
        await pilot.press("end")
        last = selected_text(screen)
        await pilot.press("v")
        assert selected_text(screen) == last
        await pilot.press("v")
        assert selected_text(screen) == last


async def test_filters_and_search_carry_over_and_match_any_member() -> None:
    app = make_app(vote_analysis())
    async with app.run_test(size=SIZE) as pilot:
        screen = await stories_ready(pilot)
        assert screen.model is not None
        # Only the gazette says "Lawmakers": the story of the vote matches through it.
        (await screen.pane_ready(SearchBar)).display = True
        screen.model.set_query("lawmakers")
        await pilot.press("v")
        assert screen.model.is_story_view and screen.model.query == "lawmakers"
        assert screen.model.visible_events == 1
        story = screen.model.selected_event
        assert story is not None and screen.model.source_count(story) == 3
        await pilot.press("c", "v")
        assert not screen.model.is_story_view and not screen.model.is_filtered


async def test_the_detail_pane_lists_the_sources_and_enter_opens_one() -> None:
    app = make_app(vote_analysis())
    async with app.run_test(size=SIZE) as pilot:
        screen = await stories_ready(pilot)
        await pilot.press("v", "j")
        await pilot.pause(0.2)
        sources = screen.query_one(StorySources)
        assert sources.display and sources.option_count == 3
        prompts = [str(sources.get_option_at_index(i).prompt) for i in range(3)]
        # The article above each sentence; a title that looks like markup stays literal.
        assert any("[bold]Climate law[/bold] approved · Daily Courier" in p for p in prompts)
        assert all("412" in p for p in prompts)
        sources.focus()
        await pilot.press("down", "down")
        assert sources.highlighted == 2
        chosen = sources.get_option_at_index(2).id
        await pilot.press("enter")
        assert isinstance(app.screen, SourceScreen)
        event = app.screen.event
        assert event is not None and event.id == chosen
        assert app.screen.query_one(SourceView).focus_span == (event.start, event.end)
        await pilot.press("escape")
        assert app.screen is screen and screen.model is screen.story_model
        assert screen.model.selected_event is not None
        assert screen.model.source_count(screen.model.selected_event) == 3


async def test_one_article_has_nothing_to_merge() -> None:
    builder = AnalysisBuilder()
    add_bridge(builder)
    app = make_app(builder.build())
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        await pilot.press("v")
        await pilot.pause()
        assert screen.model is screen.event_model and not screen.model.is_story_view
        assert any("nothing to merge" in n.message for n in app._notifications)


def key_date_count(app: object) -> int:
    screen = app.screen  # type: ignore[attr-defined]
    assert isinstance(screen, KeyDatesScreen)
    return screen.query_one("#key-dates", OptionList).option_count


async def key_dates_shown(pilot: Pilot, count: int | None = None) -> None:
    """Wait until the key-dates view shows a summary (of ``count`` dates)."""
    for _ in range(300):
        screen = pilot.app.screen
        shown = isinstance(screen, KeyDatesScreen) and screen.summary is not None
        if shown and (count is None or len(screen.summary.dates) == count):  # type: ignore[union-attr]
            break
        await asyncio.sleep(0.02)
    await pilot.pause()


async def test_key_dates_view_changes_the_number_of_dates_and_escape_returns() -> None:
    app = make_app(vote_analysis())
    async with app.run_test(size=SIZE) as pilot:
        screen = await stories_ready(pilot)
        await pilot.press("K")
        assert isinstance(app.screen, KeyDatesScreen)
        await key_dates_shown(pilot)
        # Four days have events, fewer than the span's default: all four are shown.
        assert key_date_count(app) == 4
        await pilot.press("minus")
        await key_dates_shown(pilot, 3)
        assert key_date_count(app) == 3
        await pilot.press("minus")
        await key_dates_shown(pilot, 2)
        assert key_date_count(app) == 2
        await pilot.press("plus")
        await key_dates_shown(pilot, 3)
        assert key_date_count(app) == 3
        summary = app.screen.summary  # type: ignore[attr-defined]
        assert [d.date for d in summary.dates] == sorted(d.date for d in summary.dates)
        await pilot.press("escape")
        assert app.screen is screen


async def test_key_dates_detail_shows_the_articles_and_enter_opens_the_source() -> None:
    app = make_app(vote_analysis())
    async with app.run_test(size=SIZE) as pilot:
        await stories_ready(pilot)
        await pilot.press("K")
        await key_dates_shown(pilot)
        await pilot.press("down")  # 13 March 2024, the vote
        await pilot.pause()
        detail = str(app.screen.query_one("#key-date-sentences").render())
        assert "13 Mar 2024 · 3 articles" in detail and "412" in detail
        await pilot.press("enter")
        assert isinstance(app.screen, SourceScreen)
        assert app.screen.event is not None and "412" in app.screen.event.text
        await pilot.press("escape", "K")
        assert isinstance(app.screen, TimelineScreen)


async def test_quitting_stops_the_story_events_still_being_built(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    started, stopped = threading.Event(), threading.Event()

    def endless_build(analysis: Analysis, *, checkpoint: Checkpoint, **options: object) -> None:
        started.set()
        try:
            for _ in range(1000):  # ten seconds at most: then it was never stopped
                checkpoint()
                time.sleep(0.01)
        except Interrupted:
            stopped.set()
            raise

    monkeypatch.setattr(tui.core.stories.kept, "build_stories", endless_build)
    app = make_app(vote_analysis())
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert await set_soon(started)
        await pilot.press("q")
    assert stopped.wait(5)


async def test_the_key_dates_build_their_corpus_once_until_the_analysis_changes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    built: list[object] = []

    def counting(analysis: Analysis, checkpoint: Checkpoint) -> Corpus:
        built.append(analysis)
        return corpus_of(analysis, checkpoint)

    monkeypatch.setattr(key_dates_screen, "corpus_of", counting)
    app = make_app(vote_analysis())
    async with app.run_test(size=SIZE) as pilot:
        screen = await stories_ready(pilot)
        for _ in range(2):
            await pilot.press("K")
            await key_dates_shown(pilot)
            await pilot.press("escape")
        assert len(built) == 1
        # A new analysis (here: the story events built again, as after curation) needs its own.
        assert screen.analysis is not None and screen.event_model is not None
        screen.start_stories(screen.analysis, screen.event_model)
        await pilot.press("K")
        await key_dates_shown(pilot)
        assert len(built) == 2
