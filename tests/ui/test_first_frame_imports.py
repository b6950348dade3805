"""What the explorer imports before its first frame: the app and the store's place, not the
analysis (issue 16: the pipeline is imported by the worker, after the first frame), nor, on the
sample article, the readers and the model (the article is read after the first frame)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import REPO

#: Modules that only the analysis worker, or a screen opened later, needs.
NOT_BEFORE_FIRST_FRAME = (
    "spacy",
    "tui.core.analysis",
    "tui.core.entities",
    "tui.core.events",
    "tui.core.stories",
    "tui.core.curation",
    "tui.core.temporal.tagger",
    "tui.core.store.keys",
    "tui.core.store.sqlite_store",
    "tui.ui.screens.help_screen",
    "tui.ui.screens.jump_screen",
    "tui.ui.screens.key_dates_screen",
    "tui.ui.screens.source_screen",
    # The panes mounted after the first frame, and the view modules they import.
    "tui.ui.widgets.detail_pane",
    "tui.ui.widgets.entity_filter",
    "tui.ui.widgets.time_axis",
    "tui.ui.widgets.timeline_view",
    "tui.core.view.timeline",
    # What only ``timeline extract`` writes with, and the expressions batch commands keep.
    "tui.cli_output",
    "tui.kept_patterns",
    # The sample article's reader and the model's dataclasses: read after the first frame.
    "tui.core.documents",
    "tui.core.model",
    # Its language data (the bylines).
    "tui.core.resources",
)

#: What ``timeline`` with no arguments imports before the app runs (tui/cli.py: _explore).
EXPLORER_START = (
    "import sys, tui.cli;"
    " tui.cli._app_parser().parse_args([]);"
    " from tui.core.store import default_store_path; default_store_path();"
    " from tui.ui.app import TimelineApp; TimelineApp(None);"
    " print(' '.join(m for m in {modules!r} if m in sys.modules))"
)


def test_the_explorer_starts_without_the_analysis() -> None:
    code = EXPLORER_START.format(modules=NOT_BEFORE_FIRST_FRAME)
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == []


@pytest.mark.parametrize(
    ("package", "name"),
    [
        ("tui.core.store", "AnalysisStore"),
        ("tui.core.store", "default_store_path"),
        ("tui.core.temporal", "tag"),
        ("tui.ui.screens", "SourceScreen"),
    ],
)
def test_lazy_package_names_are_the_real_ones(package: str, name: str) -> None:
    import importlib

    module = importlib.import_module(package)
    value = getattr(module, name)
    assert value.__module__.startswith(package + ".")
    assert name in module.__all__


def test_an_unknown_name_is_an_attribute_error() -> None:
    import tui.core.store

    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        _ = tui.core.store.nothing  # type: ignore[attr-defined]
