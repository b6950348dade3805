"""Dates first, names after: the preliminary timeline (the documents' dates, no names) is
shown while names are looked for, then replaced in place by the final one (issue 16)."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import replace

from pilot_steps import dated, ready, timeline_lines
from textual.pilot import Pilot
from textual.widgets import Input, Static
from textual.widgets._footer import FooterKey  # Textual is pinned exactly
from ui_fixtures import make_app

from tui.core.model import Analysis, Document
from tui.ui.app import TimelineApp
from tui.ui.screens import TimelineScreen
from tui.ui.screens.timeline_screen import DETAIL_REST
from tui.ui.widgets import EntityFilterPane, TimelineView

SIZE = (120, 40)


def without_names(analysis: Analysis) -> Analysis:
    """``analysis`` as its dates alone give it: no names, and its last event missing (the
    preliminary events can differ from the final ones)."""
    return Analysis(
        documents=[replace(d, mentions=[]) for d in analysis.documents],
        events=[replace(e, entities=[]) for e in analysis.events[:-1]],
        warnings=list(analysis.warnings),
    )


class TwoPhases:
    """An ``analyse`` function that previews ``analysis`` without names, then waits for
    :attr:`names` to be set before it returns the whole of it."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.names = threading.Event()

    def __call__(self, documents: Sequence[Document], **options: object) -> Analysis:
        preview = options.get("preview")
        assert callable(preview), "the explorer asks for the dates first"
        preview(without_names(self.analysis))
        assert self.names.wait(30)
        return self.analysis


def app_in_two_phases(analysis: Analysis) -> tuple[TimelineApp, TwoPhases]:
    analyse = TwoPhases(analysis)
    return TimelineApp([d.document for d in analysis.documents], analyse=analyse), analyse


async def names_arrive(pilot: Pilot, analyse: TwoPhases) -> TimelineScreen:
    analyse.names.set()
    screen = await ready(pilot)
    await pilot.pause(DETAIL_REST + 0.05)
    return screen


def view(app: TimelineApp) -> dict[str, object]:
    """What the screen shows: the timeline's rows, the entity pane, the status, the detail."""
    screen = app.screen
    pane = screen.query_one(EntityFilterPane)
    return {
        "rows": timeline_lines(app),
        "entities": [str(option.prompt) for option in pane.options],
        "status": str(screen.query_one("#status", Static).render()),
        "detail": [str(s.render()) for s in screen.query("#detail Static").results(Static)],
        "selected": screen.model.selected_event if screen.model else None,
        "focused": type(screen.focused).__name__,
        "footer": [(key.action, key.disabled) for key in screen.query(FooterKey).results()],
    }


async def test_the_dates_come_first_and_the_names_replace_them_in_place(
    two_document_analysis: Analysis,
) -> None:
    app, analyse = app_in_two_phases(two_document_analysis)
    async with app.run_test(size=SIZE) as pilot:
        screen = await dated(pilot)
        assert not screen.analysed.is_set()
        assert screen.model is not None
        assert screen.model.total_events == len(two_document_analysis.events) - 1
        assert screen.query_one(TimelineView).display
        assert any(line.strip() for line in timeline_lines(app))
        pane = screen.query_one(EntityFilterPane)
        assert [str(o.prompt) for o in pane.options] == ["Looking for names…"]
        assert "preliminary: looking for names" in str(screen.query_one("#status").render())
        # No curation or stories on events that may still change.
        assert screen.check_action("hide", ()) is None
        assert screen.check_action("key_dates", ()) is None
        await names_arrive(pilot, analyse)
        two_phases = view(app)
    one_pass = make_app(two_document_analysis)
    async with one_pass.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.pause(DETAIL_REST + 0.05)
        assert view(one_pass) == two_phases
    assert "preliminary" not in str(two_phases["status"])


async def test_a_key_pressed_on_the_preliminary_timeline_is_kept(
    two_document_analysis: Analysis,
) -> None:
    app, analyse = app_in_two_phases(two_document_analysis)
    async with app.run_test(size=SIZE) as pilot:
        screen = await dated(pilot)
        await pilot.press("down", "down")
        assert screen.model is not None
        chosen = screen.model.selected_event
        assert chosen is not None
        scroll = screen.query_one(TimelineView).scroll_y
        screen = await names_arrive(pilot, analyse)
        assert screen.model is not None and screen.session is not None
        selected = screen.model.selected_event
        assert selected is not None and selected.id == chosen.id
        assert selected in two_document_analysis.events  # the final event, with its names
        assert screen.query_one(TimelineView).scroll_y == scroll
        await pilot.press("down")  # and the keys go on from there
        after = screen.model.selected_event
        assert after is not None
        assert screen.model.position(after) == screen.model.position(selected) + 1


async def test_a_search_typed_before_the_names_arrive_stays(
    two_document_analysis: Analysis,
) -> None:
    app, analyse = app_in_two_phases(two_document_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await dated(pilot)
        await pilot.press("slash", *"Weber")
        screen = await names_arrive(pilot, analyse)
        assert screen.model is not None and screen.model.query == "Weber"
        assert isinstance(screen.focused, Input)  # the reader is still typing
        assert screen.model.visible_events < screen.model.total_events


async def test_the_entity_filters_work_after_the_names_arrive(
    two_document_analysis: Analysis,
) -> None:
    app, analyse = app_in_two_phases(two_document_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await dated(pilot)
        screen = await names_arrive(pilot, analyse)
        pane = screen.query_one(EntityFilterPane)
        pane.focus()
        await pilot.press("home", "enter")  # the first entity: Anna Weber
        assert screen.model is not None
        assert screen.model.active_entities == ("per-weber",)
        assert screen.model.visible_events == 2
        assert "2 of 9 events · any of: Anna Weber" in str(screen.query_one("#status").render())


async def test_a_failure_after_the_dates_takes_the_preliminary_timeline_away(
    two_document_analysis: Analysis,
) -> None:
    def analyse(documents: Sequence[Document], **options: object) -> Analysis:
        preview = options.get("preview")
        if callable(preview):
            preview(without_names(two_document_analysis))
        raise RuntimeError("the names model broke")

    app = TimelineApp([d.document for d in two_document_analysis.documents], analyse=analyse)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        assert screen.model is None and screen.preview is None
        assert not screen.query_one(TimelineView).display
        assert "preliminary" not in str(screen.query_one("#status").render())
        assert any("the names model broke" in problem for problem in screen.problems)


async def test_the_footer_enables_the_curation_keys_in_place_when_the_names_arrive(
    two_document_analysis: Analysis,
) -> None:
    app, analyse = app_in_two_phases(two_document_analysis)
    async with app.run_test(size=SIZE) as pilot:
        screen = await dated(pilot)
        before = {key.action: key for key in screen.query(FooterKey).results(FooterKey)}
        assert before["hide"].disabled and not before["next_event"].disabled
        screen = await names_arrive(pilot, analyse)
        after = {key.action: key for key in screen.query(FooterKey).results(FooterKey)}
        assert after == before  # the same widgets
        assert not after["hide"].disabled and not after["key_dates"].disabled
