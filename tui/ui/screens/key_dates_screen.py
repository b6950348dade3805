"""The key-dates view: the summary ``timeline summary`` gives, one item per key date with its
sentences beneath, and the selected date's sentences with their articles beside it.

``+``/``-`` ask for one date more or fewer; the summary is recomputed off the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from tui.core.interruption import Interrupted
from tui.core.model import Analysis, Event
from tui.core.stories import Corpus, KeyDate, Stories, Summary, corpus_of, summarise
from tui.core.view.article_label import article_label
from tui.core.view.timeline import TimelineModel
from tui.ui import keys
from tui.ui.safe_text import clean_line
from tui.ui.screens.source_screen import SourceScreen
from tui.ui.widgets.keys_footer import KeysFooter
from tui.ui.worker_checkpoint import stop_if_cancelled


def _date_label(key_date: KeyDate) -> str:
    noun = "article" if key_date.articles == 1 else "articles"
    return f"{key_date.date:%a %d %b %Y} · {key_date.articles} {noun}"


def _listing_title(summary: Summary, shown: int) -> str:
    """How many dates, and the span they were chosen from (the corpus's dense span)."""
    if summary.span is None:
        return f"Key dates ({shown})"
    first, last = summary.span
    return f"Key dates ({shown}) · {first:%d %b %Y} – {last:%d %b %Y}"


class KeyDatesScreen(Screen[None]):
    """The key dates of the open articles."""

    BINDINGS: ClassVar[list[BindingType]] = [*keys.KEY_DATES]

    COMPONENT_CLASSES: ClassVar[set[str]] = {"key-dates-screen--date"}

    def __init__(
        self,
        analysis: Analysis,
        model: TimelineModel,
        *,
        stories: Stories | None = None,
        corpus: Corpus | None = None,
        on_corpus: Callable[[Corpus], None] | None = None,
    ) -> None:
        """``model``: the timeline of every event (for the source view); ``stories`` and
        ``corpus``, when already built, spare the summary building them again;
        ``on_corpus`` is given the corpus once this screen has built it."""
        super().__init__()
        self.analysis = analysis
        self.model = model
        self.stories = stories
        self.corpus = corpus
        self._on_corpus = on_corpus
        #: How many dates are asked for (None: the default for the span, until computed).
        self.dates: int | None = None
        self.summary: Summary | None = None
        self._events = {event.id: event for event in model.events}

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="key-dates-body"):
            yield OptionList(id="key-dates")
            with VerticalScroll(id="key-date-detail"):
                yield Static(id="key-date-sentences")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.title = "timeline"
        self.sub_title = "Key dates"
        self.query_one("#key-dates").border_title = "Key dates"
        self.query_one("#key-date-detail").border_title = "Sentences"
        self.query_one("#key-date-sentences", Static).update(Text("Finding the key dates…"))
        self.query_one("#key-dates").focus()
        self.compute(None)

    # ------------------------------------------------------------- computing

    @work(thread=True, exclusive=True, group="key-dates")
    def compute(self, dates: int | None) -> None:
        """The summary with ``dates`` dates (None: the default), off the UI thread."""
        try:
            if self.corpus is None:  # built once: each other number of dates needs it again
                self.corpus = corpus_of(self.analysis, stop_if_cancelled)
                if self._on_corpus is not None:
                    self.app.call_from_thread(self._on_corpus, self.corpus)
            summary = summarise(
                self.analysis,
                dates=dates,
                stories=self.stories,
                corpus=self.corpus,
                checkpoint=stop_if_cancelled,
            )
        except Interrupted:
            return  # the screen was closed, or other dates were asked for
        self.app.call_from_thread(self._show, summary, dates)

    def _show(self, summary: Summary, asked: int | None) -> None:
        shown = len(summary.dates)
        if asked is not None and shown < asked and self.summary is not None:
            self.notify(f"The articles have no more than {shown} dates with events.")
        self.summary = summary
        self.dates = shown
        self.query_one("#key-dates").border_title = _listing_title(summary, shown)
        listing = self.query_one("#key-dates", OptionList)
        previous = listing.highlighted
        listing.clear_options()
        listing.add_options([self._option(index, d) for index, d in enumerate(summary.dates)])
        if summary.dates:
            listing.highlighted = min(previous or 0, shown - 1)
        else:
            self.query_one("#key-date-sentences", Static).update(
                Text("No event of these articles is dated to a day.")
            )

    def _option(self, index: int, key_date: KeyDate) -> Option:
        style = self.get_component_rich_style("key-dates-screen--date", partial=True)
        prompt = Text(clean_line(_date_label(key_date)), style=style, end="")
        for sentence in key_date.sentences:
            prompt.append("\n  • ")
            prompt.append(clean_line(sentence.text))
        return Option(prompt, id=str(index))

    # ------------------------------------------------------------- selection

    @property
    def selected(self) -> KeyDate | None:
        index = self.query_one("#key-dates", OptionList).highlighted
        if self.summary is None or index is None or index >= len(self.summary.dates):
            return None
        return self.summary.dates[index]

    def on_option_list_option_highlighted(self, _: OptionList.OptionHighlighted) -> None:
        key_date = self.selected
        if key_date is None:
            return
        style = self.get_component_rich_style("key-dates-screen--date", partial=True)
        text = Text(clean_line(_date_label(key_date)), style=style, end="")
        documents = {item.document.id: item for item in self.analysis.documents}
        for sentence in key_date.sentences:
            doc = documents.get(sentence.document)
            text.append("\n\n")
            text.append(clean_line(sentence.text))
            text.append("\n")
            name = article_label(doc) if doc is not None else sentence.document
            text.append(clean_line(name), style="dim")
        self.query_one("#key-date-sentences", Static).update(text)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_source()

    # ---------------------------------------------------------------- actions

    def action_more_dates(self) -> None:
        if self.dates is not None:
            self.compute(self.dates + 1)

    def action_fewer_dates(self) -> None:
        if self.dates is not None and self.dates > 1:
            self.compute(self.dates - 1)

    def action_source(self) -> None:
        key_date = self.selected
        if key_date is None or not key_date.sentences:
            return
        event: Event | None = self._events.get(key_date.sentences[0].event)
        if event is not None:
            self.app.push_screen(SourceScreen(self.model, event))

    def action_close(self) -> None:
        self.dismiss(None)
