"""The main screen: entity filters, the timeline, the detail pane; it runs the analysis."""

from __future__ import annotations

import asyncio
import gc
import time
from collections.abc import Callable, Sequence
from contextlib import suppress
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Container, Horizontal, Vertical
from textual.timer import Timer
from textual.widget import AwaitMount, Widget
from textual.widgets import Header, Input

from tui.core.interruption import Interrupted
from tui.ui import keys, widgets
from tui.ui.messages import (
    AnalysisFailed,
    AnalysisFinished,
    AnalysisPreviewed,
    AnalysisProgress,
    EntityToggled,
    EventActivated,
    EventHighlighted,
    FiltersChanged,
    InputsRead,
    TimeBarSelected,
)
from tui.ui.safe_text import clean_line
from tui.ui.screens.curation_actions import CurationActions
from tui.ui.widgets.keys_footer import KeysFooter
from tui.ui.widgets.progress_panel import READING, ProgressPanel
from tui.ui.worker_checkpoint import stop_if_cancelled

if TYPE_CHECKING:
    # Not before the first frame: the analysis package imports the whole pipeline, and the
    # model's dataclasses take milliseconds to make.
    from tui.core.analysis.progress import ProgressReport
    from tui.core.documents import FilesRead, ReadResult
    from tui.core.model import Analysis, Document, Event
    from tui.core.view.date_query import DateQuery
    from tui.core.view.timeline import TimelineModel
    from tui.ui.screens.dates_first import Preview
    from tui.ui.widgets.search_bar import SearchBar

#: ``analyse(documents, *, lang, genre, dct, progress, preview) -> Analysis``, as
#: tui.core.analysis has (``preview``: given the dates first, see dates_first).
Analyse = Callable[..., "Analysis"]

#: Seconds between two progress updates of the analysis worker, at least.
PROGRESS_INTERVAL = 0.1

#: Seconds the selection must rest before the detail pane follows a repeating key.
DETAIL_REST = 0.12

#: Footer rank of keys of no use just now (they show only if there is room).
UNUSED_RANK = 15

#: Footer rank of the story and key-dates keys with one article: after every other key.
VIEWS_UNUSED_RANK = 24

#: Collections of the middle generation between two full collections (Python's default: 10).
FULL_COLLECTION_EVERY = 100

#: Terminal widths from which the entity pane shows by default, and the detail pane sits beside
#: the timeline rather than below it (styles/app.tcss has the layouts).
MEDIUM_WIDTH = 100
WIDE_WIDTH = 140

#: Actions that need an analysed timeline.
_NEEDS_MODEL = {
    "next_year",
    "previous_year",
    "search",
    "jump",
    "toggle_mode",
    "clear_filters",
    "source",
    "zoom_in",
    "zoom_out",
    "next_bar",
    "previous_bar",
    "toggle_stories",
    "key_dates",
}

#: What the first frame lists while the bundled sample article is not read yet.
SAMPLE_ARTICLE = "the sample article"

#: Actions that need the names: not on the preliminary timeline (see dates_first).
_NEEDS_NAMES = {"toggle_stories", "key_dates"}


#: Panes of rare use: not mounted with the others, but on first use (see
#: ``TimelineScreen.pane``). Each is made by calling its class with its id, and goes into
#: the container named here; by class name, so that their modules load on first use too.
LAZY_PANES: dict[str, tuple[str, str]] = {
    "EmptyState": ("empty", "#timeline-column"),
    "SearchBar": ("search", "#timeline-column"),
}

PaneT = TypeVar("PaneT", bound=Widget)


def pipeline_analyse(documents: Sequence[Document], **options: Any) -> Analysis:
    """The real pipeline, imported on first use: it loads spaCy, which must not delay the
    first frame (this runs in the worker thread). The worker then opens the reader's
    curation on it (:func:`tui.core.curation.open_session`)."""
    from tui.core.analysis import analyse

    return analyse(documents, **options)


class TimelineScreen(CurationActions):
    BINDINGS: ClassVar[list[BindingType]] = [*keys.SCREEN]
    # Textual declares it `ClassVar[...] | None`, which mypy takes for an instance variable.
    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [  # type: ignore[misc]
        (0, "-narrow"),
        (MEDIUM_WIDTH, "-medium"),
        (WIDE_WIDTH, "-wide"),
    ]

    def __init__(
        self,
        documents: Sequence[Document] | None,
        *,
        read: Callable[[FilesRead], ReadResult] | None = None,
        load_errors: Sequence[str] = (),
        options: dict[str, Any] | None = None,
        analyse: Analyse | None = None,
    ) -> None:
        """``documents``: None for the bundled sample article, read just after the first
        frame (its reader and the model are not imported before it), or for the inputs
        ``read`` gives: read by the analysis worker, before it analyses them."""
        super().__init__()
        self.documents = list(documents) if documents is not None else []
        self._read_inputs = read if documents is None else None
        self._inputs_unread = self._read_inputs is not None
        self._sample_unread = documents is None and read is None
        self.load_errors = [str(e) for e in load_errors]
        self.analysis_errors: list[str] = []
        self.options = options or {}
        self.analyse = analyse or pipeline_analyse
        self.analysis: Analysis | None = None
        self.model: TimelineModel | None = None
        self._detail_event: Event | None = None
        self._detail_timer: Timer | None = None
        self._detail_shown_at = 0.0
        #: Set once the analysis has finished or failed (tests and scripts wait on it).
        self.analysed = asyncio.Event()
        #: Set once events are on screen: the preliminary timeline, or the final one.
        self.dated = asyncio.Event()
        #: The preliminary timeline while names are looked for (see dates_first).
        self.preview: Preview | None = None

    # ----------------------------------------------------------------- layout

    def compose(self) -> ComposeResult:
        # The first frame: the progress. The other panes follow it (see TimelinePanes):
        # the entity pane (#body's first), the status and problems lines (before #progress),
        # the time axis and the timeline (after it), the detail pane (#content's last).
        self._set_width_class()
        yield Header()
        with Horizontal(id="body"), Container(id="content"), Vertical(id="timeline-column"):
            names = None if self._read_inputs is not None else self._document_names()
            yield ProgressPanel(names, id="progress")
            # EmptyState and SearchBar: LAZY_PANES.
        yield KeysFooter()

    def _set_width_class(self) -> None:
        """The breakpoint class Textual sets on the first resize, set before the panes are
        mounted: set after them, it styles every pane a second time before the first frame."""
        width = self.app.size.width
        breakpoints = self.HORIZONTAL_BREAKPOINTS
        current = max((b for b in breakpoints if width >= b[0]), default=breakpoints[0])[1]
        self.update_classes({name: name == current for _, name in breakpoints})

    def _document_names(self) -> list[str]:
        if self._sample_unread:
            return [SAMPLE_ARTICLE]
        return [d.title or d.origin or d.id for d in self.documents]

    def pane(self, kind: type[PaneT]) -> PaneT:
        """The pane of class ``kind`` (one of LAZY_PANES), mounted now if it is not yet: it is
        in the DOM at once, its own compose and mount follow (``await self.pane_ready(kind)``
        where that matters, e.g. before focusing it)."""
        return self.mounted_pane(kind) or self._mount_pane(kind)[0]

    async def pane_ready(self, kind: type[PaneT]) -> PaneT:
        """The pane of class ``kind``, mounted (see :meth:`pane`) and ready for use."""
        pane = self.mounted_pane(kind)
        if pane is None:
            pane, mounting = self._mount_pane(kind)
            await mounting
        return pane

    def _mount_pane(self, kind: type[PaneT]) -> tuple[PaneT, AwaitMount]:
        pane_id, container = LAZY_PANES[kind.__name__]
        pane = kind(id=pane_id)
        return pane, self.query_one(container).mount(pane)

    def mounted_pane(self, kind: type[PaneT]) -> PaneT | None:
        """The pane of class ``kind`` if it has been used (mounted) yet."""
        found = self.query(kind)
        return found.first() if found else None

    def on_mount(self) -> None:
        self.query_one("#timeline-column").border_title = "Timeline"
        self.sub_title = self._subtitle()
        # Texts built from component styles must be rebuilt in the new theme's colours.
        self.app.theme_changed_signal.subscribe(
            self, lambda _: self.call_after_refresh(self._restyle)
        )
        self.call_after_refresh(self._after_first_frame)

    async def _after_first_frame(self) -> None:
        """Start the analysis, then mount the other panes while it runs (in its thread)."""
        if self._sample_unread:
            self._read_sample()
        if self.documents or self._read_inputs is not None:
            self.run_analysis()
        if not await self.mount_panes():
            return
        self.query_one("#entities").border_title = "Entities"
        self.detail_pane.show(None, None)
        self._show_problems()
        self.query_one(KeysFooter).context_changed()
        if not self.documents and self._read_inputs is None:
            self._nothing_to_analyse()

    def _nothing_to_analyse(self) -> None:
        self._show_empty()
        self.query_one(ProgressPanel).display = False
        self.dated.set()
        self.analysed.set()

    def _read_sample(self) -> None:
        from tui.core.documents import load_seed
        from tui.core.documents.decoding import DecodingError

        self._sample_unread = False
        try:
            self.documents = [load_seed()]
        except (OSError, DecodingError) as error:
            self.load_errors.append(f"{SAMPLE_ARTICLE}: {error}")
        self.sub_title = self._subtitle()
        self.query_one(ProgressPanel).show_documents(self._document_names())

    def _subtitle(self) -> str:
        if self._sample_unread or self._inputs_unread:
            return ""
        if len(self.documents) == 1:
            doc = self.documents[0]
            return clean_line(doc.title or doc.origin or doc.id)
        return f"{len(self.documents)} documents"

    def _show_problems(self, *, restyle: bool = False) -> None:
        warnings = self.analysis.warnings if self.analysis else []
        self.problems_bar.show(self.load_errors + self.analysis_errors, warnings, restyle=restyle)

    @property
    def problems(self) -> list[str]:
        warnings = self.analysis.warnings if self.analysis else []
        return self.load_errors + self.analysis_errors + list(warnings)

    def _show_empty(self) -> None:
        from tui.ui.widgets.empty_state import EmptyState

        visible = self.model is None or not self.model.visible_events
        if visible:
            empty = self.pane(EmptyState)
            empty.show(self.model, documents=len(self.documents) - len(self.analysis_errors))
            empty.display = True
        elif (shown := self.mounted_pane(EmptyState)) is not None:
            shown.display = False
        self.timeline_view.display = not visible
        self.time_axis.display = not visible
        # With no event there is nothing to detail: the explanation gets the room.
        self.detail_pane.display = not visible

    def _restyle(self) -> None:
        if not self.has_panes:
            return  # they are styled in the new theme as they mount
        self._show_problems(restyle=True)
        self._update_status()
        if self.model is not None:
            self.entity_pane.restyle()
            self._detail_event = self.model.selected_event
            self._show_detail(restyle=True)

    # --------------------------------------------------------------- analysis

    @work(thread=True, exclusive=True, group="analysis")
    def run_analysis(self) -> None:
        """Analyse the documents off the UI thread; a failing document does not stop the rest."""
        # Interrupted: the app quits, and nobody waits for the analysis (what is stored stays).
        with suppress(Interrupted):
            self._run_analysis()

    def _run_analysis(self) -> None:
        documents: Sequence[Document] = self.documents
        if self._read_inputs is not None:
            try:
                result = self._read_inputs(self._files_read)
            except Interrupted:
                raise
            except Exception as error:  # a reader's bug: said, not a crash of the app
                message = f"reading the inputs failed: {_describe(error)}"
                self.post_message(AnalysisFailed(message, fatal=True))
                return
            self.post_message(InputsRead(result))
            documents = result.documents
            if not documents:
                return
        failed: list[str] = []
        try:
            analysis = self._analyse(documents, dates_first=True)
        except Interrupted:
            raise
        except Exception:
            # Find the documents that fail on their own, and analyse the others together.
            good = []
            for document in documents:
                try:
                    self._analyse([document], report=False)
                except Exception as error:
                    failed.append(f"{document.origin or document.id}: {_describe(error)}")
                else:
                    good.append(document)
            try:
                analysis = self._analyse(good)
            except Exception as error:
                self.post_message(
                    AnalysisFailed(f"analysis failed: {_describe(error)}", fatal=True)
                )
                return
        failed += [str(failure) for failure in analysis.failures]
        from tui.core.collection_pause import collection_paused
        from tui.core.curation import open_session
        from tui.core.view.timeline import TimelineModel

        with collection_paused():
            # The saved curation on the analyser's analysis: undo needs the original.
            session = open_session(analysis, self.options.get("store"))
            model = TimelineModel(session.analysis)
            model.select_story_start()
        for message in failed:
            self.post_message(AnalysisFailed(message))
        self.post_message(AnalysisFinished(session.analysis, model, session))

    @work(thread=True, exclusive=True, group="search", description="search index")
    def _prepare_search(self, model: TimelineModel) -> None:
        """What search looks in, made once the timeline is shown, before the first search."""
        model.search.prepare()

    def _files_read(self, count: int) -> None:
        """In the worker: ``count`` input files are read."""
        from tui.core.analysis.progress import ProgressReport

        self._tell_progress(ProgressReport(READING, count, 0))

    #: When progress was last posted (see :meth:`_tell_progress`).
    _progress_told = 0.0

    def _tell_progress(self, update: ProgressReport) -> None:
        """In the worker: stop if the worker is cancelled, else post ``update``, at most a
        few times a second (each one restyles the panel), and always the last one."""
        stop_if_cancelled()
        now = time.monotonic()
        if now - self._progress_told >= PROGRESS_INTERVAL or update.done == update.total:
            self._progress_told = now
            self.post_message(AnalysisProgress(update))

    async def on_inputs_read(self, message: InputsRead) -> None:
        """The inputs are read: their documents are analysed now (the worker goes on), and
        what could not be read is shown; with nothing read, the app ends (the command line
        says why)."""
        result = message.result
        self._inputs_unread = False
        self.documents = list(result.documents)
        self.load_errors.extend([*(str(error) for error in result.errors), *result.warnings])
        if not self.documents and result.errors:
            self.app.exit()
            return
        self.sub_title = self._subtitle()
        self.query_one(ProgressPanel).show_documents(self._document_names())
        if not await self.panes_ready():
            return
        self._show_problems()
        if not self.documents:
            self._nothing_to_analyse()

    def _analyse(
        self, documents: Sequence[Document], *, report: bool = True, dates_first: bool = False
    ) -> Analysis:
        self._progress_told = 0.0

        def checkpoint(_: ProgressReport) -> None:
            stop_if_cancelled()

        progress = self._tell_progress if report else checkpoint
        preview = self._show_dates if dates_first else None
        return self.analyse(documents, **self.options, progress=progress, preview=preview)

    def _show_dates(self, analysis: Analysis) -> None:
        """In the worker: show the preliminary timeline, and wait until it is painted."""
        from tui.core.view.timeline import TimelineModel
        from tui.ui.screens.dates_first import Preview, wait_for_paint

        model = TimelineModel(analysis)
        model.select_story_start()
        preview = Preview(model)
        self.post_message(AnalysisPreviewed(analysis, preview))
        wait_for_paint(preview)

    def on_analysis_progress(self, message: AnalysisProgress) -> None:
        self.query_one(ProgressPanel).update_progress(message.report)

    async def on_analysis_failed(self, message: AnalysisFailed) -> None:
        if not await self.panes_ready():
            return
        self.analysis_errors.append(message.error)
        if message.fatal and self.preview is not None:
            # The preliminary timeline goes with the analysis it was to become.
            self.preview = self.model = self.analysis = None
            self.timeline_view.set_model(None)
            self.entity_pane.set_model(None)
            self._update_status()
        self._show_problems()
        if message.fatal:
            self.query_one(ProgressPanel).display = False
            self._show_empty()
            self.dated.set()
            self.analysed.set()

    async def on_analysis_previewed(self, message: AnalysisPreviewed) -> None:
        if not await self.panes_ready():
            message.preview.painted.set()
            return
        self.preview = message.preview
        self.analysis = message.analysis
        self.model = message.preview.model
        self._show_model(kept_scroll=None)
        self.entity_pane.show_names_coming()
        self.call_after_refresh(message.preview.painted.set)
        self.call_after_refresh(self.dated.set)

    async def on_analysis_finished(self, message: AnalysisFinished) -> None:
        if not await self.panes_ready():
            return
        preview, self.preview = self.preview, None
        kept_scroll = None
        if preview is not None and preview.carry_over(message.model):
            kept_scroll = self.timeline_view.scroll_y
        self.analysis = message.analysis
        self.model = message.model
        self.session = message.session
        if self.session is not None and (orphaned := self.session.orphans()):
            from tui.core.curation import orphans_warning

            self.notify(orphans_warning(len(orphaned)), severity="warning", timeout=8)
        # The analysis lives as long as the app: keep the garbage collector from rescanning its
        # (for a big corpus, millions of) objects, which pauses the UI for hundreds of ms. The
        # screen built for it (2,000 entity options ...) stays too: frozen once painted, so
        # that full collections only walk what changes, in milliseconds rather than 30 ms.
        gc.freeze()
        self.call_after_refresh(gc.freeze)
        # Drawing allocates many short-lived objects; a full collection (about 20 ms even so)
        # then came every ten keys or so. Ten times fewer keeps them off most keys.
        young, middle, old = gc.get_threshold()
        gc.set_threshold(young, middle, max(old, FULL_COLLECTION_EVERY))
        self._show_model(kept_scroll=kept_scroll, refocus=preview is None)
        self.entity_pane.set_model(self.model)
        self.timeline_view.when_drawn(
            partial(self._after_timeline_drawn, self.analysis, self.model)
        )
        self.dated.set()
        self.analysed.set()

    def _show_model(self, *, kept_scroll: float | None, refocus: bool = True) -> None:
        """Show :attr:`model` in the timeline panes (the entity pane is the caller's);
        ``kept_scroll``: the timeline's scroll offset to keep (None: from the row above the
        selection, where the model opens: see :meth:`TimelineModel.select_story_start`)."""
        assert self.model is not None
        self.query_one(ProgressPanel).display = False
        timeline = self.timeline_view
        timeline.display = True
        self.time_axis.set_model(self.model)
        if kept_scroll is None:
            kept_scroll = max((self.model.cursor or 0) - 1, 0)
        timeline.set_model(self.model, scroll_y=kept_scroll)
        self._show_problems()
        self._update_status()
        self._show_empty()
        if refocus or self.focused is None:
            timeline.focus()
        # Actions the analysis enables: a focus change tells the Footer, the same focus not.
        self.refresh_bindings()

    def _after_timeline_drawn(self, analysis: Analysis, model: TimelineModel) -> None:
        """Start what is built in the background once the timeline is shown."""
        self.start_stories(analysis, model)
        self.call_after_refresh(self._prepare_search, model)

    # ------------------------------------------------------------ reactions

    def on_event_highlighted(self, message: EventHighlighted) -> None:
        # A single key shows the detail at once; while a key repeats, the detail pane (which
        # costs a layout) waits until the selection rests, so the timeline keeps up.
        # The time axis follows at once: it only redraws when its bars or marker change.
        self.time_axis.model_changed()
        self._detail_event = message.event
        if self._detail_timer is not None:
            self._detail_timer.reset()
        elif time.monotonic() - self._detail_shown_at >= DETAIL_REST:
            self._show_detail()
        else:
            self._detail_timer = self.set_timer(DETAIL_REST, self._show_detail)

    def _show_detail(self, *, restyle: bool = False) -> None:
        if self._detail_timer is not None:
            self._detail_timer.stop()
            self._detail_timer = None
        self._detail_shown_at = time.monotonic()
        self.detail_pane.show(self.model, self._detail_event, restyle=restyle)

    @property
    def detail_pending(self) -> bool:
        """True while the detail pane waits for the selection to rest."""
        return self._detail_timer is not None

    def on_time_bar_selected(self, message: TimeBarSelected) -> None:
        if self.model is not None:
            self._select(self.model.select_event(message.position))

    def on_event_activated(self, message: EventActivated) -> None:
        self._open_source(message.event)

    def on_entity_toggled(self, message: EntityToggled) -> None:
        if self.model is not None:
            self.model.toggle_entity(message.entity_id)
            self._filters_changed()

    def _filters_changed(self) -> None:
        assert self.model is not None
        self.timeline_view.rows_changed()
        self.entity_pane.show_active(self.model.active_entities)
        self._update_status()
        self._show_empty()
        self.post_message(FiltersChanged(self.model))

    def _update_status(self) -> None:
        self.filter_status.show(
            self.model, names_coming=self.preview is not None, said=self.curation_said
        )
        self.query_one(KeysFooter).context_changed()

    def footer_ranks(self) -> dict[str, int]:
        """Footer ranks for this moment (see KeysFooter): what is of no use gives way, the key
        to a hidden entity pane comes early."""
        ranks = {}
        if self.model is None or not self.model.is_filtered:
            ranks["screen.clear"] = UNUSED_RANK
        if self.model is None or not self.model.active_entities:
            ranks["screen.mode"] = UNUSED_RANK
        if self.story_model is None:  # one article, or not built yet: nothing to switch to
            ranks["screen.stories"] = VIEWS_UNUSED_RANK
        if len(self.documents) <= 1:  # key dates matter across articles
            ranks["screen.key_dates"] = VIEWS_UNUSED_RANK
        if self.has_panes and not self.entity_pane.display:
            ranks["screen.entities"] = 1
        return ranks

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        event.stop()
        if self.model is not None and event.value != self.model.query:
            self.model.set_query(event.value)
            self._filters_changed()

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if not event.value.strip():
            self.pane(widgets.SearchBar).display = False
        self.timeline_view.focus()

    def on_search_bar_closed(self, _: SearchBar.Closed) -> None:
        self.pane(widgets.SearchBar).display = False
        self.timeline_view.focus()

    # ---------------------------------------------------------------- actions

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in _NEEDS_MODEL and self.model is None:
            return None  # shown, but disabled until the analysis is done
        if action in _NEEDS_NAMES and self.preview is not None:
            return None  # shown, but disabled until the names are found
        return self.check_curation(action)

    def _select(self, moved: bool) -> None:
        if moved:
            self.timeline_view.selection_changed()

    def action_next_year(self) -> None:
        if self.model:
            self._select(self.model.next_year(1))

    def action_previous_year(self) -> None:
        if self.model:
            self._select(self.model.next_year(-1))

    def action_zoom_in(self) -> None:
        self.time_axis.zoom(1)

    def action_zoom_out(self) -> None:
        self.time_axis.zoom(-1)

    def action_next_bar(self) -> None:
        self._select_bar(1)

    def action_previous_bar(self) -> None:
        self._select_bar(-1)

    def _select_bar(self, direction: int) -> None:
        target = self.time_axis.step(direction)
        if target is not None and self.model is not None:
            self._select(self.model.select_event(target))

    async def action_search(self) -> None:
        search = await self.pane_ready(widgets.SearchBar)
        search.display = True
        search.focus()

    def action_jump(self) -> None:
        from tui.ui.screens.jump_screen import JumpScreen

        def jump(query: DateQuery | None) -> None:
            if query is not None and self.model is not None and self.model.jump(query):
                self.timeline_view.selection_changed()

        self.app.push_screen(JumpScreen(), jump)

    def action_toggle_mode(self) -> None:
        if self.model:
            self.model.toggle_mode()
            self._filters_changed()

    def action_clear_filters(self) -> None:
        if self.model:
            self.model.clear_filters()
            if (search := self.mounted_pane(widgets.SearchBar)) is not None:
                search.value = ""
                search.display = False
            self._filters_changed()

    def action_source(self) -> None:
        if self.model is not None:
            self._open_source(self.model.selected_event)

    def _open_source(self, event: Event | None) -> None:
        """The article of ``event`` at its sentence (without one: the first article)."""
        from tui.ui.screens.source_screen import SourceScreen

        if self.model is None or not self.model.documents:
            return

        def back(shown: Event | None) -> None:
            position = (
                None if shown is None or not self.model else self.model.happening_position(shown)
            )
            if position is not None and self.model is not None:
                self._select(self.model.select_event(position))

        first = next(iter(self.model.documents))
        # The source view walks the article's events, not story events.
        shown = None if event is None else self.model.source_event(event)
        self.app.push_screen(SourceScreen(self.event_model or self.model, shown, first), back)

    def action_toggle_entities(self) -> None:
        """Show the entity pane (and go to it) or hide it (and go back to the timeline)."""
        self.toggle_class("-entities-toggled")
        # The pane's display follows from the stylesheet once the new class is applied.
        self.call_after_refresh(self._focus_after_toggle)

    async def _focus_after_toggle(self) -> None:
        if not await self.panes_ready():
            return
        self.query_one(KeysFooter).context_changed()
        pane = self.entity_pane
        if pane.display and pane.option_count:
            pane.focus()
        elif not pane.display and (self.focused is None or self.focused is pane):
            self.timeline_view.focus()

    def action_help(self) -> None:
        from tui.ui.screens.help_screen import HelpScreen

        self.app.push_screen(HelpScreen(self.problems))


def _describe(error: BaseException) -> str:
    return clean_line(str(error) or type(error).__name__)


__all__ = ["Analyse", "TimelineScreen", "pipeline_analyse"]
