"""The reader's curation on disk: one row per action, in the order they were made.

It lives in the analysis store's file when one is in use (a table beside the store's, on a
connection opened by the same rules: WAL, a lock timeout, never a file that is someone
else's database), else in a file of the user's data folder (:func:`curation_path`). Each
action is written in a transaction of its own, at once, with ``synchronous=FULL``: a run
that is killed loses nothing it had shown as done, and two runs on one file both keep
their actions (a write waits for the other's, never for its whole run).

Never fatal: a file that cannot be used, or a write that fails, says so once in
:attr:`CurationStore.problems`; the caller goes on with its curation in memory.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable, Iterable, Sequence
from contextlib import suppress
from pathlib import Path

from platformdirs import user_data_path

from tui.core.curation.actions import Action, ActionFormatError, from_record, to_record
from tui.core.store.sqlite_connect import LOCK_TIMEOUT, StoreUnavailable, connect, describe_error

CURATION_FILE = "curation.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS curation (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    payload TEXT NOT NULL
);
"""


def curation_path(store: Path | None) -> Path:
    """Where curation lives: in the analysis store ``store``, or (None) in the data folder."""
    if store is not None:
        return store
    return user_data_path("timeline", appauthor=False) / CURATION_FILE


def saved_actions(path: Path) -> list[Action]:
    """The actions saved at ``path``, without creating a file where there is none."""
    if not path.exists():
        return []
    with CurationStore(path) as saved:
        return saved.actions()


class CurationStore:
    """Curation actions in a SQLite file; usable from any thread, one call at a time."""

    def __init__(self, path: Path, *, timeout: float = LOCK_TIMEOUT, create: bool = True) -> None:
        """``create=False``: to read only; a file without a curation table is read as none,
        and is left as it was (no table is made in it)."""
        self.path = path
        #: What went wrong, one line each (the file is given up at the first).
        self.problems: list[str] = []
        #: Rows that hold no action this version can read: kept in the file, left out here.
        self.unreadable = 0
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = None
        #: Whether the file has a curation table (False only where ``create=False``).
        self._has_table = True
        try:
            self._connection = _open(path, timeout, _prepare if create else _prepare_reading)
            if not create:
                self._has_table = _has_table(self._connection)
        except StoreUnavailable as problem:
            self._give_up(str(problem))
        except sqlite3.Error as error:
            self._give_up(describe_error(error))

    @property
    def available(self) -> bool:
        return self._connection is not None

    def actions(self) -> list[Action]:
        """Every action in the file, in the order they were made (as other runs too left it)."""
        found: list[Action] = []
        unreadable = 0
        for (payload,) in self._read("SELECT payload FROM curation ORDER BY seq"):
            try:
                found.append(from_record(json.loads(payload)))
            except (ActionFormatError, ValueError):
                unreadable += 1
        self.unreadable = unreadable
        return found

    def ids(self) -> set[str]:
        return {row[0] for row in self._read("SELECT id FROM curation")}

    def add(self, actions: Iterable[Action]) -> bool:
        """Append ``actions`` (one already there, by id, is skipped) in one transaction;
        whether they were written."""
        rows = [(a.id, json.dumps(to_record(a), ensure_ascii=False)) for a in actions]
        return self._write("INSERT OR IGNORE INTO curation (id, payload) VALUES (?, ?)", rows)

    def remove(self, action_id: str) -> bool:
        """Take back the action ``action_id``; whether the file was changed as asked."""
        return self._write("DELETE FROM curation WHERE id = ?", [(action_id,)])

    def close(self) -> None:
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None

    def __enter__(self) -> CurationStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----------------------------------------------------------------- internals

    def _read(self, sql: str) -> list[tuple[str]]:
        with self._lock:
            if self._connection is None or not self._has_table:
                return []
            try:
                return self._connection.execute(sql).fetchall()
            except sqlite3.Error as error:
                self._give_up(describe_error(error))
                return []

    def _write(self, sql: str, rows: Sequence[Sequence[str]]) -> bool:
        with self._lock:
            if self._connection is None:
                return False
            try:
                with self._connection:  # one transaction: all rows or none
                    self._connection.executemany(sql, rows)
            except sqlite3.Error as error:
                self._give_up(describe_error(error))
                return False
            return True

    def _give_up(self, reason: str) -> None:
        if self._connection is not None:
            with suppress(sqlite3.Error):
                self._connection.close()
            self._connection = None
        self.problems.append(f"curation in {str(self.path)!r}: {reason}")


def _open(
    path: Path, timeout: float, prepare: Callable[[sqlite3.Connection], None]
) -> sqlite3.Connection:
    connection = connect(path, timeout, prepare, any_thread=True)
    connection.isolation_level = "IMMEDIATE"
    return connection


def _prepare(connection: sqlite3.Connection) -> None:
    _prepare_reading(connection)
    connection.executescript(_SCHEMA)


def _prepare_reading(connection: sqlite3.Connection) -> None:
    connection.execute("PRAGMA synchronous=FULL")  # the reader's work, not a cache


def _has_table(connection: sqlite3.Connection) -> bool:
    query = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'curation'"
    return connection.execute(query).fetchone() is not None
