"""The analysis store's memory of what reading each file gave (see
:mod:`tui.core.documents.file_readings`): a corpus opened again is read from one table
instead of parsed file by file.

Only ever a help: a store that cannot be opened, is locked for long or fails later is
left alone (the analysis, which opens the store too, says why), and reading goes on as if
nothing were remembered. Readings are written in one transaction when the cache is closed.
"""

from __future__ import annotations

import os
import sqlite3
import time
from contextlib import suppress
from pathlib import Path

from tui.core.analysis import packing
from tui.core.documents.file_readings import FileReading, Stamp, reading_of, reading_row
from tui.core.store.keys import reader_version
from tui.core.store.sqlite_connect import StoreUnavailable, open_store

#: Seconds to wait for another run's write: a cache is not worth waiting long for.
_LOCK_TIMEOUT = 1.0


class StoredReadings:
    """A :class:`~tui.core.documents.file_readings.ReadingCache` in the store at ``path``."""

    def __init__(self, path: Path) -> None:
        self.version = reader_version()
        self._new: list[tuple[str, str, float, bytes]] = []
        #: Payloads read ahead by key, and the folders whose files were read ahead.
        self._kept: dict[str, bytes] = {}
        self._folders: set[str] = set()
        self._connection: sqlite3.Connection | None = None
        with suppress(StoreUnavailable):
            self._connection = open_store(path, _LOCK_TIMEOUT)

    def recall(self, path: str, shown: str, stamp: Stamp) -> FileReading | None:
        folder = os.path.dirname(path) + os.sep
        if not any(folder.startswith(done) for done in self._folders):
            self._folders.add(folder)
            self._kept.update(self._rows_under(folder))
        payload = self._kept.pop(_key(path, shown), None)
        if payload is None:
            return None
        try:
            kept_stamp, reading = packing.unpack_plain(payload)
            return reading_of(reading) if tuple(kept_stamp) == stamp else None
        except (*packing.UNREADABLE, UnicodeDecodeError):
            return None  # read again, and then replaced

    def _rows_under(self, folder: str) -> list[tuple[str, bytes]]:
        """The readings kept of the files in ``folder`` and below: one query for a folder
        of thousands of files rather than one each."""
        if self._connection is None:
            return []
        try:
            # Keys begin with the path: those of the folder's files sort between its name
            # with the separator and the name with the next character.
            return self._connection.execute(
                "SELECT document, payload FROM files"
                " WHERE document >= ? AND document < ? AND analyser = ?",
                (folder, folder[:-1] + chr(ord(os.sep) + 1), self.version),
            ).fetchall()
        except sqlite3.Error:
            self._give_up()
            return []

    def remember(self, path: str, shown: str, stamp: Stamp, reading: FileReading) -> None:
        if self._connection is not None:
            payload = packing.pack_plain((list(stamp), reading_row(reading)))
            self._new.append((_key(path, shown), self.version, time.time(), payload))

    def close(self) -> None:
        """Write what was remembered (all or nothing), and let the store go."""
        rows, self._new = self._new, []
        if self._connection is None:
            return
        if rows:
            with suppress(sqlite3.Error), self._connection:
                self._connection.executemany(
                    "INSERT OR REPLACE INTO files (document, analyser, stored, payload)"
                    " VALUES (?, ?, ?, ?)",
                    rows,
                )
        self._give_up()

    def _give_up(self) -> None:
        if self._connection is not None:
            with suppress(sqlite3.Error):
                self._connection.close()
            self._connection = None


def _key(path: str, shown: str) -> str:
    # The name shown is part of what a reading holds (in origins and warnings).
    return f"{path}\x00{shown}"
