"""``timeline summary``: the key dates of a corpus, each with the sentences that say what
happened, as JSON (a contract, see the README) or Markdown."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Sequence

from tui.cli import (
    EXIT_INPUT_ERRORS,
    EXIT_OK,
    PROG,
    _add_analysis_options,
    _Parser,
    add_output_options,
    analysis_options,
    output_of,
    read_paths,
    report_failures,
    say,
    store_path,
    whole_number,
)
from tui.cli_errors import UsageError
from tui.cli_output import write_output
from tui.core.stories.summary import DEFAULT_SENTENCES


def _day(raw: str) -> dt.date:
    try:
        if len(raw) == 10:  # fromisoformat takes 20210106 and 2021-W01-3 too
            return dt.date.fromisoformat(raw)
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(f"expected a day as YYYY-MM-DD, not {raw!r}")


def summary_parser() -> _Parser:
    parser = _Parser(
        prog=f"{PROG} summary",
        description="The key dates of the articles (the days most of them report, come"
        " back to and centre on), each with the sentences that say what happened.",
    )
    _add_analysis_options(parser)
    parser.add_argument(
        "--dates",
        type=whole_number,
        metavar="N",
        help="how many dates (default: a number that suits the span)",
    )
    parser.add_argument(
        "--sentences",
        type=whole_number,
        default=DEFAULT_SENTENCES,
        metavar="K",
        help=f"sentences per date at most (default: {DEFAULT_SENTENCES})",
    )
    parser.add_argument(
        "--from", dest="start", type=_day, metavar="DATE", help="first day (YYYY-MM-DD)"
    )
    parser.add_argument("--until", dest="end", type=_day, metavar="DATE", help="last day")
    parser.add_argument("--format", choices=("json", "md"), default="json", help="default: json")
    add_output_options(parser)
    return parser


def summary(argv: Sequence[str]) -> int:
    args = summary_parser().parse_args(list(argv))
    if args.start is not None and args.end is not None and args.start > args.end:
        raise UsageError(f"--from {args.start} is after --until {args.end}")
    from tui.core.analysis import analyse
    from tui.core.export.summary_format import render_summary_json, render_summary_markdown
    from tui.core.stories import summarise
    from tui.core.stories.kept import stories_of

    output = output_of(args)
    result = read_paths(args.paths, store_path(args))
    if not result.documents:
        return EXIT_INPUT_ERRORS
    with analysis_options(args) as options:
        analysis = analyse(result.documents, **options)
    for warning in analysis.warnings:
        say("warning", warning)
    key_dates = summarise(
        analysis,
        stories=stories_of(analysis, store_path(args)),
        dates=args.dates,
        sentences=args.sentences,
        start=args.start,
        end=args.end,
    )
    render = render_summary_json if args.format == "json" else render_summary_markdown
    write_output(output, [render(key_dates, analysis)])
    report_failures(analysis.failures)
    return EXIT_INPUT_ERRORS if result.errors or analysis.failures else EXIT_OK
