"""``timeline extract``'s progress bar on standard error: documents done, rate, time left.

Shown only when standard error is a terminal (never in a pipe or a log file).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

from tui.core.analysis import Progress, ProgressReport

_STAGES = {"analysed": "Analysing", "events": "Building events"}


@contextmanager
def progress_bar(*, enabled: bool = True) -> Iterator[Progress | None]:
    """A progress callback that draws the bar, or None when no bar is wanted."""
    if not enabled or sys.stderr is None or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        TaskID,
        TaskProgressColumn,
        TextColumn,
        TimeRemainingColumn,
    )
    from rich.progress import (
        Progress as RichProgress,
    )

    bar = RichProgress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TaskProgressColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    tasks: dict[str, TaskID] = {}

    def update(report: ProgressReport) -> None:
        if report.stage not in tasks:
            tasks[report.stage] = bar.add_task(
                _STAGES.get(report.stage, report.stage), total=report.total, rate=""
            )
        task = tasks[report.stage]
        stored = (
            f"{report.stored} from the store"
            if report.stored and report.stage == "analysed"
            else ""
        )
        bar.update(task, completed=report.done, total=report.total, rate=stored)

    with bar:
        yield update
