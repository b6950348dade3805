"""The progress of the analysis worker: a bar, and a line per document for a small corpus."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from tui.ui.safe_text import clean_line

if TYPE_CHECKING:
    # The analysis package imports the whole pipeline: not before the first frame.
    from tui.core.analysis.progress import ProgressReport

_STAGES = {"analysed": "analysed", "events": "events built"}
#: The stage of reading the inputs, whose number of files is not known beforehand.
READING = "read"

#: Up to this many documents get a status line each; beyond it only the counter is shown.
LISTED_DOCUMENTS = 8

#: Cells of the bar (as Textual's ProgressBar has), then of the percentage after it.
BAR_WIDTH = 32
PERCENT_WIDTH = 5


class AnalysisBar(Static):
    """A bar and a percentage, drawn as one line of text: Textual's ProgressBar is three
    widgets with their own stylesheets, which the first frame would have to style."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"analysis-bar--done", "analysis-bar--todo"}

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.fraction = 0.0

    def update_fraction(self, done: int, total: int) -> None:
        self.fraction = min(1.0, done / total) if total > 0 else 0.0
        self.refresh()

    def render(self) -> Text:
        done = round(BAR_WIDTH * self.fraction)
        percent = f"{round(self.fraction * 100)}%"
        return Text.assemble(
            ("━" * done, self.get_component_rich_style("analysis-bar--done")),
            ("━" * (BAR_WIDTH - done), self.get_component_rich_style("analysis-bar--todo")),
            percent.rjust(PERCENT_WIDTH),
        )


class ProgressPanel(Vertical):
    """Shown while the documents are analysed (the first one also loads the language models)."""

    def __init__(self, documents: Sequence[str] | None, *, id: str | None = None) -> None:
        """``documents``: their names, or None while the inputs are still to be read."""
        super().__init__(id=id)
        self.reading = documents is None
        self._documents = [clean_line(d) for d in documents or ()]
        self.done = 0
        self.total = len(self._documents)

    def show_documents(self, documents: Sequence[str]) -> None:
        """The documents' names, once they are known (the inputs are read after the first
        frame)."""
        self.reading = False
        self.query_one("#progress-bar").display = True
        self._documents = [clean_line(d) for d in documents]
        self.total = len(self._documents)
        self.query_one("#progress-label", Static).update(self._headline())
        self.query_one("#progress-documents", Static).update(self._listing())

    def compose(self) -> ComposeResult:
        yield Static(self._headline(), id="progress-label")
        bar = AnalysisBar(id="progress-bar")
        bar.display = not self.reading  # how many files there are is not known
        yield bar
        yield Static(self._listing(), id="progress-documents")

    #: The inputs are being read: their documents are not known yet.
    reading = False

    def _headline(self, report: ProgressReport | None = None) -> Text:
        if self.reading:
            text = Text("Reading the inputs…")
            if report is not None:
                noun = "file" if report.done == 1 else "files"
                text.append(f"\n{report.done} {noun} read", style="italic")
            return text
        total = len(self._documents)
        noun = "document" if total == 1 else "documents"
        text = Text(f"Analysing {total} {noun} (the first also loads the language models)…")
        if report is not None:
            line = f"\n{_STAGES.get(report.stage, report.stage)}: {report.done} of {report.total}"
            if report.stored:
                line += f" ({report.stored} from the store)"
            text.append(line, style="italic")
        return text

    def _listing(self) -> Text:
        if len(self._documents) > LISTED_DOCUMENTS:
            return Text()
        lines = Text()
        for index, name in enumerate(self._documents):
            mark = "✓" if index < self.done else ("…" if index == self.done else "·")
            lines.append(f"{mark} {name}\n")
        return lines

    def update_progress(self, report: ProgressReport) -> None:
        if self.reading:  # no bar: how many files there are is not known
            self.query_one("#progress-label", Static).update(self._headline(report))
            return
        self.done, self.total = report.done, report.total
        self.query_one("#progress-bar", AnalysisBar).update_fraction(report.done, report.total)
        self.query_one("#progress-label", Static).update(self._headline(report))
        self.query_one("#progress-documents", Static).update(self._listing())
