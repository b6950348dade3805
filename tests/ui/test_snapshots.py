"""Snapshot tests: the screens as SVG, at fixed terminal sizes, from hand-built analyses.

The analyses are fixtures (see ui_fixtures.py), not the NLP pipeline, so these pictures change
only when the UI does. Update them with ``pytest tests/ui --snapshot-update`` after checking the
report.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from textual.pilot import Pilot
from textual.widgets import Input
from ui_fixtures import AnalysisBuilder, add_bridge, add_hostile, add_library, make_app

from tui.core.model import Analysis
from tui.ui.app import TimelineApp
from tui.ui.screens.timeline_screen import DETAIL_REST, TimelineScreen

Snap = Callable[..., bool]


def bridge() -> Analysis:
    builder = AnalysisBuilder()
    add_bridge(builder)
    return builder.build()


async def analysed(pilot: Pilot) -> None:
    screen = pilot.app.screen
    assert isinstance(screen, TimelineScreen)
    await asyncio.wait_for(screen.analysed.wait(), timeout=30)
    await pilot.pause()
    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False


def after(*steps: str | Callable[[Pilot], Awaitable[None]]) -> Callable[[Pilot], Awaitable[None]]:
    """A ``run_before`` that waits for the analysis, then presses keys / runs steps in order."""

    async def run(pilot: Pilot) -> None:
        await analysed(pilot)
        for step in steps:
            if isinstance(step, str):
                await pilot.press(step)
            else:
                await step(pilot)
            await pilot.pause()
        for field in pilot.app.screen.query(Input):
            field.cursor_blink = False
        await pilot.pause(DETAIL_REST + 0.05)  # the detail pane follows once keys rest

    return run


async def type_into_focused(text: str, pilot: Pilot) -> None:
    field = pilot.app.focused
    assert isinstance(field, Input)
    field.cursor_blink = False
    field.value = text
    field.cursor_position = len(text)


def typing(text: str) -> Callable[[Pilot], Awaitable[None]]:
    async def step(pilot: Pilot) -> None:
        await type_into_focused(text, pilot)

    return step


def app_for(analysis: Analysis, **options: object) -> TimelineApp:
    return make_app(analysis, **options)


def test_first_screen_80x24(snap_compare: Snap) -> None:
    assert snap_compare(app_for(bridge()), terminal_size=(80, 24), run_before=after())


def test_first_screen_120x40(snap_compare: Snap) -> None:
    assert snap_compare(app_for(bridge()), terminal_size=(120, 40), run_before=after())


def test_event_selected_with_detail(snap_compare: Snap) -> None:
    assert snap_compare(
        app_for(bridge()), terminal_size=(120, 40), run_before=after("down", "down")
    )


def test_entity_filter_applied(snap_compare: Snap) -> None:
    async def focus_entities(pilot: Pilot) -> None:
        pilot.app.screen.query_one("#entities").focus()

    builder = AnalysisBuilder()
    add_bridge(builder)
    add_library(builder)
    assert snap_compare(
        app_for(builder.build()),
        terminal_size=(120, 40),
        run_before=after(focus_entities, "home", "enter", "down", "down", "down", "enter"),
    )


def test_search_active(snap_compare: Snap) -> None:
    assert snap_compare(
        app_for(bridge()), terminal_size=(120, 40), run_before=after("slash", typing("stadt"))
    )


def test_jump_to_date_prompt(snap_compare: Snap) -> None:
    assert snap_compare(
        app_for(bridge()), terminal_size=(80, 24), run_before=after("g", typing("Sommer 2022"))
    )


def test_jump_to_date_result(snap_compare: Snap) -> None:
    assert snap_compare(
        app_for(bridge()),
        terminal_size=(80, 24),
        run_before=after("g", typing("2024"), "enter"),
    )


def test_source_view(snap_compare: Snap) -> None:
    assert snap_compare(app_for(bridge()), terminal_size=(80, 24), run_before=after("end", "s"))


def test_help_screen(snap_compare: Snap) -> None:
    assert snap_compare(
        app_for(bridge()), terminal_size=(100, 40), run_before=after("question_mark")
    )


def test_empty_state(snap_compare: Snap) -> None:
    builder = AnalysisBuilder()
    builder.document("ohne", "Ein Text ohne ein einziges Datum. Nur Worte.", title="Ohne Datum")
    assert snap_compare(app_for(builder.build()), terminal_size=(80, 24), run_before=after())


def test_narrow_terminal(snap_compare: Snap) -> None:
    assert snap_compare(app_for(bridge()), terminal_size=(60, 30), run_before=after("down"))


def test_light_theme(snap_compare: Snap) -> None:
    async def light(pilot: Pilot) -> None:
        pilot.app.theme = "textual-light"

    assert snap_compare(
        app_for(bridge()), terminal_size=(120, 40), run_before=after(light, "down", "down")
    )


def test_several_documents_and_a_load_error(snap_compare: Snap) -> None:
    builder = AnalysisBuilder()
    add_bridge(builder)
    add_library(builder)
    app = app_for(builder.build(), load_errors=["artikel/kaputt.txt: not UTF-8 text"])
    assert snap_compare(app, terminal_size=(120, 30), run_before=after())


def test_markup_in_articles_is_shown_literally(snap_compare: Snap) -> None:
    builder = AnalysisBuilder()
    add_hostile(builder)
    assert snap_compare(app_for(builder.build()), terminal_size=(120, 30), run_before=after())


def two_documents() -> Analysis:
    builder = AnalysisBuilder()
    add_bridge(builder)
    add_library(builder)
    return builder.build()


def test_time_axis_zoomed_in_80x24(snap_compare: Snap) -> None:
    # Two events on: March 2020, by weeks, the marker under the selected week.
    assert snap_compare(
        app_for(two_documents()), terminal_size=(80, 24), run_before=after("j", "z")
    )


def test_time_axis_zoomed_out_80x24(snap_compare: Snap) -> None:
    assert snap_compare(
        app_for(two_documents()), terminal_size=(80, 24), run_before=after("j", "Z")
    )


def test_time_axis_zoomed_in_160x50(snap_compare: Snap) -> None:
    assert snap_compare(
        app_for(two_documents()), terminal_size=(160, 50), run_before=after("end", "z", "z")
    )


def test_time_axis_zoomed_out_160x50(snap_compare: Snap) -> None:
    assert snap_compare(
        app_for(two_documents()), terminal_size=(160, 50), run_before=after("end", "Z")
    )
