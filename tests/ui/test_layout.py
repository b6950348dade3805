"""Layout at different terminal sizes: what the rows show, where the panes go, the Footer."""

from __future__ import annotations

import pytest
from pilot_steps import ready, timeline_lines
from textual.widgets._footer import FooterKey
from ui_fixtures import AnalysisBuilder, make_app

from tui.core.model import Analysis
from tui.ui.app import TimelineApp
from tui.ui.widgets import DetailPane, EntityFilterPane, KeysFooter, SearchBar, TimelineView
from tui.ui.widgets.keys_footer import ShownKey, fitting, types_a_character


def footer_labels(app: TimelineApp) -> list[str]:
    footer = app.screen.query_one(KeysFooter)
    return [key.description for key in footer.query(FooterKey) if key.display]


@pytest.mark.parametrize("width", [80, 120])
async def test_rows_show_dates_titles_and_entity_markers(
    bridge_analysis: Analysis, width: int
) -> None:
    app = make_app(bridge_analysis)
    async with app.run_test(size=(width, 30)) as pilot:
        await ready(pilot)
        lines = timeline_lines(app)
        mayor = next(line for line in lines if "Bürgermeisterin" in line)
        assert mayor.lstrip().startswith("12 Mar 2020") and mayor.endswith(" Weber")
        planning = next(line for line in lines if "Die Planung" in line)
        # Four entities: as many names as fit, then how many more.
        assert planning.split()[-1].startswith("+")
        recently = next(line for line in lines if "Kürzlich" in line)
        assert recently.lstrip().startswith("≈ H2 2024")
        assert recently.endswith("Brückenbau AG")


async def test_vague_dates_say_why_when_there_is_room(bridge_analysis: Analysis) -> None:
    app = make_app(bridge_analysis)
    # Tall enough for every row under the time axis.
    async with app.run_test(size=(120, 34)) as pilot:
        await ready(pilot)
        lines = timeline_lines(app)
        assert any(line.lstrip().startswith("≈ H2 2024 (recently) ") for line in lines)
        assert any(line.lstrip().startswith("≈ 2025 (upcoming) ") for line in lines)


@pytest.mark.parametrize(("width", "beside"), [(120, False), (160, True)])
async def test_the_detail_pane_goes_below_the_timeline_unless_wide(
    bridge_analysis: Analysis, width: int, beside: bool
) -> None:
    app = make_app(bridge_analysis)
    async with app.run_test(size=(width, 40)) as pilot:
        screen = await ready(pilot)
        timeline = screen.query_one("#timeline-column").region
        detail = screen.query_one(DetailPane).region
        if beside:
            assert detail.x >= timeline.right and detail.y == timeline.y
        else:
            assert detail.y >= timeline.bottom and detail.width >= timeline.width
        # The timeline is the main view: it has most of the width.
        assert timeline.width > width / 2


async def test_e_shows_the_hidden_entity_pane_and_goes_there(bridge_analysis: Analysis) -> None:
    app = make_app(bridge_analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        pane = screen.query_one(EntityFilterPane)
        assert not pane.display  # narrow: the timeline takes the width
        await pilot.press("e")
        await pilot.pause()
        assert pane.display and app.focused is pane
        await pilot.press("e")
        await pilot.pause()
        assert not pane.display and app.focused is screen.query_one(TimelineView)


async def test_e_hides_the_entity_pane_where_it_shows(bridge_analysis: Analysis) -> None:
    app = make_app(bridge_analysis)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await ready(pilot)
        pane = screen.query_one(EntityFilterPane)
        assert pane.display
        await pilot.press("e")
        await pilot.pause()
        assert not pane.display and app.focused is screen.query_one(TimelineView)


@pytest.mark.parametrize("width", [60, 80, 100, 120, 160])
async def test_the_footer_shows_whole_items_with_help_and_the_palette(
    bridge_analysis: Analysis, width: int
) -> None:
    app = make_app(bridge_analysis)
    async with app.run_test(size=(width, 30)) as pilot:
        await ready(pilot)
        await pilot.pause()
        footer = app.screen.query_one(KeysFooter)
        for key in footer.query(FooterKey):
            if key.display:
                assert footer.region.contains_region(key.region), key.description
        labels = footer_labels(app)
        assert {"Help", "palette", "Move", "Search", "Entities"} <= set(labels)
        if width >= 80:
            assert "Go to date" in labels
        if width >= 100:
            assert "Quit" in labels
        if width >= 120:
            every = {"Year", "Go to date", "Source", "Entities", "Any/all", "Clear", "Pane"}
            assert every <= set(labels)
        if width >= 160:
            assert {"First/last", "Page"} <= set(labels)


async def test_the_footer_leaves_out_keys_that_would_type(bridge_analysis: Analysis) -> None:
    app = make_app(bridge_analysis)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await ready(pilot)
        await pilot.press("slash")
        await pilot.pause()
        assert app.focused is screen.query_one(SearchBar)
        labels = footer_labels(app)
        assert "Clear search" in labels and "Keep search" in labels
        assert "Help" not in labels and "Move" not in labels


def shown(label: str, rank: int, width: int = 10) -> ShownKey:
    return ShownKey("x", "x", label[: width - 3].ljust(width - 3), "a", True, "", rank, 0)


def test_fitting_keeps_the_most_important_items_in_their_order() -> None:
    items = [shown("a", 5), shown("b", 0), shown("c", 9), shown("d", 1)]
    assert [i.label.strip() for i in fitting(items, 30)] == ["a", "b", "d"]
    assert [i.label.strip() for i in fitting(items, 20)] == ["b", "d"]
    assert fitting(items, 5) == []


@pytest.mark.parametrize(
    ("key", "types"),
    [("a", True), ("slash", True), ("question_mark", True), ("space", True),
     ("escape", False), ("enter", False), ("tab", False), ("down", False), ("ctrl+p", False)],
)  # fmt: skip
def test_keys_that_type(key: str, types: bool) -> None:
    assert types_a_character(key) is types


async def test_clear_takes_its_place_in_a_narrow_footer_once_something_is_filtered(
    bridge_analysis: Analysis,
) -> None:
    app = make_app(bridge_analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.pause()
        assert "Go to date" in footer_labels(app) and "Clear" not in footer_labels(app)
        await pilot.press("slash", *"weber", "enter")  # keep the search
        await pilot.pause()
        assert app.is_running and app.focused is app.screen.query_one(TimelineView)
        assert "Clear" in footer_labels(app)
        await pilot.press("c")
        await pilot.pause()
        assert "Clear" not in footer_labels(app)


async def test_rows_with_wide_characters_fill_the_width_exactly(builder: AnalysisBuilder) -> None:
    text = (
        "東京で会議が二〇二一年に開かれた、とても長い文です.\n\nAm 3. März 2021 traf 習近平 Merkel."
    )
    doc = builder.document("wide", text)
    builder.entity("per-xi", "習近平", "PER")
    builder.entity("per-merkel", "Angela Merkel", "PER", "Merkel")
    builder.event(doc, "東京", value="2021", title="東京で会議が開かれた" * 6)
    builder.event(doc, "Am 3. März", value="2021-03-03", timex="3. März 2021")
    app = make_app(builder.build())
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        view = app.screen.query_one(TimelineView)
        width = view.scrollable_content_region.width
        for y in range(4):
            assert view.render_line(y).cell_length == width
        assert any("習近平" in line for line in timeline_lines(app))
