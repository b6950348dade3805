"""The explorer on a corpus: worker processes started from its analysis thread (under
Textual, whose standard error has no descriptor), and a second open from the store."""

from __future__ import annotations

from pathlib import Path

from tests.corpus.corpus_fixtures import corpus_documents
from tui.core.analysis import analyse
from tui.ui.app import TimelineApp
from tui.ui.messages import AnalysisProgress


async def _open(store: Path) -> tuple[list[str], int, list[AnalysisProgress]]:
    """The analysis errors and warnings, the number of events, and the progress messages."""
    seen: list[AnalysisProgress] = []
    app = TimelineApp(corpus_documents(), jobs=2, store=store)

    def hook(message: object) -> None:
        if isinstance(message, AnalysisProgress):
            seen.append(message)

    async with app.run_test(size=(120, 40), message_hook=hook) as pilot:
        screen = app.screen
        await screen.analysed.wait()  # type: ignore[attr-defined]
        await pilot.pause()
        errors = list(screen.analysis_errors)  # type: ignore[attr-defined]
        errors += screen.analysis.warnings  # type: ignore[attr-defined]
        events = len(screen.analysis.events)  # type: ignore[attr-defined]
    return errors, events, seen


async def test_the_explorer_analyses_in_worker_processes_and_reopens_from_the_store(
    tmp_path: Path,
) -> None:
    store = tmp_path / "store.sqlite3"
    expected = len(analyse(corpus_documents()).events)
    for opening in ("first", "second"):
        errors, events, seen = await _open(store)
        assert errors == [], opening
        assert events == expected
        stored = max(message.report.stored for message in seen)
        assert stored == (0 if opening == "first" else len(corpus_documents()))
