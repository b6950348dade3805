"""The time axis: a strip above the timeline with a bar per period, labelled with years, and a
marker under the bar of the selected event.

A line-API widget: the counts come from :class:`tui.core.view.histogram.Histogram` (a few
bisections per bar), the three lines are drawn once per change and copied while they stay the
same. Clicking a bar asks the screen (by a message) to select that bar's first event;
:meth:`step` tells the screen's bar-by-bar keys which event to select.
"""

from __future__ import annotations

from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.strip import Strip
from textual.widget import Widget

from tui.core.view.histogram import Bars, Histogram, bucket_of
from tui.core.view.timeline import TimelineModel
from tui.ui.messages import TimeBarSelected

#: Block characters by eighths of a cell (index 0: empty).
BLOCKS = " ▁▂▃▄▅▆▇█"
#: Lines of bars (each line adds eight heights), and one line of labels below.
BAR_LINES = 2
#: Cells a bar takes at most (a wide bar keeps a gap of one cell to the next).
MAX_BAR_CELLS = 3
MARKER = "▲"
#: The label line says what a bar stands for (``1 bar = 1 month``) from this width on.
LEGEND_FROM_WIDTH = 50


class TimeAxis(Widget):
    """How many of the shown events fall in each period; ``z``/``Z`` zoom (screen keys)."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "time-axis--bar",
        "time-axis--selected",
        "time-axis--label",
        "time-axis--marker",
    }

    DEFAULT_CSS = """
    TimeAxis {
        height: 3;
    }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.model: TimelineModel | None = None
        self.histogram: Histogram | None = None
        self.bars: Bars | None = None
        #: What the bars were computed for: (model generation, selection, width, zoom level).
        self._drawn_for: tuple[object, ...] | None = None
        self._counts_for: tuple[object, ...] | None = None
        self._strips: list[Strip] | None = None
        self._styles: dict[str, Style] = {}

    # ------------------------------------------------------------------ model

    def set_model(self, model: TimelineModel | None) -> None:
        self.model = model
        self.histogram = None if model is None else Histogram(model.index)
        self._drawn_for = self._counts_for = None
        self.bars = None
        self.model_changed()

    def index_changed(self) -> None:
        """The model's events moved (curation changed a date): count them again, at the
        same zoom."""
        if self.histogram is not None and self.model is not None:
            if self.histogram.index is not self.model.index:  # (another view's model)
                self.set_model(self.model)
                return
            self.histogram.reindex()
            self._drawn_for = None
        self.model_changed()

    def model_changed(self) -> None:
        """The filters or the selection may have changed: redraw if the bars did."""
        model, histogram = self.model, self.histogram
        width = self.size.width
        if model is None or histogram is None or width <= 0:
            return
        drawn_for = (model.generation, model.selected, width, histogram.level)
        if drawn_for == self._drawn_for:
            return
        self._drawn_for = drawn_for
        bars = histogram.bars(model.visible, model.selected, width)
        old = self.bars
        if old is not None and (old.period, old.first, old.counts, old.marker) == (
            bars.period,
            bars.first,
            bars.counts,
            bars.marker,
        ):
            return
        self.bars = bars
        self._strips = None
        self.refresh()

    def zoom(self, steps: int) -> bool:
        """Finer (``steps`` > 0) or coarser periods around the selection; True if changed."""
        if self.histogram is None or not self.histogram.zoom(steps, max(1, self.size.width)):
            return False
        self.model_changed()
        return True

    def step(self, direction: int) -> int | None:
        """The first event (position) of the next (or previous) bar that has events, if it is
        not the selected one."""
        model, histogram, bars = self.model, self.histogram, self.bars
        if model is None or histogram is None or bars is None or not model.visible:
            return None
        target: int | None
        if model.selected is None:
            target = model.visible[0]
        else:
            day = model.index.ordinals[model.selected]
            bucket = bucket_of(bars.period, day)
            target = histogram.step(model.visible, bars.period, bucket, direction)
        return None if target == model.selected else target

    def on_resize(self, _: events.Resize) -> None:
        self._strips = None
        self.model_changed()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()
        self._strips = None

    def on_click(self, event: events.Click) -> None:
        model, histogram, bars = self.model, self.histogram, self.bars
        offset = event.get_content_offset(self)
        if model is None or histogram is None or bars is None or offset is None:
            return
        bar = offset.x // self.bar_cells(bars, self.size.width)
        if 0 <= bar < len(bars.counts) and bars.counts[bar]:
            target = histogram.first_event(model.visible, bars, bar)
            if target is not None:
                self.post_message(TimeBarSelected(target))

    # -------------------------------------------------------------- rendering

    @staticmethod
    def bar_cells(bars: Bars, width: int) -> int:
        """Cells each bar takes in a strip ``width`` cells wide."""
        return max(1, min(MAX_BAR_CELLS, width // max(1, len(bars.counts))))

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        if self.bars is None or width <= 0:
            return Strip.blank(width, self._styled("base"))
        if self._strips is None:
            self._strips = self._draw(self.bars, width)
        return self._strips[y] if y < len(self._strips) else Strip.blank(width)

    def _styled(self, name: str) -> Style:
        style = self._styles.get(name)
        if style is None:
            base = self.rich_style
            style = (
                base
                if name == "base"
                else base + self.get_component_rich_style(f"time-axis--{name}", partial=True)
            )
            self._styles[name] = style
        return style

    def _draw(self, bars: Bars, width: int) -> list[Strip]:
        cells = self.bar_cells(bars, width)
        filled = cells - 1 if cells > 1 else 1
        tallest = max(bars.counts, default=0)
        steps = 8 * BAR_LINES
        lines: list[list[Segment]] = [[] for _ in range(BAR_LINES)]
        for bar, count in enumerate(bars.counts):
            # Any event shows (at least an eighth); the tallest bar fills the lines.
            height = 0 if not count else max(1, round(count * steps / tallest))
            style = self._styled("selected" if bar == bars.marker else "bar")
            for line in range(BAR_LINES):
                eighths = max(0, min(8, height - (BAR_LINES - 1 - line) * 8))
                lines[line].append(Segment(BLOCKS[eighths] * filled, style))
                if cells > filled:
                    lines[line].append(Segment(" " * (cells - filled), self._styled("base")))
        base = self._styled("base")
        strips = [Strip(segments).crop_extend(0, width, base) for segments in lines]
        strips.append(self._labels(bars, width, cells))
        return strips

    def _labels(self, bars: Bars, width: int, cells: int) -> Strip:
        """Years where they start (as many as fit), the marker, and what a bar stands for."""
        text = [" "] * width
        kinds = ["label"] * width
        marker_x = None if bars.marker is None else bars.marker * cells
        legend = f" 1 bar = 1 {bars.period}"
        room = width
        if width >= LEGEND_FROM_WIDTH and (marker_x is None or marker_x < width - len(legend)):
            room = width - len(legend)
            text[room:] = legend
        free = 0
        previous_year = None
        for bar in range(len(bars.counts)):
            year = bars.year(bar)
            if year == previous_year:
                continue
            previous_year = year
            x, label = bar * cells, str(year)
            if marker_x is not None and x <= marker_x < x + len(label):
                if bars.marker is None or bars.year(bars.marker) != year:
                    continue
                x = marker_x + 1  # the marker's own year right after it
            end = x + len(label)
            if x < free or end > room:
                continue
            text[x:end] = label
            free = end + 1
        if marker_x is not None and marker_x < width:
            text[marker_x] = MARKER
            kinds[marker_x] = "marker"
        segments, start = [], 0
        for x in range(1, width + 1):
            if x == width or kinds[x] != kinds[start]:
                segments.append(Segment("".join(text[start:x]), self._styled(kinds[start])))
                start = x
        return Strip(segments, width)
