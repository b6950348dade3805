"""The whole article, with every temporal expression and entity mention highlighted and one
sentence emphasised; scrolled so that sentence is in view.

A line-API widget like the timeline: the article is wrapped into lines once per width, and
each line knows its character offsets, so scrolling to a sentence is exact.
"""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events
from textual.cache import LRUCache
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.core.model import DocumentAnalysis, Span
from tui.core.view.event_detail import highlights
from tui.ui.highlighting import BLENDED_STYLES, highlighted

#: Lines of context kept above the emphasised sentence when scrolling to it.
CONTEXT_LINES = 2


def wrap_spans(text: str, width: int) -> list[Span]:
    """Greedy word wrap of ``text`` into ``width`` cells, as (start, end) offsets per line.

    Line breaks in the text end a line; spaces at a wrap point stay at the end of the line, so
    the spans cover the text without gaps (except the line breaks themselves).
    """
    width = max(1, width)
    spans: list[Span] = []
    position = 0
    for line in text.split("\n"):
        start, end = position, position + len(line)
        while True:
            if cell_len(text[start:end]) <= width:
                spans.append((start, end))
                break
            cut, used = start, 0
            last_space = -1
            while cut < end and used + cell_len(text[cut]) <= width:
                used += cell_len(text[cut])
                if text[cut] == " ":
                    last_space = cut
                cut += 1
            if last_space > start:
                cut = last_space + 1
            # Spaces at the wrap point belong to the line they end.
            while cut < end and text[cut] == " ":
                cut += 1
            cut = max(cut, start + 1)
            spans.append((start, cut))
            start = cut
        position = end + 1
    return spans


class SourceView(ScrollView, can_focus=True):
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "source-view--timex",
        "source-view--sentence",
        "source-view--per",
        "source-view--org",
        "source-view--loc",
        "source-view--misc",
        "source-view--ignored",
    }

    DEFAULT_CSS = """
    SourceView {
        overflow-x: hidden;
        overflow-y: auto;
        scrollbar-gutter: stable;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.document: DocumentAnalysis | None = None
        self.focus_span: Span | None = None
        self._text = Text()
        self._spans: list[Span] = []
        self._width = 0
        self._lines: LRUCache[tuple[int, int], Strip] = LRUCache(512)

    def _style(self, name: str) -> Style:
        # Styles with a background are blended with the pane's own (partial styles are not).
        partial = name not in BLENDED_STYLES
        return self.get_component_rich_style(f"source-view--{name}", partial=partial)

    def show(self, document: DocumentAnalysis, focus: Span | None) -> None:
        """Show ``document`` with the span ``focus`` (a sentence) emphasised and in view."""
        self.document = document
        self.focus_span = focus
        self._layout(force=True)
        # The new virtual size takes effect on the next refresh; scroll after it.
        self.call_after_refresh(self.scroll_to_focus)

    def _layout(self, *, force: bool = False) -> None:
        width = self.scrollable_content_region.width
        if self.document is None or width <= 0 or (width == self._width and not force):
            return
        text = self.document.document.text
        emphasis = None
        if self.focus_span is not None:
            emphasis = (*self.focus_span, self._style("sentence"))
        self._text = highlighted(
            text, 0, len(text), highlights(self.document), self._style, emphasis=emphasis
        )
        # Format markup that is not article prose (the date marker, a byline) is dimmed.
        for start, end in self.document.document.ignored:
            self._text.stylize(self._style("ignored"), start, end)
        self._spans = wrap_spans(text, width)
        self._width = width
        self._lines.clear()
        self.virtual_size = Size(width, len(self._spans))
        self.refresh()

    def line_of(self, offset: int) -> int:
        """The wrapped line that holds character ``offset``."""
        for index, (start, end) in enumerate(self._spans):
            if start <= offset < end or (offset == end and start == end):
                return index
        return max(0, len(self._spans) - 1)

    def scroll_to_focus(self) -> None:
        if self.focus_span is None:
            return
        line = self.line_of(self.focus_span[0])
        self.scroll_to(y=max(0, line - CONTEXT_LINES), animate=False, immediate=True)

    def on_resize(self, event: events.Resize) -> None:
        self._layout()
        self.call_after_refresh(self.scroll_to_focus)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._lines.clear()
        if self.document is not None:
            self._layout(force=True)

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        index = round(self.scroll_y) + y
        if index >= len(self._spans):
            return Strip.blank(width, self.rich_style)
        strip = self._lines.get((index, width))
        if strip is None:
            start, end = self._spans[index]
            piece = self._text[start:end]
            piece.rstrip()
            strip = Strip(list(piece.render(self.app.console, end=""))).apply_style(self.rich_style)
            strip = strip.crop_extend(0, width, self.rich_style)
            self._lines[(index, width)] = strip
        return strip
