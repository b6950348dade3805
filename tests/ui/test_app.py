"""The app driven as a user would (Pilot): keys, clicks, and what it shows and says."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence

import pytest
from pilot_steps import ready, set_soon, timeline_lines
from rich.text import Text
from textual.message import Message
from textual.pilot import Pilot
from textual.widgets import Input, Static
from ui_fixtures import AnalysisBuilder, add_bridge, add_library, fixed_analysis, make_app

import tui.core.documents
from tui.core.analysis.progress import Progress, ProgressReport
from tui.core.documents import InputError, ReadResult, load_seed
from tui.core.interruption import Interrupted
from tui.core.model import Analysis, Document
from tui.ui import keys
from tui.ui.app import TimelineApp
from tui.ui.messages import (
    AnalysisFailed,
    AnalysisFinished,
    AnalysisProgress,
    EntityToggled,
    EventHighlighted,
    FiltersChanged,
)
from tui.ui.screens import HelpScreen, JumpScreen, SourceScreen, TimelineScreen
from tui.ui.screens.timeline_screen import DETAIL_REST, SAMPLE_ARTICLE
from tui.ui.widgets import (
    DetailPane,
    EmptyState,
    EntityFilterPane,
    FilterStatus,
    ProblemsBar,
    ProgressPanel,
    SearchBar,
    TimelineView,
)
from tui.ui.widgets.source_view import SourceView

SIZE = (120, 40)


async def settle(pilot: Pilot) -> None:
    """Wait for the detail pane, which follows the selection once keys rest (its timer may
    fire late on a loaded machine: a few seconds at most)."""
    await pilot.pause(DETAIL_REST + 0.05)
    screen = pilot.app.screen
    for _ in range(100):
        if not (isinstance(screen, TimelineScreen) and screen.detail_pending):
            break
        await pilot.pause(0.05)
    assert not (isinstance(screen, TimelineScreen) and screen.detail_pending)


def selected_title(app: TimelineApp) -> str:
    screen = app.screen
    assert isinstance(screen, TimelineScreen) and screen.model is not None
    event = screen.model.selected_event
    assert event is not None
    return event.title.split()[0]


def unique(messages: list[Message], kind: type[Message]) -> list[Message]:
    """Messages of ``kind`` once each (the hook sees a bubbling message at every level)."""
    seen: dict[int, Message] = {}
    for message in messages:
        if isinstance(message, kind):
            seen.setdefault(id(message), message)
    return list(seen.values())


def static_text(app: TimelineApp, selector: str) -> str:
    """The plain text of a Static widget's content."""
    content = app.screen.query_one(selector, Static).content
    if isinstance(content, str | Text):
        return str(content)
    return "".join(segment.text for segment in app.console.render(content))


async def test_first_frame_comes_before_the_analysis(bridge_analysis: Analysis) -> None:
    release = threading.Event()
    started = threading.Event()

    def slow_analyse(documents: Sequence[Document], **options: object) -> Analysis:
        started.set()
        assert release.wait(10)
        return fixed_analysis(bridge_analysis)(documents, **options)

    documents = [d.document for d in bridge_analysis.documents]
    app = TimelineApp(documents, analyse=slow_analyse)
    messages: list[Message] = []
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        await pilot.pause()
        assert started.wait(5)
        screen = app.screen
        # The UI is up and responsive while the analysis runs.
        assert screen.query_one(ProgressPanel).display
        assert "loads the language models" in static_text(app, "#progress-label")
        assert not screen.query_one(TimelineView).display
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        release.set()
        await ready(pilot)
        assert not screen.query_one(ProgressPanel).display
        assert screen.query_one(TimelineView).display
    assert len(unique(messages, AnalysisFinished)) == 1


async def test_the_first_frame_shows_the_progress_and_the_panes_follow_in_place(
    bridge_analysis: Analysis, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()

    def slow_analyse(documents: Sequence[Document], **options: object) -> Analysis:
        assert release.wait(10)
        return fixed_analysis(bridge_analysis)(documents, **options)

    documents = [d.document for d in bridge_analysis.documents]
    app = TimelineApp(documents, analyse=slow_analyse)
    first_frame: list[str | None] = []
    mount_panes = TimelineScreen.mount_panes

    async def recording(screen: TimelineScreen) -> bool:
        # What the first frame composed: the progress inside the layout's containers.
        first_frame.extend(widget.id for widget in screen.query("#body *"))
        return await mount_panes(screen)

    monkeypatch.setattr(TimelineScreen, "mount_panes", recording)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert isinstance(screen, TimelineScreen)
        await screen.panes_mounted.wait()
        await pilot.pause()
        # The others, each in its place (the stylesheet and the tests know them there).
        in_place = [widget.id for widget in screen.query("#body > *, #content > *")]
        column = [widget.id for widget in screen.query("#timeline-column > *")]
        assert screen.query_one(ProgressPanel).display
        release.set()
        await ready(pilot)
        assert screen.query_one(TimelineView).display
    assert not {"entities", "status", "axis", "timeline", "detail"} & set(first_frame)
    assert "progress" in first_frame
    assert in_place == ["entities", "content", "timeline-column", "detail"]
    assert column == ["status", "problems", "progress", "axis", "timeline"]


async def test_the_sample_article_is_read_after_the_first_frame(
    bridge_analysis: Analysis, monkeypatch: pytest.MonkeyPatch
) -> None:
    analysed: list[list[Document]] = []

    def analyse(documents: Sequence[Document], **options: object) -> Analysis:
        analysed.append(list(documents))
        return fixed_analysis(bridge_analysis)(documents, **options)

    first_frame: list[tuple[str, str]] = []
    read_sample = TimelineScreen._read_sample

    def recording(screen: TimelineScreen) -> None:
        # What the first frame showed: no title yet, a placeholder in the listing.
        first_frame.append((screen.sub_title, static_text(screen.app, "#progress-documents")))
        read_sample(screen)
        assert static_text(screen.app, "#progress-documents") == f"… {sample.title}\n"

    monkeypatch.setattr(TimelineScreen, "_read_sample", recording)
    sample = load_seed()
    app = TimelineApp(None, analyse=analyse)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        assert screen.sub_title == sample.title
        assert screen.documents == [sample]
        assert screen.problems == []
    assert first_frame == [("", f"… {SAMPLE_ARTICLE}\n")]
    assert analysed[0] == [sample]


async def test_a_sample_article_that_cannot_be_read_is_a_problem_shown(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reason = "the bundled seed article is missing from this installation"

    def missing() -> Document:
        raise FileNotFoundError(reason)

    monkeypatch.setattr(tui.core.documents, "load_seed", missing)
    app = TimelineApp(None, analyse=lambda documents, **options: pytest.fail("analysed"))
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        assert screen.problems == [f"{SAMPLE_ARTICLE}: {reason}"]
        assert screen.query_one(EmptyState).display


async def test_quitting_before_the_panes_are_mounted_is_quiet(bridge_analysis: Analysis) -> None:
    def failing(documents: Sequence[Document], **options: object) -> Analysis:
        raise RuntimeError("no analysis")

    documents = [d.document for d in bridge_analysis.documents]
    app = TimelineApp(documents, analyse=failing)
    async with app.run_test(size=SIZE):
        pass  # quits at once: the panes' mounting and the failure find the screen closing
    assert app.return_code in (0, None)


async def test_progress_is_reported_per_document(two_document_analysis: Analysis) -> None:
    messages: list[Message] = []
    app = make_app(two_document_analysis)
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        await ready(pilot)
        progress = unique(messages, AnalysisProgress)
        assert progress and (progress[-1].report.done, progress[-1].report.total) == (2, 2)
        panel = app.screen.query_one(ProgressPanel)
        assert panel.done == 2
        assert "analysed: 2 of 2" in static_text(app, "#progress-label")
        listing = static_text(app, "#progress-documents")
        assert "✓ Neue Rheinbrücke" in listing and "✓ Riverton opens" in listing


async def test_keyboard_navigation(bridge_analysis: Analysis) -> None:
    messages: list[Message] = []
    app = make_app(bridge_analysis)
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        await ready(pilot)
        assert app.focused is app.screen.query_one(TimelineView)
        assert selected_title(app) == "Die"
        await pilot.press("j", "down")
        assert selected_title(app) == "Bürgermeisterin"
        await pilot.press("k")
        assert selected_title(app) == "Am"
        await pilot.press("end")
        assert selected_title(app) == "Weber"
        await pilot.press("home")
        assert selected_title(app) == "Die"
        await pilot.press("right_square_bracket", "right_square_bracket")
        assert selected_title(app) == "Im"  # 2019 -> 2020 -> 2022
        await pilot.press("left_square_bracket")
        assert selected_title(app) == "Am"
        await pilot.press("pagedown")
        assert selected_title(app) == "Weber"  # everything fits on one page
        await pilot.press("pageup")
        assert selected_title(app) == "Die"
        highlighted = [m.event.title.split()[0] for m in unique(messages, EventHighlighted)]
        assert highlighted[-3:] == ["Am", "Weber", "Die"]
        # The detail pane follows the selection.
        await pilot.press("down", "down")
        await settle(pilot)
        assert "Bürgermeisterin Anna Weber sprach damals" in static_text(app, "#detail-sentence")
        assert "inherited from the previous sentence" in static_text(app, "#detail-date")
        assert "Rheinstadt-Kurier" in static_text(app, "#detail-document")


async def test_the_selected_row_is_kept_in_view_on_a_small_screen(builder: AnalysisBuilder) -> None:
    sentences = " ".join(f"Im Jahr {1900 + i} geschah etwas." for i in range(60))
    doc = builder.document("viele", sentences)
    for i in range(60):
        builder.event(doc, f"Im Jahr {1900 + i}", value=str(1900 + i), timex=str(1900 + i))
    app = make_app(builder.build())
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        view = app.screen.query_one(TimelineView)
        for _ in range(30):
            await pilot.press("j")
        assert selected_title(app) == "Im" and app.screen.model.selected_event.date.value == "1930"
        top = round(view.scroll_y)
        assert top <= app.screen.model.cursor < top + view.scrollable_content_region.height
        await pilot.press("end")
        assert "1959" in timeline_lines(app)[-1] or any("1959" in line for line in
                                                        timeline_lines(app))  # fmt: skip
        await pilot.press("home")
        assert round(view.scroll_y) == 0


async def test_clicking_a_row_selects_it(bridge_analysis: Analysis) -> None:
    app = make_app(bridge_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        view = app.screen.query_one(TimelineView)
        lines = timeline_lines(app)
        row = next(i for i, line in enumerate(lines) if "Im Sommer 2022" in line)
        await pilot.click(view, offset=(20, row))
        assert selected_title(app) == "Im"
        await pilot.click(view, offset=(20, row), times=2)
        assert isinstance(app.screen, SourceScreen)


async def test_entity_filter_pane(two_document_analysis: Analysis) -> None:
    messages: list[Message] = []
    app = make_app(two_document_analysis)
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        screen = await ready(pilot)
        pane = screen.query_one(EntityFilterPane)
        pane.focus()
        await pilot.press("home")  # the first entity: Anna Weber (the group title is skipped)
        await pilot.press("enter")
        assert [m.entity_id for m in unique(messages, EntityToggled)] == ["per-weber"]
        assert len(unique(messages, FiltersChanged)) == 1
        assert screen.model.active_entities == ("per-weber",)
        assert "2 of 9 events · any of: Anna Weber" in static_text(app, "#status")
        assert str(pane.get_option("per-weber").prompt).startswith("● ")
        await pilot.press("down", "space")  # John Smith: any of the two
        assert screen.model.visible_events == 3
        await pilot.press("a")
        assert screen.model.mode == "all" and screen.model.visible_events == 0
        assert screen.query_one(EmptyState).display
        assert "No event matches the filter" in static_text(app, "#empty")
        await pilot.press("a")
        assert screen.model.visible_events == 3
        assert screen.query_one(DetailPane).display and not screen.query_one(EmptyState).display
        await pilot.press("c")
        assert screen.model.active_entities == () and screen.model.visible_events == 9
        assert str(pane.get_option("per-weber").prompt).startswith("○ ")
        assert "any of" not in static_text(app, "#status")


async def test_filter_from_the_detail_pane_keeps_the_selection(
    two_document_analysis: Analysis,
) -> None:
    app = make_app(two_document_analysis)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        await pilot.press("j", "j")  # Bürgermeisterin Anna Weber sprach damals ...
        await settle(pilot)
        entities = screen.query_one("#detail-entities")
        entities.focus()
        await pilot.press("home", "enter")
        assert screen.model.active_entities == ("per-weber",)
        assert selected_title(app) == "Bürgermeisterin"
        await settle(pilot)
        assert str(entities.get_option("per-weber").prompt).startswith("● Anna Weber")
        lines = timeline_lines(app)
        assert not any("Riverton" in line or "Die Planung" in line for line in lines)


async def test_search_as_you_type(two_document_analysis: Analysis) -> None:
    messages: list[Message] = []
    app = make_app(two_document_analysis)
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        screen = await ready(pilot)
        await pilot.press("slash")
        search = screen.query_one(SearchBar)
        assert search.display and app.focused is search
        await pilot.press(*"flood")
        assert screen.model.visible_events == 1
        assert selected_title(app) == "Mayor"
        assert "search: flood" in static_text(app, "#status")
        assert len(unique(messages, FiltersChanged)) == 5  # one per character
        # Keys that are commands elsewhere are just letters while typing.
        await pilot.press("backspace", "backspace", "backspace", "backspace", "backspace")
        await pilot.press(*"qa")
        assert search.value == "qa" and app.is_running
        await pilot.press("escape")
        assert not search.display and screen.model.query == ""
        assert screen.model.visible_events == 9
        assert app.focused is screen.query_one(TimelineView)
        await pilot.press("slash", *"weber", "enter")
        assert search.display and app.focused is screen.query_one(TimelineView)
        assert screen.model.visible_events == 2
        await pilot.press("j")  # navigation works on the filtered timeline
        assert selected_title(app) == "Weber"


async def test_jump_to_date(bridge_analysis: Analysis) -> None:
    app = make_app(bridge_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("g")
        assert isinstance(app.screen, JumpScreen)
        app.screen.query_one("#jump-input", Input).value = "Juli 2022"
        await pilot.press("enter")
        assert isinstance(app.screen, TimelineScreen)
        assert selected_title(app) == "Kürzlich"  # summer 2022 starts in June: the next one
        await pilot.press("g")
        app.screen.query_one("#jump-input", Input).value = "12.3.2020"
        await pilot.press("enter")
        assert selected_title(app) == "Am"
        await pilot.press("g")
        app.screen.query_one("#jump-input", Input).value = "next tuesday"
        await pilot.press("enter")
        assert isinstance(app.screen, JumpScreen)
        assert "Not a date I understand" in static_text(app, "#jump-hint")
        await pilot.press("escape")
        assert isinstance(app.screen, TimelineScreen) and selected_title(app) == "Am"


async def test_source_view(bridge_analysis: Analysis) -> None:
    app = make_app(bridge_analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("end", "s")
        assert isinstance(app.screen, SourceScreen)
        view = app.screen.query_one(SourceView)
        event = app.screen.event
        assert view.focus_span == (event.start, event.end)
        line = view.line_of(event.start)
        top = round(view.scroll_y)
        assert top <= line < top + view.scrollable_content_region.height
        shown = [view.render_line(y).text for y in range(view.scrollable_content_region.height)]
        assert any("Weber zeigte sich" in text for text in shown)
        await pilot.press("p")  # the event before it in the article
        assert app.screen.event.title.startswith("Kürzlich")
        await pilot.press("escape")
        assert isinstance(app.screen, TimelineScreen)
        assert selected_title(app) == "Kürzlich"
        await pilot.press("enter")
        assert isinstance(app.screen, SourceScreen)


async def test_help_screen_lists_every_key(bridge_analysis: Analysis) -> None:
    app = make_app(bridge_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = " ".join(static_text(app, "#help-keys").split())
        for _, bindings in keys.HELP_SECTIONS:
            for binding in bindings:
                assert " ".join((binding.tooltip or binding.description).split()) in text
        for expected in ["] Jump to the first event of the next year", "g Jump to a date"]:
            assert expected in text
        await pilot.press("escape")
        assert isinstance(app.screen, TimelineScreen)


async def test_command_palette_runs_app_actions(bridge_analysis: Analysis) -> None:
    app = make_app(bridge_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("ctrl+p")
        await pilot.press(*"go to date")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, JumpScreen)
        await pilot.press("escape")
        await pilot.press("ctrl+p", *"last event")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert selected_title(app) == "Weber"


async def test_q_quits(bridge_analysis: Analysis) -> None:
    app = make_app(bridge_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_markup_and_escape_codes_are_shown_literally(hostile_analysis: Analysis) -> None:
    app = make_app(hostile_analysis)
    async with app.run_test(size=(240, 40)) as pilot:
        screen = await ready(pilot)
        lines = "\n".join(timeline_lines(app))
        assert "[bold]fett[/bold]" in lines and "[link=https://example.com]klick[/link]" in lines
        assert "\x1b" not in lines and "\x07" not in lines
        sentence = static_text(app, "#detail-sentence")
        assert "[red]rot am 3. März 2021 ␛[31mbunt␛[0m␇ mit Glocke." in sentence
        # Nothing got styled by the text: the only styles are the app's own highlights.
        detail = screen.query_one("#detail-sentence", Static).content
        assert isinstance(detail, Text)
        for span in detail.spans:
            assert str(detail)[span.start : span.end] in {"3. März 2021"}
        await pilot.press("j")
        await settle(pilot)
        assert "[b]Muster[/b]" in static_text(app, "#detail-sentence")
        svg = app.export_screenshot()
        assert "\x1b" not in svg and "[bold]Titel[/bold]" in svg.replace("&#160;", " ")
        await pilot.press("s")
        view = app.screen.query_one(SourceView)
        text = "".join(view.render_line(y).text for y in range(6))
        assert "␛]8;;http://x␛\\\\link" in text


async def test_unreadable_inputs_are_reported_and_the_rest_opens(
    bridge_analysis: Analysis,
) -> None:
    errors = ["missing.txt: no such file or directory", "bad.jsonl:3: not valid JSON [oops]"]
    app = make_app(bridge_analysis, load_errors=errors)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        problems = screen.query_one(ProblemsBar)
        assert problems.display
        assert "missing.txt: no such file" in static_text(app, "#problems")
        assert "not valid JSON [oops]" in static_text(app, "#problems")
        assert screen.model.total_events == 7
        await pilot.press("question_mark")
        assert "bad.jsonl:3" in static_text(app, "#help-problems")


async def test_a_document_that_breaks_the_analysis_does_not_stop_the_others(
    builder: AnalysisBuilder,
) -> None:
    add_bridge(builder)
    add_library(builder)
    full = builder.build()
    broken = Document(id="broken", text="x", origin="kaputt.txt")

    def analyse(documents: Sequence[Document], **options: object) -> Analysis:
        if any(d.id == "broken" for d in documents):
            raise ValueError("cannot analyse this one")
        ids = {d.id for d in documents}
        return Analysis(
            documents=[d for d in full.documents if d.document.id in ids],
            entities=full.entities,
            events=[e for e in full.events if e.document in ids],
        )

    documents = [d.document for d in full.documents] + [broken]
    messages: list[Message] = []
    app = TimelineApp(documents, analyse=analyse)
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        screen = await ready(pilot)
        failures = unique(messages, AnalysisFailed)
        assert [f.error for f in failures] == ["kaputt.txt: cannot analyse this one"]
        assert screen.model is not None and screen.model.total_events == 9
        assert "kaputt.txt: cannot analyse this one" in static_text(app, "#problems")


async def test_analysis_failure_is_shown_not_raised(bridge_analysis: Analysis) -> None:
    def analyse(documents: Sequence[Document], **options: object) -> Analysis:
        raise RuntimeError("model missing")

    documents = [d.document for d in bridge_analysis.documents]
    app = TimelineApp(documents, analyse=analyse)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        assert screen.model is None
        assert "model missing" in static_text(app, "#problems")
        assert screen.query_one(EmptyState).display
        assert not screen.query_one(ProgressPanel).display


async def test_no_dates_gives_an_explanation(builder: AnalysisBuilder) -> None:
    builder.document("ohne", "Ein Text ohne ein einziges Datum. Nur Worte.", title="Ohne Datum")
    app = make_app(builder.build())
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        assert screen.query_one(EmptyState).display
        assert not screen.query_one(TimelineView).display
        assert not screen.query_one(DetailPane).display  # nothing to detail
        assert "No dated events found" in static_text(app, "#empty")
        await pilot.press("j", "s")  # nothing to move to; the article itself can be read
        assert isinstance(app.screen, SourceScreen)
        view = app.screen.query_one(SourceView)
        assert "Ein Text ohne ein einziges Datum." in view.render_line(0).text
        await pilot.press("n", "escape", "g")
        assert isinstance(app.screen, JumpScreen)


async def test_no_readable_document(bridge_analysis: Analysis) -> None:
    app = TimelineApp(
        [], load_errors=["a.txt: empty file"], analyse=fixed_analysis(bridge_analysis)
    )
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "No document could be read" in static_text(app, "#empty")
        assert "a.txt: empty file" in static_text(app, "#problems")


async def test_several_documents_are_told_apart(two_document_analysis: Analysis) -> None:
    app = make_app(two_document_analysis)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        view = screen.query_one(TimelineView)
        styles = {}
        for y in range(view.scrollable_content_region.height):
            strip = view.render_line(y)
            text = strip.text
            for key in ("Mayor", "Die Planung"):
                if key in text:
                    first = next(iter(strip))
                    styles[key] = (first.text, first.style.color)
        assert styles["Mayor"][0] == styles["Die Planung"][0] == "▌"
        assert styles["Mayor"][1] != styles["Die Planung"][1]
        assert "9 events in 2 documents" in static_text(app, "#status")


async def test_the_analysis_runs_off_the_ui_thread(bridge_analysis: Analysis) -> None:
    threads: list[threading.Thread] = []

    def analyse(documents: Sequence[Document], **options: object) -> Analysis:
        threads.append(threading.current_thread())
        return bridge_analysis

    app = TimelineApp([d.document for d in bridge_analysis.documents], analyse=analyse)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
    assert threads and threads[0] is not threading.main_thread()


def test_spacy_is_not_imported_with_the_app() -> None:
    code = (
        "import sys; import tui.ui.app; from tui.ui.app import TimelineApp; "
        "TimelineApp([]); print('spacy' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


async def test_filter_status_is_always_visible(bridge_analysis: Analysis) -> None:
    app = make_app(bridge_analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        status = screen.query_one(FilterStatus)
        assert status.region.height == 1 and status.region.width > 0
        screen.query_one(DetailPane)


async def test_actions_links_and_terminal_sequences_in_any_text_do_nothing() -> None:
    """Issue 16: markup that would run an action or open a link, and escape sequences that
    would clear the screen, set the title or the clipboard, stay text wherever they are."""
    builder = AnalysisBuilder()
    text = (
        "Am 3. März 2021 [@click=app.quit]beenden[/] \x1b[2J und [link=file:///etc/passwd]x[/link]."
    )
    doc = builder.document(
        "evil",
        text,
        title="[@click=app.quit]Titel[/] \x1b]0;pwned\x07",
        source="[link=file:///etc/passwd]Quelle[/link]",
        origin="evil\x1b]52;c;ZXZpbA==\x07.txt",
        dct="2023",
    )
    builder.entity("per-evil", "[@click=app.quit]Name[/] \x1b]0;t\x07", "PER")
    builder.event(doc, "Am 3. März", value="2021-03-03", timex="3. März 2021")
    app = make_app(builder.build())
    async with app.run_test(size=(240, 40)) as pilot:
        await ready(pilot)
        lines = "\n".join(timeline_lines(app))
        assert "[@click=app.quit]" in lines
        await pilot.click(TimelineView, offset=(20, 3))
        await pilot.press("s")
        await pilot.pause()
        await pilot.press("escape")
        await settle(pilot)
        assert app.is_running  # no click ran app.quit
        svg = app.export_screenshot()
        assert "\x1b" not in svg and "\x07" not in svg
        assert "[link=file:///etc/passwd]" in svg.replace("&#160;", " ")


async def test_quitting_stops_an_analysis_that_is_still_running(bridge_analysis: Analysis) -> None:
    started, stopped = threading.Event(), threading.Event()

    def endless_analyse(
        documents: Sequence[Document], *, progress: Progress, **options: object
    ) -> Analysis:
        started.set()
        try:
            for _ in range(1000):  # ten seconds at most: then it was never stopped
                progress(ProgressReport("analysed", 0, len(documents)))
                time.sleep(0.01)
        except Interrupted:
            stopped.set()
            raise
        return fixed_analysis(bridge_analysis)(documents, **options)

    documents = [d.document for d in bridge_analysis.documents]
    app = TimelineApp(documents, analyse=endless_analyse)  # type: ignore[arg-type]
    async with app.run_test(size=SIZE) as pilot:
        assert await set_soon(started)
        await pilot.press("q")
    # The worker's thread ends with the app instead of running the analysis to its end.
    assert stopped.wait(5)


async def test_the_inputs_are_read_after_the_first_frame_and_their_problems_shown(
    bridge_analysis: Analysis,
) -> None:
    release = threading.Event()
    documents = [d.document for d in bridge_analysis.documents]

    def read(progress: Callable[[int], None]) -> ReadResult:
        assert release.wait(10)
        for count in range(1, len(documents) + 1):
            progress(count)
        return ReadResult(
            documents=documents, errors=[InputError("gone.txt", "no such file or directory")]
        )

    app = TimelineApp(None, read=read, analyse=fixed_analysis(bridge_analysis))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        # The window is there before the inputs are read.
        assert "Reading the inputs" in static_text(app, "#progress-label")
        assert app.read_result is None
        release.set()
        screen = await ready(pilot)
        assert app.read_result is not None and screen.documents == documents
        assert screen.sub_title == documents[0].title  # (one article: its title)
        assert any("gone.txt" in problem for problem in screen.problems)


async def test_the_app_ends_when_no_input_could_be_read() -> None:
    def read(progress: Callable[[int], None]) -> ReadResult:
        return ReadResult(errors=[InputError("gone.txt", "no such file or directory")])

    app = TimelineApp(None, read=read, analyse=lambda *a, **k: pytest.fail("analysed"))
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(100):
            if not app.is_running:
                break
            await pilot.pause(0.02)
        assert not app.is_running
    assert app.read_result is not None and app.read_result.errors


async def test_a_reader_that_fails_is_a_problem_line_not_a_crash() -> None:
    def read(progress: Callable[[int], None]) -> ReadResult:
        raise RuntimeError("the reader broke")

    app = TimelineApp(None, read=read, analyse=lambda *a, **k: pytest.fail("analysed"))
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert isinstance(screen, TimelineScreen)
        await asyncio.wait_for(screen.analysed.wait(), 5)
        await pilot.pause()
        assert app.is_running
        assert any("reading the inputs failed: the reader broke" in p for p in screen.problems)
