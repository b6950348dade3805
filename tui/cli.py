"""The ``timeline`` command: the explorer by default, ``timeline extract`` for scripts,
``timeline summary`` for a corpus's key dates (:mod:`tui.cli_summary`).

Errors are one line on stderr and a non-zero exit, never a traceback (set
``TIMELINE_DEBUG=1`` to see one). Inputs are only ever read.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from tui import __version__
from tui.batch_collection import collect_less_often
from tui.cli_errors import OutputError, RunError, UsageError
from tui.process_exit import exit_process

if TYPE_CHECKING:
    from tui.cli_output import OutputTarget
    from tui.core.analysis.runners import Runner
    from tui.core.curation import Action
    from tui.core.documents import FilesRead, ReadResult
    from tui.core.export import ExportOptions
    from tui.core.model import Document, DocumentFailure, EventMark

EXIT_OK = 0
EXIT_INPUT_ERRORS = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
PROG = "timeline"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _dct(raw: str) -> str:
    from tui.core.documents.dates import parse_publication_date

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
    parser.add_argument(
        "--jobs",
        type=whole_number,
        default=default_jobs(),
        metavar="N",
        help=f"analyse in N processes (default: the number of cores, {default_jobs()})",
    )
    parser.add_argument(
        "--cluster",
        metavar="ADDRESS",
        help="analyse on the Dask cluster whose scheduler is at ADDRESS (tcp://HOST:8786;"
        " needs timeline[cluster])",
    )
    _add_store_options(parser)


def _add_store_options(parser: argparse.ArgumentParser) -> None:
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--store",
        type=Path,
        metavar="PATH",
        help="the analysis store, a SQLite file that keeps each article's analysis"
        " (default: in your cache folder)",
    )
    where.add_argument(
        "--no-store", action="store_true", help="neither read nor write the analysis store"
    )


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on every platform
        return os.cpu_count() or 1


def whole_number(raw: str) -> int:
    """An option's count: a whole number from 1."""
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number from 1, not {raw!r}")
    return value


def store_path(args: argparse.Namespace) -> Path | None:
    if args.no_store:
        return None
    if args.store is not None:
        return Path(args.store)
    from tui.core.store import default_store_path

    return default_store_path()


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
        "--format",
        choices=("json", "jsonl", "csv", "md", "timelinejs", "ics"),
        default="json",
        help="timelinejs: TimelineJS 3 JSON; ics: iCalendar (default: json)",
    )
    parser.add_argument("--starred", action="store_true", help="only the events the reader starred")
    parser.add_argument(
        "--include-hidden",
        action="store_true",
        help="also the events the reader hid (left out by default)",
    )
    parser.add_argument(
        "--group-entity",
        metavar="NAME",
        help="timelinejs: the events of the entity NAME (a name or alias) in a group of their"
        " own, the others in a second one (default: a group per article)",
    )
    parser.add_argument(
        "--no-curation",
        action="store_true",
        help="the analysis as made, without your curation (hidden, edited, merged ...)",
    )
    add_output_options(parser)
    return parser


def add_output_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE instead of standard output"
    )
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar on standard error"
    )


def _store_parser() -> _Parser:
    parser = _Parser(
        prog=f"{PROG} store",
        description="Show or empty the analysis store (articles analysed before are read"
        " from it instead of being analysed again).",
    )
    parser.add_argument("action", choices=("info", "clear"), help="info: what it holds; clear:"
                        " remove every analysis it holds")  # fmt: skip
    parser.add_argument(
        "--stale",
        action="store_true",
        help="with clear: remove only analyses made by other versions of timeline",
    )
    parser.add_argument(
        "--store", type=Path, metavar="PATH", help="the store file (default: in your cache folder)"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command ``argv`` and return its exit status. Without ``argv``, as the
    ``timeline`` program (the arguments from ``sys.argv``), a command that runs to an end
    collects garbage less often (:mod:`tui.batch_collection`) and reuses the regular
    expressions an earlier run compiled (:mod:`tui.kept_patterns`), and the process ends
    here once the command is done, without the interpreter's slow tear-down
    (:mod:`tui.process_exit`)."""
    args = list(sys.argv[1:] if argv is None else argv)
    batch = argv is None and args[:1] in (["extract"], ["store"], ["curation"], ["summary"])
    if not batch:  # the explorer keeps its own settings (and imports no more than it needs)
        code = _command(args)
    else:  # runs to an end
        from tui.kept_patterns import KeptPatterns, cache_file

        patterns = KeptPatterns(cache_file())
        collect_less_often()
        patterns.hand_over()
        code = _command(args)
        patterns.keep()
    if argv is None:
        exit_process(code)
    return code


def _command(args: list[str]) -> int:
    try:
        if args[:1] == ["extract"]:
            return _extract(_extract_parser().parse_args(args[1:]))
        if args[:1] == ["store"]:
            return _store(_store_parser().parse_args(args[1:]))
        if args[:1] == ["curation"]:
            from tui.cli_curation import curation  # its own module: cli.py stays small

            return curation(args[1:])
        if args[:1] == ["summary"]:
            from tui.cli_summary import summary  # its own module: cli.py stays small

            return summary(args[1:])
        return _explore(_app_parser().parse_args(args))
    except UsageError as exc:
        say("error", str(exc))
        return EXIT_USAGE
    except (OutputError, RunError) as exc:
        say("error", str(exc))
        return EXIT_INPUT_ERRORS
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except Exception as exc:  # the last line of defence: one line, not a traceback
        if os.environ.get("TIMELINE_DEBUG"):
            raise
        say("error", f"unexpected {type(exc).__name__}: {exc} (TIMELINE_DEBUG=1 shows details)")
        return EXIT_INPUT_ERRORS


def _cluster_runner(address: str | None) -> Runner | None:
    if address is None:
        return None
    from tui.core.analysis.cluster import ClusterRunner

    return ClusterRunner(address)


def _store(args: argparse.Namespace) -> int:
    from tui.core.store import (
        AnalysisStore,
        analyser_version,
        default_store_path,
        events_version,
        remove_store_files,
    )

    path = args.store if args.store is not None else default_store_path()
    if args.action == "info" and not path.exists():
        print(f"{terminal_safe(str(path))}: no analysis store yet")
        return EXIT_OK
    with AnalysisStore(path, analyser_version(), events_version=events_version()) as store:
        if not store.available:
            kept = None
            if args.action == "clear":
                from tui.cli_kept_curation import remove_keeping_curation

                kept = remove_keeping_curation(path, remove_store_files)
            if kept is not None:
                print(f"{terminal_safe(str(path))}: removed the unreadable store")
                if kept:
                    print(f"{terminal_safe(str(path))}: kept {kept} curation actions")
                return EXIT_OK
            for problem in store.problems:
                say("error", problem)
            return EXIT_INPUT_ERRORS
        if args.action == "clear":
            count = store.clear(stale_only=args.stale)
            kind = "analyses of other versions" if args.stale else "analyses"
            print(f"{terminal_safe(str(path))}: removed {count} {kind}")
            return EXIT_OK
        info = store.info()
    print(f"store:    {terminal_safe(str(info.path))}")
    print(f"size:     {info.size / 1e6:.1f} MB")
    print(f"analyses: {info.results} by this version ({info.analyser})")
    print(f"stale:    {info.stale} by other versions ('timeline store clear --stale' removes them)")
    return EXIT_OK


def say(kind: str, message: str) -> None:
    if sys.stderr is not None:  # None when the standard error is closed
        print(f"{PROG}: {kind}: {terminal_safe(message)}", file=sys.stderr)


#: What must not reach a terminal raw: C0 and C1 controls (ESC starts CSI and OSC sequences),
#: line and paragraph separators, bidirectional overrides, and lone surrogates. Compiled on
#: first use (4 M instructions, more than building the explorer's parser).
_UNSAFE = (
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def terminal_safe(text: str) -> str:
    """``text`` with every control character written as its escape (``\\x1b``, ``\\n``): a
    file name or text in a message can neither act on the terminal nor split the line."""
    return re.sub(_UNSAFE, lambda m: repr(m[0])[1:-1], text)


def read_paths(paths: Sequence[str], store: Path | None = None) -> ReadResult:
    """The documents of ``paths`` (the seed article without), each warning and error said;
    ``store``: the analysis store, which remembers what each file gave."""
    result = read_files(paths, store)
    say_read(result)
    return result


def read_files(
    paths: Sequence[str], store: Path | None = None, progress: FilesRead | None = None
) -> ReadResult:
    """:func:`read_paths` without a word (the explorer reads after its first frame, and
    shows the problems itself); ``progress``: told after each file."""
    # The readers: imported here, not with this module (the explorer reads the inputs
    # after its first frame).
    from tui.core.documents import ReadResult, load_seed, read_inputs

    if not paths:
        return ReadResult(documents=[load_seed()])
    if store is None:
        return read_inputs(paths, progress=progress)
    from tui.core.store.file_readings import StoredReadings

    cache = StoredReadings(store)
    try:
        return read_inputs(paths, cache=cache, progress=progress)
    finally:
        cache.close()


def say_read(result: ReadResult) -> None:
    """Each warning and error of reading the inputs, a line each on standard error."""
    for warning in result.warnings:
        say("warning", warning)
    for error in result.errors:
        say("error", str(error))


def _extract(args: argparse.Namespace) -> int:
    if args.group_entity is not None and args.format != "timelinejs":
        raise UsageError("--group-entity is an option of --format timelinejs")
    output = output_of(args)
    result = read_paths(args.paths, store_path(args))
    if not result.documents:
        return EXIT_INPUT_ERRORS
    from tui.cli_curation import saved_curation

    actions = saved_curation(args)
    with analysis_options(args) as options:
        failures = _write_analysis(result.documents, args, output, options, actions)
    report_failures(failures)
    return EXIT_INPUT_ERRORS if result.errors or failures else EXIT_OK


def output_of(args: argparse.Namespace) -> OutputTarget | None:
    """Where ``-o`` writes (None: standard output), checked before any work is done."""
    from tui.cli_output import output_target  # not on the explorer's way to its first frame

    output = output_target(Path(args.output), args.paths) if args.output else None
    if output is None and sys.stdout is None:
        raise OutputError("standard output is closed; use -o FILE")
    return output


@contextmanager
def analysis_options(args: argparse.Namespace) -> Iterator[dict[str, Any]]:
    """The options of ``tui.core.analysis.analyse`` the command line gives, with a progress
    bar while they are in use; a cluster out of reach is a one-line error."""
    from tui.core.analysis.cluster import ClusterUnavailable
    from tui.progress_bar import progress_bar

    with progress_bar(enabled=not args.quiet) as progress:
        try:
            yield {
                "lang": args.lang,
                "genre": args.genre,
                "dct": args.dct,
                "jobs": args.jobs,
                "runner": _cluster_runner(args.cluster),
                "store": store_path(args),
                "progress": progress,
            }
        except ClusterUnavailable as exc:
            raise RunError(str(exc)) from None


def report_failures(failures: Sequence[DocumentFailure]) -> None:
    for failure in failures:
        if os.environ.get("TIMELINE_DEBUG"):
            raise failure.error
        say("error", f"{failure} (TIMELINE_DEBUG=1 shows details)")


def _write_analysis(
    documents: Sequence[Document],
    args: argparse.Namespace,
    output: OutputTarget | None,
    options: dict[str, Any],
    curation: Sequence[Action],
) -> list[DocumentFailure]:
    """Analyse, curate and write ``documents``; the documents that failed. JSON Lines and
    CSV are written document by document as their events are built; the other formats need
    the whole analysis first. The reader's curation (``Analysis.marks``) chooses the events."""
    from functools import partial

    from tui.cli_output import write_output
    from tui.core.analysis import analyse, analyse_stream
    from tui.core.curation import curate, curate_stream, orphans_warning
    from tui.core.export import (
        CALENDAR_FORMATS,
        STREAMED,
        ExportOptions,
        UnknownEntity,
        left_out,
        render,
        selected,
        selected_parts,
    )
    from tui.core.stories.kept import stories_of

    fmt = args.format
    chosen = ExportOptions(
        include_hidden=args.include_hidden,
        starred_only=args.starred,
        group_entity=args.group_entity,
    )
    if fmt in STREAMED:
        streamed = analyse_stream(documents, **options)
        for warning in streamed.warnings:
            say("warning", warning)
        stream = curate_stream(streamed.entities, streamed.parts, curation)
        parts = selected_parts(stream.parts, stream.marks, chosen)
        write_output(output, STREAMED[fmt](stream.entities, parts, stream.marks))
        # Known once every part is read.
        if stream.orphans:
            say("warning", orphans_warning(len(stream.orphans)))
        _warn_if_none_starred(chosen, stream.marks)
        return streamed.failures
    curated = curate(analyse(documents, **options), curation)
    analysis = curated.analysis
    for warning in analysis.warnings:
        say("warning", warning)
    if curated.orphans:
        say("warning", orphans_warning(len(curated.orphans)))
    _warn_if_none_starred(chosen, analysis.marks)
    try:
        text = render(analysis, fmt, chosen, partial(stories_of, store=options["store"]))
    except UnknownEntity as exc:
        raise RunError(str(exc)) from None
    unplaced = left_out(selected(analysis, chosen)) if fmt in CALENDAR_FORMATS else 0
    if unplaced:
        say("warning", f"{unplaced} events whose date names no year are left out of {fmt}")
    write_output(output, [text])
    return analysis.failures


def _warn_if_none_starred(chosen: ExportOptions, marks: Mapping[str, EventMark]) -> None:
    if chosen.starred_only and not any(mark.starred for mark in marks.values()):
        say("warning", "--starred: no event is starred, so none is written")


def _explore(args: argparse.Namespace) -> int:
    if args.models:
        from tui.core.entities import describe_models

        for line in describe_models():
            print(line)
        return EXIT_OK
    if args.paths and not any(os.path.lexists(path) for path in args.paths):
        read_paths(args.paths)  # says why each one cannot be read
        return EXIT_INPUT_ERRORS
    if not (sys.stdin and sys.stdout and sys.stdin.isatty() and sys.stdout.isatty()):
        raise UsageError("the explorer needs a terminal; use 'timeline extract' in scripts")
    from functools import partial

    from tui.ui.app import TimelineApp  # Textual is loaded only for the explorer

    # The inputs (without paths, the sample article) are read after the first frame, in
    # the analysis worker: a first reading of thousands of web pages takes a while.
    app = TimelineApp(
        None,
        read=partial(read_files, args.paths, store_path(args)) if args.paths else None,
        lang=args.lang,
        genre=args.genre,
        dct=args.dct,
        jobs=args.jobs,
        store=store_path(args),
        runner=_cluster_runner(args.cluster),
    )
    app.run()
    # What could not be read was shown in the app; said here too, to stay in the terminal.
    result = app.read_result
    if result is not None:
        say_read(result)
    return EXIT_INPUT_ERRORS if result is not None and result.errors else EXIT_OK
