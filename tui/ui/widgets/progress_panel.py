"""The progress of the analysis worker: a bar, and a line per document for a small corpus."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import ProgressBar, Static

from tui.ui.safe_text import clean_line

if TYPE_CHECKING:
    # The analysis package imports the whole pipeline: not before the first frame.
    from tui.core.analysis.progress import ProgressReport

_STAGES = {"analysed": "analysed", "events": "events built"}

#: Up to this many documents get a status line each; beyond it only the counter is shown.
LISTED_DOCUMENTS = 8


class ProgressPanel(Vertical):
    """Shown while the documents are analysed (the first one also loads the language models)."""

    def __init__(self, documents: Sequence[str], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._documents = [clean_line(d) for d in documents]
        self.done = 0
        self.total = len(self._documents)

    def compose(self) -> ComposeResult:
        yield Static(self._headline(), id="progress-label")
        yield ProgressBar(total=max(1, len(self._documents)), show_eta=False, id="progress-bar")
        yield Static(self._listing(), id="progress-documents")

    def _headline(self, report: ProgressReport | None = None) -> Text:
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
        self.done, self.total = report.done, report.total
        bar = self.query_one("#progress-bar", ProgressBar)
        bar.update(total=max(1, report.total), progress=report.done)
        self.query_one("#progress-label", Static).update(self._headline(report))
        self.query_one("#progress-documents", Static).update(self._listing())
