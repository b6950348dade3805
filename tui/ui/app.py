"""The timeline app: ``TimelineApp(documents, ...).run()`` opens the documents' timeline.

The first frame appears at once; the documents are analysed in a worker thread (see
:class:`tui.ui.screens.timeline_screen.TimelineScreen`), so spaCy is imported only after it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, ClassVar

from textual.app import App
from textual.binding import BindingType
from textual.screen import Screen

from tui.ui import keys
from tui.ui.commands import TimelineCommands
from tui.ui.screens.timeline_screen import TimelineScreen
from tui.ui.stylesheets import first_frame_stylesheets

if TYPE_CHECKING:
    from tui.core.analysis.runners import Runner
    from tui.core.documents import FilesRead, ReadResult
    from tui.core.model import Document
    from tui.ui.screens.timeline_screen import Analyse


class TimelineApp(App[None]):
    """Explore the dated events of ``documents`` in the terminal."""

    TITLE = "timeline"
    # The others are read after the first frame (TimelinePanes.mount_panes).
    CSS_PATH: ClassVar[list[str | PurePath]] = [*first_frame_stylesheets()]
    BINDINGS: ClassVar[list[BindingType]] = [*keys.APP]
    COMMANDS = App.COMMANDS | {TimelineCommands}

    def __init__(
        self,
        documents: Sequence[Document] | None,
        *,
        read: Callable[[FilesRead], ReadResult] | None = None,
        load_errors: Sequence[object] = (),
        lang: str = "auto",
        genre: str = "news",
        dct: str | None = None,
        jobs: int = 1,
        store: Path | None = None,
        runner: Runner | None = None,
        analyse: Analyse | None = None,
    ) -> None:
        """``documents``: None for the bundled sample article, read after the first frame,
        or for the inputs ``read`` gives (called after the first frame, in the analysis
        worker, with a callback told each file read; its result is :attr:`read_result`);
        ``load_errors``: inputs that could not be read (shown in the app); ``jobs``,
        ``store`` and ``runner``: where the analysis runs and keeps its results, as in
        ``tui.core.analysis.analyse``, the default ``analyse`` function."""
        super().__init__()
        self.documents = list(documents) if documents is not None else None
        self._read = read
        #: What reading the inputs gave, once they are read (with ``read``).
        self.read_result: ReadResult | None = None
        self.load_errors = [str(error) for error in load_errors]
        self.analysis_options: dict[str, object] = {
            "lang": lang,
            "genre": genre,
            "dct": dct,
            "jobs": jobs,
            "store": store,
            "runner": runner,
        }
        self._analyse = analyse

    def _read_inputs(self, progress: FilesRead) -> ReadResult:
        assert self._read is not None
        self.read_result = self._read(progress)
        return self.read_result

    def get_default_screen(self) -> Screen:
        return TimelineScreen(
            self.documents,
            read=None if self._read is None else self._read_inputs,
            load_errors=self.load_errors,
            options=self.analysis_options,
            analyse=self._analyse,
        )
