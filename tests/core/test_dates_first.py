"""The analysis gives its dates first when asked (``preview``): a preliminary analysis
without names, before the names model is loaded; the final analysis is the same as ever."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

import tui.core.analysis as analysis_module
from tui.core.analysis import analyse
from tui.core.analysis.runners import BatchFunction, SerialRunner
from tui.core.documents import load_seed
from tui.core.export import render_json
from tui.core.model import Analysis, Document

GERMAN = "Am 6. Januar 2021 stürmten Anhänger das Kapitol. Angela Merkel sprach am Abend.\n"


def test_the_preview_has_the_dates_without_names_and_the_result_is_unchanged() -> None:
    seed = load_seed()
    previews: list[Analysis] = []
    final = analyse([seed], preview=previews.append)
    assert len(previews) == 1
    preliminary = previews[0]
    assert preliminary.events and not preliminary.entities
    assert all(not event.entities for event in preliminary.events)
    assert all(not document.mentions for document in preliminary.documents)
    assert final.entities
    assert render_json(final) == render_json(analyse([seed]))


def test_stored_results_need_no_preview_and_the_preview_is_not_stored(tmp_path: Path) -> None:
    store = tmp_path / "store.sqlite"
    documents = [Document(id="a", text=GERMAN), Document(id="b", text=GERMAN + "Mehr.")]
    previews: list[Analysis] = []
    first = analyse(documents, store=store, preview=previews.append)
    assert len(previews) == 1
    again = analyse(documents, store=store, preview=previews.append)
    assert len(previews) == 1  # nothing left to look for names in
    assert render_json(again) == render_json(first) == render_json(analyse(documents))


def test_a_large_analysis_is_not_previewed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(analysis_module, "PREVIEW_CHARS", len(GERMAN))
    previews: list[Analysis] = []
    documents = [Document(id="a", text=GERMAN), Document(id="b", text=GERMAN)]
    analyse(documents, preview=previews.append)
    assert previews == []


def test_the_dates_need_no_spacy() -> None:
    probe = (
        "import sys\n"
        "from tui.core.analysis import analyse\n"
        "from tui.core.documents import load_seed\n"
        "seen = []\n"
        "analyse([load_seed()], preview=lambda a: seen.append('spacy' in sys.modules))\n"
        "assert seen == [False], seen\n"
        "assert 'spacy' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", probe], check=True)


class RecordingRunner(SerialRunner):
    """Runs here, and records the name of each function it is given."""

    def __init__(self) -> None:
        super().__init__()
        self.functions: list[str] = []

    def run(
        self, function: BatchFunction, batches: Iterable[Sequence[Any]]
    ) -> Iterator[tuple[int, list[Any]]]:
        self.functions.append(getattr(function, "func", function).__name__)
        return super().run(function, batches)


def test_the_dates_are_found_here_and_the_names_on_the_runner() -> None:
    runner = RecordingRunner()
    previews: list[Analysis] = []
    documents = [Document(id="a", text=GERMAN)]
    final = analyse(documents, runner=runner, preview=previews.append)
    assert len(previews) == 1
    assert runner.functions == ["names_batch", "events_batch"]
    assert render_json(final) == render_json(analyse(documents))
