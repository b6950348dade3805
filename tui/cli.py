"""The ``timeline`` command: the explorer by default, ``timeline extract`` for scripts.

Errors are one line on stderr and a non-zero exit, never a traceback (set
``TIMELINE_DEBUG=1`` to see one). Inputs are only ever read.
"""

from __future__ import annotations

import argparse
import io
import os
import re
import signal
import stat
import sys
import tempfile
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
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


class OutputError(Exception):
    """The output could not be written; the message is shown as one line."""


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
        help="article files (.txt, .md, .jsonl, .html), folders, or - for stdin;"
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
    except OutputError as exc:
        _say("error", str(exc))
        return EXIT_INPUT_ERRORS
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except Exception as exc:  # the last line of defence: one line, not a traceback
        if os.environ.get("TIMELINE_DEBUG"):
            raise
        _say("error", f"unexpected {type(exc).__name__}: {exc} (TIMELINE_DEBUG=1 shows details)")
        return EXIT_INPUT_ERRORS


def _say(kind: str, message: str) -> None:
    if sys.stderr is not None:  # None when the standard error is closed
        print(f"{PROG}: {kind}: {terminal_safe(message)}", file=sys.stderr)


#: What must not reach a terminal raw: C0 and C1 controls (ESC starts CSI and OSC sequences),
#: line and paragraph separators, bidirectional overrides, and lone surrogates.
_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def terminal_safe(text: str) -> str:
    """``text`` with every control character written as its escape (``\\x1b``, ``\\n``): a
    file name or text in a message can neither act on the terminal nor split the line."""
    return _UNSAFE.sub(lambda m: repr(m[0])[1:-1], text)


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

    output = _output_target(Path(args.output), args.paths) if args.output else None
    if output is None and sys.stdout is None:
        raise OutputError("standard output is closed; use -o FILE")
    result = _read(args.paths)
    if not result.documents:
        return EXIT_INPUT_ERRORS
    analysis = analyse(result.documents, lang=args.lang, genre=args.genre, dct=args.dct)
    for warning in analysis.warnings:
        _say("warning", warning)
    for failure in analysis.failures:
        if os.environ.get("TIMELINE_DEBUG"):
            raise failure.error
        _say("error", f"{failure} (TIMELINE_DEBUG=1 shows details)")
    rendered = RENDERERS[args.format](analysis)
    if output is None:
        _write_stdout(rendered)
    elif output.replace:
        _write_atomically(output.path, rendered, mode=output.mode)
    else:
        _write_directly(output.path, rendered)
    return EXIT_INPUT_ERRORS if result.errors or analysis.failures else EXIT_OK


@dataclass(frozen=True, slots=True)
class _Output:
    path: Path
    #: A regular file (new or existing) is replaced atomically; a device or pipe is written.
    replace: bool
    mode: int | None = None  # an existing file's permissions, kept


def _output_target(output: Path, inputs: Sequence[str]) -> _Output:
    shown = repr(str(output))
    try:
        info: os.stat_result | None = output.stat()  # follows links: the node written to
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise UsageError(f"output {shown}: {exc.strerror or exc}") from None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise UsageError(f"output {shown} is a folder")
    if info is not None and not stat.S_ISREG(info.st_mode):
        if stat.S_ISCHR(info.st_mode) or stat.S_ISFIFO(info.st_mode):
            return _Output(output, replace=False)  # /dev/null, /dev/stdout on a pipe
        raise UsageError(f"output {shown} is not a regular file, a device or a pipe")
    target = Path(os.path.realpath(output))  # through links: replace the file, keep the link
    if not target.parent.is_dir():
        raise UsageError(f"output folder {str(target.parent)!r} does not exist")
    if info is not None:
        for raw in inputs:
            if _overwrites(raw, output, info):
                raise UsageError(f"output {shown} would overwrite the input {raw!r}")
    mode = None if info is None else stat.S_IMODE(info.st_mode)
    return _Output(target, replace=True, mode=mode)


def _overwrites(raw: str, output: Path, info: os.stat_result) -> bool:
    """Whether writing ``output`` (``info``: its status) would change the input ``raw``."""
    try:
        if raw == "-":
            if sys.stdin is None:
                return False
            given = os.fstat(sys.stdin.fileno())
        else:
            given = os.stat(raw)
    except (OSError, ValueError):
        return False
    if (given.st_dev, given.st_ino) == (info.st_dev, info.st_ino):
        return True
    return raw != "-" and stat.S_ISDIR(given.st_mode) and _same_or_inside(output, Path(raw))


def _same_or_inside(output: Path, given: Path) -> bool:
    if given.is_dir():
        return given.resolve() in output.resolve().parents
    return output.resolve() == given.resolve()


def _write_stdout(text: str) -> None:
    assert sys.stdout is not None  # checked before the analysis
    data = memoryview(text.encode("utf-8"))
    try:
        sys.stdout.flush()
        try:
            fd = sys.stdout.fileno()
        except (AttributeError, ValueError, io.UnsupportedOperation):  # not a file: a test's
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
            return
        # Straight to the descriptor: the buffered writer can lose the rest of a partial
        # write (a file-size limit) without an error.
        while data:
            data = data[os.write(fd, data) :]
    except OSError as exc:  # a full disk, a file-size limit, a reader that went away
        # What is still buffered can never be written: send it nowhere, so that the
        # interpreter's flush at exit does not fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        raise OutputError(f"cannot write to standard output: {_reason(exc)}") from None


def _reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()


def _write_directly(output: Path, text: str) -> None:
    try:
        with open(output, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
    except OSError as exc:
        raise OutputError(f"cannot write {str(output)!r}: {_reason(exc)}") from None


def _write_atomically(output: Path, text: str, *, mode: int | None = None) -> None:
    """Write to a temporary file beside ``output``, then rename: never a half-written file.

    The file keeps the permissions ``mode`` of the file it replaces; a new file gets those
    the umask allows, as any other new file. SIGTERM removes the temporary file too.
    """
    if mode is None:
        umask = os.umask(0o022)
        os.umask(umask)
        mode = 0o666 & ~umask
    with _sigterm_exits():
        try:
            fd, temporary = tempfile.mkstemp(
                dir=output.parent, prefix=f".{output.name}.", suffix=".tmp"
            )
        except OSError as exc:
            raise OutputError(f"cannot write {str(output)!r}: {_reason(exc)}") from None
        try:
            os.fchmod(fd, mode)
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
                handle.write(text)
            os.replace(temporary, output)
        except BaseException as exc:
            Path(temporary).unlink(missing_ok=True)
            if isinstance(exc, OSError):
                raise OutputError(f"cannot write {str(output)!r}: {_reason(exc)}") from None
            raise


@contextmanager
def _sigterm_exits() -> Iterator[None]:
    """Within: SIGTERM raises SystemExit, so that clean-up code runs (main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _terminated)
    try:
        yield
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _terminated(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)


def _explore(args: argparse.Namespace) -> int:
    if args.models:
        from tui.core.entities import describe_models

        for line in describe_models():
            print(line)
        return EXIT_OK
    result = _read(args.paths)
    if not result.documents:
        return EXIT_INPUT_ERRORS
    if not (sys.stdin and sys.stdout and sys.stdin.isatty() and sys.stdout.isatty()):
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
