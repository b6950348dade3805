"""The ``timeline`` command: the explorer by default, ``timeline extract`` for scripts.

Errors are one line on stderr and a non-zero exit, never a traceback (set
``TIMELINE_DEBUG=1`` to see one). Inputs are only ever read.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from tui import __version__
from tui.core.documents import ReadResult, load_seed, read_inputs
from tui.core.documents.dates import parse_publication_date

EXIT_OK = 0
EXIT_INPUT_ERRORS = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
PROG = "timeline"


class UsageError(Exception):
    """Bad command-line usage; the message is shown as one line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _dct(raw: str) -> str:
    try:
        return parse_publication_date(raw)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _add_analysis_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="article files (.txt, .md, .jsonl), folders, or - for stdin;"
        " none: the bundled sample article",
    )
    parser.add_argument(
        "--lang",
        choices=("auto", "de", "en"),
        default="auto",
        help="language of the articles (default: detected per article)",
    )
    parser.add_argument(
        "--dct",
        type=_dct,
        metavar="DATE",
        help="publication date (YYYY, YYYY-MM or YYYY-MM-DD) for articles that have none",
    )
    parser.add_argument(
        "--genre",
        choices=("news", "narrative"),
        default="news",
        help="news: relative dates count from the publication date; narrative: from the"
        " last date mentioned (default: news)",
    )


def _app_parser() -> _Parser:
    parser = _Parser(
        prog=PROG,
        description="Explore the dated events of news articles as a timeline.",
        epilog="Use 'timeline extract --help' for machine-readable output.",
    )
    _add_analysis_options(parser)
    parser.add_argument(
        "--models",
        action="store_true",
        help="show which entity-recognition model is used for each language, and exit",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def _extract_parser() -> _Parser:
    parser = _Parser(
        prog=f"{PROG} extract",
        description="Analyse articles and print temporal expressions, entities and events.",
    )
    _add_analysis_options(parser)
    parser.add_argument(
        "--format", choices=("json", "jsonl", "csv", "md"), default="json", help="default: json"
    )
    parser.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE instead of standard output"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args[:1] == ["extract"]:
            return _extract(_extract_parser().parse_args(args[1:]))
        return _explore(_app_parser().parse_args(args))
    except UsageError as exc:
        _say("error", str(exc))
        return EXIT_USAGE
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (``timeline extract | head``): not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:  # the last line of defence: one line, not a traceback
        if os.environ.get("TIMELINE_DEBUG"):
            raise
        _say("error", f"unexpected {type(exc).__name__}: {exc} (TIMELINE_DEBUG=1 shows details)")
        return EXIT_INPUT_ERRORS


def _say(kind: str, message: str) -> None:
    print(f"{PROG}: {kind}: {message}", file=sys.stderr)


def _read(paths: Sequence[str]) -> ReadResult:
    if not paths:
        return ReadResult(documents=[load_seed()])
    result = read_inputs(paths)
    for warning in result.warnings:
        _say("warning", warning)
    for error in result.errors:
        _say("error", str(error))
    return result


def _extract(args: argparse.Namespace) -> int:
    from tui.core.export import RENDERERS
    from tui.core.pipeline import analyse

    output = Path(args.output) if args.output else None
    if output is not None:
        _check_output(output, args.paths)
    result = _read(args.paths)
    if not result.documents:
        return EXIT_INPUT_ERRORS
    analysis = analyse(result.documents, lang=args.lang, genre=args.genre, dct=args.dct)
    for warning in analysis.warnings:
        _say("warning", warning)
    rendered = RENDERERS[args.format](analysis)
    if output is None:
        sys.stdout.buffer.write(rendered.encode("utf-8"))
        sys.stdout.flush()
    else:
        _write_atomically(output, rendered)
    return EXIT_INPUT_ERRORS if result.errors else EXIT_OK


def _check_output(output: Path, inputs: Sequence[str]) -> None:
    if output.is_dir():
        raise UsageError(f"output {str(output)!r} is a folder")
    if not output.parent.is_dir():
        raise UsageError(f"output folder {str(output.parent)!r} does not exist")
    for raw in inputs:
        path = Path(raw)
        if raw != "-" and output.exists() and path.exists() and _same_or_inside(output, path):
            raise UsageError(f"output {str(output)!r} would overwrite the input {raw!r}")


def _same_or_inside(output: Path, given: Path) -> bool:
    if given.is_dir():
        return given.resolve() in output.resolve().parents
    return output.resolve() == given.resolve()


def _write_atomically(output: Path, text: str) -> None:
    """Write to a temporary file beside ``output``, then rename: never a half-written file."""
    fd, temporary = tempfile.mkstemp(dir=output.parent, prefix=f".{output.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _explore(args: argparse.Namespace) -> int:
    if args.models:
        from tui.core.entities import describe_models

        for line in describe_models():
            print(line)
        return EXIT_OK
    result = _read(args.paths)
    if not result.documents:
        return EXIT_INPUT_ERRORS
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise UsageError("the explorer needs a terminal; use 'timeline extract' in scripts")
    from tui.ui.app import TimelineApp  # Textual is loaded only for the explorer

    app = TimelineApp(
        result.documents,
        load_errors=[str(e) for e in result.errors] + result.warnings,
        lang=args.lang,
        genre=args.genre,
        dct=args.dct,
    )
    app.run()
    return EXIT_INPUT_ERRORS if result.errors else EXIT_OK
