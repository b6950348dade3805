"""The timeline screen's other views: story events instead of every sentence (``v``), and the
key dates of the articles (``K``, a screen of its own).

A mixin, so that the timeline screen only calls :meth:`StoryViews.start_stories` when the
analysis arrives: the story events are built off the UI thread, and switching keeps the
filters, the search and the selection (on the same happening) across the two views. When
curation changes what stories are made of (a title, a date, an entity), they are built
again once the actions rest (at once if ``v`` asks for them).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from textual import work
from textual.timer import Timer

from tui.ui.messages import StoriesBuilt
from tui.ui.screens.timeline_panes import TimelinePanes
from tui.ui.widgets.keys_footer import KeysFooter

if TYPE_CHECKING:
    from tui.core.model import Analysis
    from tui.core.stories import Corpus, Stories
    from tui.core.view.timeline import TimelineModel

#: Seconds without a curation action before the story events are built again (a title,
#: date or entity changed): for 100,000 events that takes seconds of CPU.
STORIES_REST = 3.0


class StoryViews(TimelinePanes):
    """Story view and key dates for a screen whose ``model`` is the timeline shown."""

    model: TimelineModel | None
    analysis: Analysis | None
    #: The analysis options (the store among them: story events are kept there).
    options: dict[str, Any]
    #: The timeline of every sentence, and (once built, for more than one article) of stories.
    event_model: TimelineModel | None = None
    story_model: TimelineModel | None = None
    _stories: Stories | None = None
    #: The corpus the key dates built (their vectors: seconds for thousands of articles),
    #: kept for the next ``K`` while the analysis stays as it is.
    _corpus: Corpus | None = None

    def _filters_changed(self) -> None:
        raise NotImplementedError  # the timeline screen's

    #: Bumped by every request for story events: a worker's answer to an older one is stale.
    _stories_request = 0

    def start_stories(self, analysis: Analysis, model: TimelineModel) -> None:
        """The analysis arrived (shown by ``model``) or changed: build its story events in a
        worker."""
        self.event_model = model
        self._stories_request += 1
        self._corpus = None
        if len(analysis.documents) > 1:
            # Curation changes the analysis in place while the worker reads: it reads a copy.
            copy = replace(analysis, events=list(analysis.events), marks=dict(analysis.marks))
            # After the timeline is drawn: the build holds the interpreter for seconds.
            self.call_after_refresh(self._build_stories, copy, self._stories_request)

    # Described in words: Textual's default description is the arguments' repr, which for a
    # corpus's analysis took seconds of the UI thread.
    @work(thread=True, exclusive=True, group="stories", description="story events")
    def _build_stories(self, analysis: Analysis, request: int) -> None:
        # Imported here, in the worker: not on the way to the first frame.
        from tui.core.interruption import Interrupted
        from tui.core.stories.kept import stories_of
        from tui.core.view.timeline import TimelineModel
        from tui.ui.worker_checkpoint import stop_if_cancelled

        try:
            stories = stories_of(analysis, self.options.get("store"), stop_if_cancelled)
            stop_if_cancelled()
            model = TimelineModel(analysis, stories=stories)
        except Interrupted:
            return  # quitting, or a newer request replaced this one
        self.post_message(StoriesBuilt(model, stories, request))

    def on_stories_built(self, message: StoriesBuilt) -> None:
        if message.request != self._stories_request or self.analysis is None:
            return  # the analysis changed since: a newer request is on its way
        # The marks made while it was built count (the analysis shown has them).
        message.model.share_marks(self.analysis.marks)
        self.story_model = message.model
        self._story_marks_stale = False
        self._stories = message.stories
        self.query_one(KeysFooter).context_changed()

    @property
    def in_story_view(self) -> bool:
        return self.model is not None and self.model is self.story_model

    _stories_timer: Timer | None = None

    #: The marks changed while the story view was not shown: it filters by them once shown.
    _story_marks_stale = False

    def _story_marks_changed(self) -> None:
        """The reader's marks changed: the story view follows (now if it is shown)."""
        if self.story_model is not None and self.model is self.story_model:
            self.story_model.marks_changed()
        else:
            self._story_marks_stale = True

    def _stories_stale(self) -> None:
        """The story events no longer fit the analysis: build them again (off the UI
        thread) once no curation action came for a while."""
        self.story_model = None
        self._stories_request += 1  # what a worker is building now is stale
        self._corpus = None
        if self._stories_timer is not None:
            self._stories_timer.stop()
        self._stories_timer = self.set_timer(STORIES_REST, self._restart_stories)

    def _restart_stories(self) -> None:
        self._stories_timer = None
        if self.analysis is not None and self.event_model is not None:
            self.start_stories(self.analysis, self.event_model)

    def action_toggle_stories(self) -> None:
        if self.model is None:
            return
        if self._stories_timer is not None:  # waiting for curation to rest: now
            self._stories_timer.stop()
            self._restart_stories()
        if self.story_model is None or self.event_model is None:
            if self.analysis is not None and len(self.analysis.documents) <= 1:
                self.notify("One article: there is nothing to merge across articles.")
            else:
                self.notify("The story events are still being built.")
            return
        self._switch_to(self.event_model if self.in_story_view else self.story_model)

    def _switch_to(self, target: TimelineModel) -> None:
        """Show ``target`` with the filters of the view shown, on the same happening."""
        source = self.model
        assert source is not None
        if target is self.story_model and self._story_marks_stale:
            target.marks_changed()
            self._story_marks_stale = False
        target.set_mode(source.mode)
        target.set_entities(source.active_entities)
        target.set_query(source.query)
        target.set_show_hidden(source.show_hidden)
        target.set_starred_only(source.starred_only)
        selected = source.selected_event
        if selected is not None:
            position = target.happening_position(source.source_event(selected))
            if position is not None:
                target.select_event(position)
        # The selected row stays on its line of the screen (when it was on screen).
        view = self.timeline_view
        line = None if source.cursor is None else source.cursor - round(view.scroll_y)
        if line is None or not 0 <= line < view.page_height:
            line = 1  # the row above it in view too
        self.model = target
        self.time_axis.set_model(target)
        view.set_model(target, scroll_y=max((target.cursor or 0) - line, 0))
        # The status line says which view this is.
        self._filters_changed()

    def action_key_dates(self) -> None:
        if self.analysis is None or self.event_model is None:
            return
        from tui.ui.screens.key_dates_screen import KeyDatesScreen

        request = self._stories_request

        def keep(corpus: Corpus) -> None:
            if request == self._stories_request:  # else the analysis changed meanwhile
                self._corpus = corpus

        self.app.push_screen(
            KeyDatesScreen(
                self.analysis,
                self.event_model,
                stories=self._stories,
                corpus=self._corpus,
                on_corpus=keep,
            )
        )
