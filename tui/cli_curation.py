"""``timeline curation export|import FILE``: a reader's curation as a JSON file, to move it
between machines; and the saved curation that ``timeline extract`` applies."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from tui.cli import (
    EXIT_OK,
    PROG,
    _add_store_options,
    _Parser,
    say,
    store_path,
    terminal_safe,
)
from tui.cli_errors import RunError, UsageError
from tui.cli_output import output_target, write_output

if TYPE_CHECKING:
    from tui.core.curation import Action, CurationStore

#: A curation file larger than this is no curation file (it is read whole).
MAX_FILE_BYTES = 256 * 1024 * 1024


def curation_parser() -> _Parser:
    parser = _Parser(
        prog=f"{PROG} curation",
        description="Move your curation (hidden, starred and edited events, notes, merged and"
        " removed entities) between machines as a JSON file. It is kept in the analysis"
        " store's file, or with --no-store in your data folder.",
    )
    parser.add_argument(
        "action",
        choices=("export", "import"),
        help="export: write the curation to FILE; import: add FILE's curation (actions"
        " already there are skipped)",
    )
    parser.add_argument("file", metavar="FILE", help="the JSON file")
    _add_store_options(parser)
    return parser


def curation(argv: Sequence[str]) -> int:
    args = curation_parser().parse_args(list(argv))
    if args.action == "export":
        return _export(Path(args.file), store_path(args))
    return _import(Path(args.file), store_path(args))


def _export(file: Path, store: Path | None) -> int:
    from tui.core.curation import curation_path, dump_actions, unreadable_warning

    target = output_target(file, [str(curation_path(store))])  # never over the database
    actions: list[Action] = []
    unreadable = 0
    if curation_path(store).exists():  # else nothing is curated, and no file is made for it
        with _opened(store, create=False) as saved:
            actions = saved.actions()
            unreadable = saved.unreadable
            if saved.problems:  # an empty file would pass for the curation: write none
                raise RunError("; ".join(saved.problems))
    write_output(target, [dump_actions(actions)])
    if unreadable:
        say("warning", unreadable_warning(unreadable))
    print(f"{terminal_safe(str(file))}: exported {len(actions)} curation actions")
    return EXIT_OK


def _import(file: Path, store: Path | None) -> int:
    from tui.core.curation import CurationFileError, load_actions

    shown = terminal_safe(str(file))
    try:
        if file.stat().st_size > MAX_FILE_BYTES:
            raise UsageError(f"{shown}: too large for a curation file")
        text = file.read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot read {shown}: {(exc.strerror or str(exc)).lower()}") from None
    except UnicodeDecodeError:
        raise UsageError(f"{shown}: not a curation file (not UTF-8 text)") from None
    try:
        actions = load_actions(text)
    except CurationFileError as exc:
        raise UsageError(f"{shown}: {exc}") from None
    with _opened(store) as saved:
        known = saved.ids()
        new = list({a.id: a for a in actions if a.id not in known}.values())
        if not saved.add(new):
            raise RunError("; ".join(saved.problems))
    skipped = len(actions) - len(new)
    print(f"{shown}: imported {len(new)} curation actions ({skipped} already there)")
    return EXIT_OK


def _opened(store: Path | None, *, create: bool = True) -> CurationStore:
    from tui.core.curation import CurationStore, curation_path

    saved = CurationStore(curation_path(store), create=create)
    if not saved.available:
        raise RunError("; ".join(saved.problems))
    return saved


def saved_curation(args: argparse.Namespace) -> list[Action]:
    """The curation ``timeline extract`` applies (none with ``--no-curation``); a file
    that cannot be read is a warning, and no curation."""
    if args.no_curation:
        return []
    from tui.core.curation import CurationStore, curation_path, unreadable_warning

    store = store_path(args)
    path = curation_path(store)
    if not path.exists():  # nothing curated yet: no file made for it
        return []
    with CurationStore(path, create=False) as saved:  # read only: no table made
        actions = saved.actions()
        if store is None:  # in the store's file, the store's own warning says it
            for problem in saved.problems:
                say("warning", problem)
        if saved.unreadable:
            say("warning", unreadable_warning(saved.unreadable))
    return actions
