"""The explorer's Export command: the curated analysis in a format, written atomically to a
file (as ``timeline extract`` writes it: hidden events left out unless shown, and only the
starred ones with "starred only" on)."""

from __future__ import annotations

from pathlib import Path

from tui.cli_errors import OutputError, UsageError
from tui.cli_output import output_target, write_output
from tui.core.export import ExportOptions, render
from tui.core.model import Analysis


class ExportFailed(Exception):
    """The file could not be written (the message says why, in one line)."""


def export_to(
    analysis: Analysis, fmt: str, path: Path, *, include_hidden: bool, starred_only: bool
) -> Path:
    """Write ``analysis`` in ``fmt`` to ``path`` (replaced atomically); the file written."""
    options = ExportOptions(include_hidden=include_hidden, starred_only=starred_only)
    try:
        text = render(analysis, fmt, options)
        target = output_target(path, [])
        write_output(target, [text])
    except (UsageError, OutputError) as problem:
        raise ExportFailed(str(problem)) from None
    return target.path
