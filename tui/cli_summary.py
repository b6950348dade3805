"""``timeline summary``: the key dates of a corpus, each with the sentences that say what
happened, as JSON (a contract, see the README) or Markdown."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from tui.cli import (
    EXIT_INPUT_ERRORS,
    EXIT_OK,
    PROG,
    _add_analysis_options,
    _cluster_runner,
    _Parser,
    _read,
    _say,
    _store_path,
)
from tui.cli_errors import OutputError, RunError, UsageError
from tui.cli_output import output_target, write_output
from tui.core.stories.summary import DEFAULT_SENTENCES


def _day(raw: str) -> dt.date:
    try:
        if len(raw) == 10:  # fromisoformat takes 20210106 and 2021-W01-3 too
            return dt.date.fromisoformat(raw)
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(f"expected a day as YYYY-MM-DD, not {raw!r}")


def _count(raw: str) -> int:
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number from 1, not {raw!r}")
    return value


def summary_parser() -> _Parser:
    parser = _Parser(
        prog=f"{PROG} summary",
        description="The key dates of the articles (the days most of them report, come"
        " back to and centre on), each with the sentences that say what happened.",
    )
    _add_analysis_options(parser)
    parser.add_argument(
        "--dates",
        type=_count,
        metavar="N",
        help="how many dates (default: a number that suits the span)",
    )
    parser.add_argument(
        "--sentences",
        type=_count,
        default=DEFAULT_SENTENCES,
        metavar="K",
        help=f"sentences per date at most (default: {DEFAULT_SENTENCES})",
    )
    parser.add_argument(
        "--from", dest="start", type=_day, metavar="DATE", help="first day (YYYY-MM-DD)"
    )
    parser.add_argument("--until", dest="end", type=_day, metavar="DATE", help="last day")
    parser.add_argument("--format", choices=("json", "md"), default="json", help="default: json")
    parser.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE instead of standard output"
    )
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar on standard error"
    )
    return parser


def summary(argv: Sequence[str]) -> int:
    args = summary_parser().parse_args(list(argv))
    if args.start is not None and args.end is not None and args.start > args.end:
        raise UsageError(f"--from {args.start} is after --until {args.end}")
    from tui.core.analysis import analyse
    from tui.core.analysis.cluster import ClusterUnavailable
    from tui.core.export.summary_format import render_summary_json, render_summary_markdown
    from tui.core.stories import summarise
    from tui.progress_bar import progress_bar

    output = output_target(Path(args.output), args.paths) if args.output else None
    if output is None and sys.stdout is None:
        raise OutputError("standard output is closed; use -o FILE")
    result = _read(args.paths)
    if not result.documents:
        return EXIT_INPUT_ERRORS
    with progress_bar(enabled=not args.quiet) as progress:
        try:
            analysis = analyse(
                result.documents,
                lang=args.lang,
                genre=args.genre,
                dct=args.dct,
                jobs=args.jobs,
                runner=_cluster_runner(args.cluster),
                store=_store_path(args),
                progress=progress,
            )
        except ClusterUnavailable as exc:
            raise RunError(str(exc)) from None
    for warning in analysis.warnings:
        _say("warning", warning)
    key_dates = summarise(
        analysis,
        dates=args.dates,
        sentences=args.sentences,
        start=args.start,
        end=args.end,
    )
    render = render_summary_json if args.format == "json" else render_summary_markdown
    write_output(output, [render(key_dates, analysis)])
    for failure in analysis.failures:
        if os.environ.get("TIMELINE_DEBUG"):
            raise failure.error
        _say("error", f"{failure} (TIMELINE_DEBUG=1 shows details)")
    return EXIT_INPUT_ERRORS if result.errors or analysis.failures else EXIT_OK
