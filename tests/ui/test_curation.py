"""Pilot tests of curation in the explorer: every action, undo and redo, what is saved
across runs and re-analyses, and export from the explorer."""

from __future__ import annotations

import json
from pathlib import Path

from pilot_steps import ready, stories_ready, timeline_lines
from textual.pilot import Pilot
from textual.widgets import Input, OptionList
from ui_fixtures import AnalysisBuilder, add_bridge, make_app

from tui.core.model import Analysis
from tui.ui.app import TimelineApp
from tui.ui.screens import TimelineScreen
from tui.ui.screens.prompts import ChoicePrompt, MergePrompt, TextPrompt
from tui.ui.widgets import DetailPane, EntityFilterPane, FilterStatus

SIZE = (140, 40)


def bridge() -> Analysis:
    builder = AnalysisBuilder()
    add_bridge(builder)
    return builder.build()


def bridge_app(store: Path) -> TimelineApp:
    return make_app(bridge(), store=store)


def selected_title(screen: TimelineScreen) -> str:
    assert screen.model is not None and screen.model.selected_event is not None
    return screen.model.selected_event.title


async def answer(pilot: Pilot, text: str) -> None:
    """Type ``text`` into the open prompt (replacing what it holds) and submit it."""
    prompt = pilot.app.screen
    assert isinstance(prompt, TextPrompt)
    prompt.query_one(Input).value = text
    await pilot.press("enter")
    await pilot.pause()


async def choose(pilot: Pilot, option_id: str) -> None:
    prompt = pilot.app.screen
    assert isinstance(prompt, ChoicePrompt)
    options = prompt.query_one(OptionList)
    options.highlighted = options.get_option_index(option_id)
    await pilot.press("enter")
    await pilot.pause()


def detail_text(screen: TimelineScreen) -> str:
    pane = screen.query_one(DetailPane)
    return "\n".join(str(w.render()) for w in pane.query("Static"))


async def test_hide_then_show_hidden_then_undo_and_redo(tmp_path: Path) -> None:
    app = bridge_app(tmp_path / "store.sqlite3")
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        assert screen.model is not None
        total = screen.model.visible_events
        await pilot.press("j")
        hidden_title = selected_title(screen)
        await pilot.press("h")
        assert screen.model.visible_events == total - 1
        assert selected_title(screen) != hidden_title
        await pilot.press("H")
        assert screen.model.visible_events == total
        await pilot.press("H", "u")
        assert screen.model.visible_events == total
        await pilot.press("U")
        assert screen.model.visible_events == total - 1
        await pilot.press("ctrl+r")  # nothing left to redo: no change
        assert screen.model.visible_events == total - 1


async def test_the_status_line_tells_what_an_action_did_for_a_while(tmp_path: Path) -> None:
    app = bridge_app(tmp_path / "store.sqlite3")
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        status = screen.query_one(FilterStatus)
        await pilot.press("h")
        assert str(status.content).startswith("Hidden")
        assert not app._notifications  # a toast would lay the whole screen out again
        await pilot.press("u")
        assert str(status.content).startswith("Undone: set hidden")
        screen._unsay()  # (the timer's call, SAID_FOR seconds later)
        assert str(status.content).split(" ")[1] == "events"


async def test_star_and_starred_only(tmp_path: Path) -> None:
    app = bridge_app(tmp_path / "store.sqlite3")
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        await pilot.press("j", "asterisk")
        starred = selected_title(screen)
        assert any("★" in line for line in timeline_lines(app))
        await pilot.press("S")
        assert screen.model is not None and screen.model.visible_events == 1
        assert selected_title(screen) == starred
        assert "starred" in detail_text(screen)
        # The status line says so, and does not offer c (which clears entities and search).
        status = str(screen.query_one(FilterStatus).content)
        assert "starred only (S shows all)" in status and "c clears" not in status
        await pilot.press("S", "u")
        assert not any("★" in line for line in timeline_lines(app))


async def test_edit_title_keeps_the_original_in_the_detail_pane(tmp_path: Path) -> None:
    app = bridge_app(tmp_path / "store.sqlite3")
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        original = selected_title(screen)
        await pilot.press("t")
        await answer(pilot, "My own title")
        assert selected_title(screen) == "My own title"
        assert any("✎ My own title" in line for line in timeline_lines(app))
        assert f"Original title: {original}" in detail_text(screen)


async def test_change_date_answers_a_bad_date_in_the_prompt(tmp_path: Path) -> None:
    app = bridge_app(tmp_path / "store.sqlite3")
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        event_id = screen.model.selected_event.id  # type: ignore[union-attr]
        await pilot.press("d")
        await answer(pilot, "not a date at all")
        assert isinstance(app.screen, TextPrompt)
        assert "Not a date" in str(app.screen.query_one("#prompt-hint").render())
        await answer(pilot, "2030-05-01")
        assert app.screen is screen
        assert screen.model is not None and screen.model.selected_event is not None
        assert screen.model.selected_event.id == event_id
        assert screen.model.selected_event.date.earliest.isoformat() == "2030-05-01"
        assert "Original date" in detail_text(screen)
        await pilot.press("d")
        await answer(pilot, "unknown")
        assert screen.model.selected_event.date.precision != "day"


async def test_a_note_shows_in_the_detail_pane(tmp_path: Path) -> None:
    app = bridge_app(tmp_path / "store.sqlite3")
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        await pilot.press("n")
        await answer(pilot, "check this")
        assert "Note: check this" in detail_text(screen)
        await pilot.press("u")
        assert "Note:" not in detail_text(screen)


async def entity_pane(pilot: Pilot, screen: TimelineScreen, name: str) -> EntityFilterPane:
    pane = screen.query_one(EntityFilterPane)
    pane.focus()
    await pilot.pause()
    pane.highlighted = next(
        i
        for i, o in enumerate(pane.options)
        if o.id and screen.model.entities[o.id].name == name  # type: ignore[union-attr]
    )
    return pane


async def rename(pilot: Pilot, screen: TimelineScreen, name: str, new: str) -> str | None:
    """Rename the entity ``name`` from the entity pane; its id."""
    pane = await entity_pane(pilot, screen, name)
    renamed = pane.highlighted_entity
    await pilot.press("r")
    await answer(pilot, new)
    return renamed


def entity_names(screen: TimelineScreen) -> set[str]:
    assert screen.model is not None
    return {e.name for e in screen.model.entities.values()}


async def test_entity_rename_relabel_remove(tmp_path: Path) -> None:
    app = bridge_app(tmp_path / "store.sqlite3")
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        shown = "\n".join(timeline_lines(app))
        await rename(pilot, screen, "Stadtrat", "Rat der Stadt")
        assert "Rat der Stadt" in entity_names(screen) and "Stadtrat" not in entity_names(screen)
        # The rows name it anew too.
        renamed_rows = "\n".join(timeline_lines(app))
        assert "Stadtrat" in shown and "Stadtrat" not in renamed_rows
        assert "Rat der Stadt" in renamed_rows
        await entity_pane(pilot, screen, "Rat der Stadt")
        await pilot.press("l")
        await choose(pilot, "PER")
        assert screen.model is not None
        renamed = next(e for e in screen.model.entities.values() if e.name == "Rat der Stadt")
        assert renamed.label == "PER"
        await entity_pane(pilot, screen, "Rheinbrücke")
        await pilot.press("x")
        assert "Rheinbrücke" not in entity_names(screen)
        await pilot.press("u", "u", "u")
        assert {"Stadtrat", "Rheinbrücke"} <= entity_names(screen)


def pane_lines(pane: EntityFilterPane) -> tuple[object, ...]:
    """What the entity pane shows: its options' ids and prompts, and their lines."""
    options = pane.options
    lines = list(pane._line_cache.lines)
    return [o.id for o in options], [str(o.prompt) for o in options], lines, pane.virtual_size


async def test_the_entity_pane_after_an_entity_action_is_the_pane_filled_afresh(
    tmp_path: Path,
) -> None:
    app = bridge_app(tmp_path / "store.sqlite3")
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        pane = screen.query_one(EntityFilterPane)
        # Longer than the pane is wide: the option is made and measured again.
        renamed = await rename(
            pilot, screen, "Stadtrat", "Der Rat der Stadt am Rhein und seine Ausschüsse " * 2
        )
        assert pane.highlighted_entity == renamed  # the entity acted on stays highlighted
        # As renamed, removed, back, the old name; of another type (in another group), merged
        # (one option fewer), back.
        steps: list[EntityStep] = [("", None, None), ("x", "Rheinbrücke", None), UNDO, UNDO]
        steps += [("l", "Rheinbrücke", "PER"), ("m", "Stadtrat", "org-bau"), UNDO, UNDO]
        for key, name, answered in steps:
            await entity_action(pilot, screen, key, name, answered)
            patched, rows = pane_lines(pane), timeline_lines(app)
            assert screen.model is not None
            pane.set_model(screen.model)
            screen.timeline_view.events_changed()  # every row drawn again
            await pilot.pause()
            assert pane_lines(pane) == patched
            assert timeline_lines(app) == rows


#: A key, the entity highlighted for it and the prompt's answer (see :func:`entity_action`).
EntityStep = tuple[str, str | None, str | None]

#: The step that undoes the last action.
UNDO: EntityStep = ("u", None, None)


async def entity_action(
    pilot: Pilot, screen: TimelineScreen, key: str, name: str | None, answered: str | None
) -> None:
    """Press ``key`` (none: nothing) with the entity ``name`` highlighted (None: as it is),
    answering its prompt with ``answered``: a new name, a type, the entity to merge."""
    if key == "m":
        assert name == "Stadtrat" and answered is not None
        await merge_dialog(pilot, screen, answered)
        await pilot.press("enter")
    elif key:
        if name is not None:
            await entity_pane(pilot, screen, name)
        await pilot.press(key)
        if key == "r":
            await answer(pilot, str(answered))
        elif key == "l":
            await choose(pilot, str(answered))
    await pilot.pause()


def detail_state(screen: TimelineScreen) -> tuple[object, ...]:
    """What the detail pane shows: its texts, its entities' options and their lines."""
    entities = screen.query_one("#detail-entities", OptionList)
    options = [(o.id, str(o.prompt)) for o in entities.options]
    return detail_text(screen), options, list(entities._line_cache.lines), entities.size


async def test_the_detail_pane_follows_entity_actions_as_shown_afresh(tmp_path: Path) -> None:
    app = bridge_app(tmp_path / "store.sqlite3")
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        model = screen.model
        assert model is not None
        named = next(p for p, e in enumerate(model.events) if "org-stadtrat" in e.entities)
        screen._select(model.select_event(named))
        screen._show_detail(restyle=True)
        event = model.events[named]
        other = next(e.name for e in model.entities.values() if e.id not in event.entities)
        pane = screen.query_one(DetailPane)
        # A long name wraps: its option is measured again. Then another type, an entity the
        # event does not name, one removed (the document's mentions change), all undone.
        steps: list[EntityStep] = [("r", "Stadtrat", "Der Rat der Stadt am Rhein " * 3)]
        steps += [("l", None, "PER")]
        steps += [("r", other, "Anders"), ("x", "Rheinbrücke", None)] + [UNDO] * 4
        for key, name, answered in steps:
            await entity_action(pilot, screen, key, name, answered)
            patched = detail_state(screen)
            pane.show(screen.model, model.selected_event, restyle=True)
            await pilot.pause()
            assert detail_state(screen) == patched, key
        assert "Stadtrat" in detail_text(screen)


async def merge_dialog(pilot: Pilot, screen: TimelineScreen, other: str) -> MergePrompt:
    """The merge dialog for Stadtrat, with the entity ``other`` highlighted."""
    await entity_pane(pilot, screen, "Stadtrat")
    await pilot.press("m")
    prompt = pilot.app.screen
    assert isinstance(prompt, MergePrompt)
    options = prompt.query_one(OptionList)
    options.highlighted = options.get_option_index(other)
    return prompt


async def test_merge_two_entities(tmp_path: Path) -> None:
    app = bridge_app(tmp_path / "store.sqlite3")
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        prompt = await merge_dialog(pilot, screen, "org-bau")
        assert prompt.label == "ORG"  # the highlighted entity's own, at first
        await pilot.press("enter")
        await pilot.pause()
        assert "Brückenbau AG" not in entity_names(screen)
        assert screen.model is not None
        merged = next(e for e in screen.model.entities.values() if e.name == "Stadtrat")
        assert merged.label == "ORG" and "Brückenbau AG" in merged.aliases


async def test_merge_two_entities_with_another_type(tmp_path: Path) -> None:
    app = bridge_app(tmp_path / "store.sqlite3")
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        prompt = await merge_dialog(pilot, screen, "org-bau")
        # The types are a row of radio buttons after the list: Tab to them, pick MISC.
        await pilot.press("tab", "right", "right", "enter")
        assert prompt.label == "LOC"
        await pilot.press("right", "enter", "shift+tab", "enter")
        await pilot.pause()
        assert screen.model is not None
        merged = next(e for e in screen.model.entities.values() if e.name == "Stadtrat")
        assert merged.label == "MISC" and "Brückenbau AG" in merged.aliases
        await pilot.press("u")  # undone: two entities again, the type as it was
        stadtrat = next(e for e in screen.model.entities.values() if e.name == "Stadtrat")
        assert stadtrat.label == "ORG" and "Brückenbau AG" in entity_names(screen)


async def test_curation_persists_across_runs_and_reanalysis(tmp_path: Path) -> None:
    store = tmp_path / "store.sqlite3"
    app = bridge_app(store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        await pilot.press("t")
        await answer(pilot, "Kept title")
        await pilot.press("j", "h")
        assert screen.model is not None
        visible = screen.model.visible_events
    # A second run analyses again (a new analysis of the same article) on the same store.
    again = bridge_app(store)
    async with again.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        assert screen.model is not None and screen.model.visible_events == visible
        assert any("✎ Kept title" in line for line in timeline_lines(again))
        await pilot.press("u")  # this run's undo stack is its own: nothing to undo
        assert screen.model.visible_events == visible


async def test_an_orphaned_action_is_reported(tmp_path: Path) -> None:
    store = tmp_path / "store.sqlite3"
    app = bridge_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("h")
    # The same article, but its first event has gone from the analysis.
    changed = bridge()
    changed.events = changed.events[1:]
    again = make_app(changed, store=store)
    async with again.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        assert any("no longer appl" in n.message for n in again._notifications)
        assert any("no longer appl" in w for w in screen.problems)


async def test_export_writes_a_file_that_parses(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    app = bridge_app(tmp_path / "store.sqlite3")
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        assert screen.model is not None
        await pilot.press("h", "E")
        await choose(pilot, "json")
        assert isinstance(app.screen, TextPrompt)
        assert app.screen.query_one(Input).value == str(tmp_path / "timeline.json")
        await pilot.press("enter")
        await pilot.pause()
        written = json.loads((tmp_path / "timeline.json").read_text(encoding="utf-8"))
        assert len(written["events"]) == screen.model.visible_events
        assert any("timeline.json" in n.message for n in app._notifications)
        await pilot.press("E")
        await choose(pilot, "timelinejs")
        await answer(pilot, str(tmp_path / "tl.json"))
        assert "events" in json.loads((tmp_path / "tl.json").read_text(encoding="utf-8"))
        await pilot.press("E")
        await choose(pilot, "csv")
        await answer(pilot, str(tmp_path / "missing" / "x.csv"))
        assert not (tmp_path / "missing").exists()
        assert any("does not exist" in n.message for n in app._notifications)


HOSTILE = "[bold]x[/bold] <script>alert(1)</script> \x1b[31mred"


async def test_markup_in_titles_and_notes_stays_literal(tmp_path: Path) -> None:
    app = bridge_app(tmp_path / "store.sqlite3")
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        await pilot.press("t")
        await answer(pilot, HOSTILE)
        await pilot.press("n")
        await answer(pilot, HOSTILE)
        shown = "[bold]x[/bold] <script>alert(1)</script>"
        assert any("✎ [bold]x[/bold] <script>" in line for line in timeline_lines(app))
        assert not any("\x1b" in line for line in timeline_lines(app))
        assert shown in detail_text(screen)
        assert "\x1b" not in detail_text(screen)
        await pilot.press("t")
        assert app.screen.query_one(Input).value == selected_title(screen)
        await pilot.press("escape")


def two_articles_app(store: Path) -> TimelineApp:
    """Two articles that tell some of the same happenings: a story view."""
    from ui_fixtures import add_library

    builder = AnalysisBuilder()
    add_bridge(builder)
    add_library(builder)
    return make_app(builder.build(), store=store)


async def test_hidden_and_starred_filters_apply_in_the_story_view(tmp_path: Path) -> None:
    app = two_articles_app(tmp_path / "store.sqlite3")
    async with app.run_test(size=SIZE) as pilot:
        screen = await stories_ready(pilot)
        await pilot.press("v")
        model = screen.model
        assert screen.in_story_view and model is not None
        stories = model.visible_events
        # A story told by one sentence: hiding that sentence hides the story.
        alone = next(p for p in model.visible if model.source_count(model.events[p]) == 1)
        model.select_event(alone)
        story = model.events[alone].id
        await pilot.press("h")
        assert screen.in_story_view and screen.model is model
        assert model.visible_events == stories - 1
        assert story not in {model.events[p].id for p in model.visible}
        await pilot.press("H")  # shown again, greyed
        assert model.visible_events == stories
        await pilot.press("H", "home", "asterisk", "S")  # starred only: that story alone
        assert screen.in_story_view
        starred = model.selected_event
        assert starred is not None and [model.events[p] for p in model.visible] == [starred]
        await pilot.press("v")  # the filters go along to every sentence, and back
        assert not screen.in_story_view and screen.model is not None
        assert screen.model.starred_only and screen.model.visible_events == 1
        await pilot.press("v")
        assert screen.in_story_view and model.starred_only and model.visible_events == 1
        # Unstarred while the story view is not shown: it follows once shown again.
        await pilot.press("v", "asterisk")
        assert not screen.in_story_view and screen.model.visible_events == 0
        await pilot.press("v")
        assert screen.in_story_view and model.visible_events == 0


async def test_story_events_follow_a_title_edit_once_built_again(tmp_path: Path) -> None:
    app = two_articles_app(tmp_path / "store.sqlite3")
    async with app.run_test(size=SIZE) as pilot:
        screen = await stories_ready(pilot)
        await pilot.press("v", "j", "t")
        await answer(pilot, "Ein eigener Titel")
        # Stories take their titles from their events: back to every sentence, on it.
        assert not screen.in_story_view and screen.story_model is None
        assert selected_title(screen) == "Ein eigener Titel"
        await pilot.press("v")  # asks for them at once
        await stories_ready(pilot)
        assert screen.story_model is not None and screen.story_model.story_rows is not None
        members = screen.story_model.story_rows.members
        assert "Ein eigener Titel" in {event.title for event in members}
        await pilot.press("v")
        assert screen.in_story_view


async def test_an_entity_action_in_the_story_view_goes_back_to_every_sentence(
    tmp_path: Path,
) -> None:
    app = two_articles_app(tmp_path / "store.sqlite3")
    async with app.run_test(size=SIZE) as pilot:
        screen = await stories_ready(pilot)
        await pilot.press("v")
        assert screen.in_story_view
        await rename(pilot, screen, "Stadtrat", "Rat der Stadt")
        # Stories are built again later: the timeline of every sentence, patched, names it.
        assert not screen.in_story_view and screen.story_model is None
        assert "Rat der Stadt" in entity_names(screen)
        assert "Rat der Stadt" in "\n".join(timeline_lines(app))
        await pilot.press("v")  # asks for them at once
        await stories_ready(pilot)
        assert screen.story_model is not None
        assert "Rat der Stadt" in {e.name for e in screen.story_model.entities.values()}
