"""The timeline screen's other views: story events instead of every sentence (``v``), and the
key dates of the articles (``K``, a screen of its own).

A mixin, so that the timeline screen only calls :meth:`StoryViews.start_stories` when the
analysis arrives: the story events are built off the UI thread, and switching keeps the
filters, the search and the selection (on the same happening) across the two views.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work

from tui.core.model import Analysis
from tui.ui.messages import StoriesBuilt
from tui.ui.screens.timeline_panes import TimelinePanes
from tui.ui.widgets.keys_footer import KeysFooter

if TYPE_CHECKING:
    from tui.core.stories import Corpus, Stories
    from tui.core.view.timeline import TimelineModel


class StoryViews(TimelinePanes):
    """Story view and key dates for a screen whose ``model`` is the timeline shown."""

    model: TimelineModel | None
    analysis: Analysis | None
    #: The timeline of every sentence, and (once built, for more than one article) of stories.
    event_model: TimelineModel | None = None
    story_model: TimelineModel | None = None
    _stories: Stories | None = None
    _corpus: Corpus | None = None

    def _filters_changed(self) -> None:
        raise NotImplementedError  # the timeline screen's

    def start_stories(self, analysis: Analysis, model: TimelineModel) -> None:
        """The analysis arrived (shown by ``model``): build its story events in a worker."""
        self.event_model = model
        if len(analysis.documents) > 1:
            self._build_stories(analysis)

    @work(thread=True, exclusive=True, group="stories")
    def _build_stories(self, analysis: Analysis) -> None:
        # Imported here, in the worker: not on the way to the first frame.
        from tui.core.stories import build_stories, corpus_of
        from tui.core.view.timeline import TimelineModel

        corpus = corpus_of(analysis)
        stories = build_stories(analysis, corpus=corpus)
        self.post_message(StoriesBuilt(TimelineModel(analysis, stories=stories), stories, corpus))

    def on_stories_built(self, message: StoriesBuilt) -> None:
        self.story_model = message.model
        self._stories = message.stories
        self._corpus = message.corpus
        self.query_one(KeysFooter).context_changed()

    @property
    def in_story_view(self) -> bool:
        return self.model is not None and self.model is self.story_model

    def action_toggle_stories(self) -> None:
        if self.model is None:
            return
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
        target.set_mode(source.mode)
        target.set_entities(source.active_entities)
        target.set_query(source.query)
        selected = source.selected_event
        if selected is not None:
            position = target.happening_position(source.source_event(selected))
            if position is not None:
                target.select_event(position)
        self.model = target
        self.time_axis.set_model(target)
        self.timeline_view.set_model(target)
        # The status line says which view this is.
        self._filters_changed()

    def action_key_dates(self) -> None:
        if self.analysis is None or self.event_model is None:
            return
        from tui.ui.screens.key_dates_screen import KeyDatesScreen

        self.app.push_screen(
            KeyDatesScreen(
                self.analysis, self.event_model, stories=self._stories, corpus=self._corpus
            )
        )
