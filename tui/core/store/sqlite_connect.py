"""Opening a store's SQLite file: WAL mode, a lock timeout, never someone else's database.

Apart from :mod:`.sqlite_store` so that the curation (kept in the same file) opens it
without importing the analysis: ``timeline curation`` needs none of it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

#: Seconds a write waits for another run's write to finish before the store is given up.
LOCK_TIMEOUT = 30.0
#: Per-document results, each document's events, the names merged across a corpus, a
#: corpus's whole analysis, what reading each file gave, and a corpus's story events: one
#: payload per (key, version) in each.
TABLES = ("results", "events", "names", "corpus_events", "files", "stories")
#: The tables of the reader's curation (:mod:`tui.core.curation`), kept in the store's file.
CURATION_TABLES = frozenset({"curation", "sqlite_autoindex_curation_1"})
#: What a store's database holds (its tables, and the primary key indexes SQLite names).
_OWN_TABLES = {"meta", *TABLES, "sqlite_autoindex_meta_1", *CURATION_TABLES}


class StoreUnavailable(Exception):
    """The store cannot be used; the message says why, in one line."""


def connect(
    path: Path,
    timeout: float,
    prepare: Callable[[sqlite3.Connection], None],
    *,
    any_thread: bool = False,
) -> sqlite3.Connection:
    """A connection to the store file at ``path`` (created if need be) in WAL mode, its
    tables made ready by ``prepare``; :class:`StoreUnavailable` if it cannot be opened or is
    someone else's database (never added to). ``any_thread``: usable from another thread
    than the one that opened it (the caller then serialises its use)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreUnavailable(f"cannot create its folder: {_reason(error)}") from None
    try:
        connection = sqlite3.connect(
            path, timeout=timeout, isolation_level=None, check_same_thread=not any_thread
        )
    except sqlite3.Error as error:
        raise StoreUnavailable(describe_error(error)) from None
    try:
        # Autocommit mode (isolation_level=None) for the pragmas; writes use "with".
        connection.execute("PRAGMA journal_mode=WAL").fetchall()
        connection.execute("PRAGMA synchronous=NORMAL")
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        if not tables <= _OWN_TABLES:
            # Someone else's database given by mistake: never add to it.
            raise StoreUnavailable("it is a database, but not a timeline analysis store")
        prepare(connection)
    except sqlite3.Error as error:
        connection.close()
        raise StoreUnavailable(describe_error(error)) from None
    except StoreUnavailable:
        connection.close()
        raise
    return connection


def describe_error(error: sqlite3.Error) -> str:
    message = str(error)
    if "not a database" in message or "malformed" in message:
        return "the file is not a readable database (corrupt?)"
    if "locked" in message or "busy" in message:
        return "it is locked by another process"
    if "readonly" in message or "read-only" in message:
        return "it is not writable"
    if "unable to open" in message:
        return "it cannot be opened"
    return message


def _reason(error: OSError) -> str:
    return (error.strerror or str(error)).lower()


#: The layout of the tables; bumped when it changes. (The payloads' format is part of the
#: analyser's version: rows of another format are stale, not unreadable.)
_SCHEMA_VERSION = "1"
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);\n"
    + "".join(
        f"""CREATE TABLE IF NOT EXISTS {table} (
    document TEXT NOT NULL,
    analyser TEXT NOT NULL,
    stored REAL NOT NULL,
    payload BLOB NOT NULL,
    PRIMARY KEY (document, analyser)
) WITHOUT ROWID;
"""
        for table in TABLES
    )
)


def prepare_store(connection: sqlite3.Connection) -> None:
    """Create the tables a store lacks; :class:`StoreUnavailable` for another layout."""
    connection.executescript(_SCHEMA)
    schema = connection.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
    if schema is None:
        connection.execute(
            "INSERT OR IGNORE INTO meta (key, value) VALUES ('schema', ?)", [_SCHEMA_VERSION]
        )
    elif schema[0] != _SCHEMA_VERSION:
        raise StoreUnavailable(
            f"it was written by another version of timeline (schema {schema[0]});"
            " 'timeline store clear' starts it afresh"
        )


def open_store(path: Path, timeout: float) -> sqlite3.Connection:
    """A connection to the analysis store at ``path``, its tables ready; writes in
    transactions of their own (``with connection``)."""
    connection = connect(path, timeout, prepare_store)
    connection.isolation_level = "DEFERRED"
    return connection
