"""The analysis store's database: SQLite in WAL mode, one row per document result.

Never fatal: a store that cannot be opened (a read-only folder, a file that is no database,
a lock held too long) or that fails later says so once in :attr:`AnalysisStore.problems`,
and the run goes on without it. Every write is one short transaction, so a killed run leaves
the database as it was after its last finished batch, and two runs on one store both
succeed (the second waits for the first one's write, never for its whole run).
"""

from __future__ import annotations

import hashlib
import sqlite3
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import closing, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tui.core.analysis import packing
from tui.core.analysis.corpus_codec import KeptCorpus, decode_corpus, encode_corpus
from tui.core.analysis.event_codec import decode_events, encode_events
from tui.core.analysis.names_codec import MergedNames, decode_names, encode_names
from tui.core.collection_pause import collection_paused
from tui.core.model import Document, Event, Mention
from tui.core.store.keys import (
    corpus_events_key,
    events_key,
    reader_version,
    stories_version,
)
from tui.core.store.sqlite_connect import (
    LOCK_TIMEOUT,
    StoreUnavailable,
    describe_error,
    open_store,
)
from tui.core.store.sqlite_connect import (
    TABLES as _TABLES,
)

if TYPE_CHECKING:
    from tui.core.analysis.per_document import DocumentResult
    from tui.core.stories import Stories

#: Keys looked up per query (SQLite allows a few thousand parameters per statement).
_LOOKUP_CHUNK = 500

#: The names merged across a corpus, and its events, are kept for this many corpora (the
#: last ones built).
KEPT_CORPORA = 16
#: Events are written in transactions of this many documents.
_EVENTS_BATCH = 200
#: What decoding a damaged payload raises: such a row is computed again, and then replaced.
_UNREADABLE = (*packing.UNREADABLE, UnicodeDecodeError)
#: The first bytes of every SQLite database file.
_SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True, slots=True)
class StoreInfo:
    path: Path
    size: int  # bytes on disk, the write-ahead log included
    results: int  # of the current analyser
    stale: int  # of other analyser versions
    analyser: str


class AnalysisStore:
    """Results of the per-document analysis by (document key, analyser version)."""

    def __init__(
        self,
        path: Path,
        analyser: str,
        *,
        events_version: str | None = None,
        timeout: float = LOCK_TIMEOUT,
    ) -> None:
        self.path = path
        self.analyser = analyser
        #: The version events are stored under (None: events are not stored).
        self.events_version = events_version
        self._new_events: list[tuple[str, str, float, bytes]] = []
        #: What went wrong, one line each (the store is given up at the first).
        self.problems: list[str] = []
        self._connection: sqlite3.Connection | None = None
        try:
            self._connection = open_store(path, timeout)
        except StoreUnavailable as problem:
            self._give_up(str(problem))

    @property
    def available(self) -> bool:
        return self._connection is not None

    def get_many(self, keys: Sequence[str]) -> dict[str, DocumentResult]:
        """The stored results of those of ``keys`` that have one."""
        # Here: a corpus read back whole needs no per-document result, nor their analysis.
        from tui.core.analysis import codec

        found: dict[str, DocumentResult] = {}
        for chunk in _chunks(list(dict.fromkeys(keys)), _LOOKUP_CHUNK):
            rows = self._query(
                "SELECT document, payload FROM results WHERE analyser = ? AND document IN"
                f" ({','.join('?' * len(chunk))})",
                [self.analyser, *chunk],
            )
            with collection_paused():
                for key, payload in rows:
                    with suppress(*_UNREADABLE):
                        found[key] = codec.decode(payload)
        return found

    def put_many(self, items: Iterable[tuple[str, DocumentResult]]) -> None:
        from tui.core.analysis import codec

        self._insert(
            "results", [(key, self.analyser, time.time(), codec.encode(r)) for key, r in items]
        )

    def events_for(
        self, document: Document, document_key: str, mentions: Sequence[Mention]
    ) -> list[Event] | None:
        """The events stored for ``document`` with these merged ``mentions``, if any."""
        if self.events_version is None:
            return None
        key = events_key(document, document_key, mentions)
        rows = self._query(
            "SELECT payload FROM events WHERE document = ? AND analyser = ?",
            [key, self.events_version],
        )
        if rows:
            with suppress(*_UNREADABLE):
                return decode_events(rows[0][0])
        return None

    def keep_events(
        self,
        document: Document,
        document_key: str,
        mentions: Sequence[Mention],
        events: list[Event],
    ) -> None:
        """Keep ``events`` (see :meth:`events_for`); written in batches, and at :meth:`close`."""
        if self.events_version is None or self._connection is None:
            return
        key = events_key(document, document_key, mentions)
        self._new_events.append((key, self.events_version, time.time(), encode_events(events)))
        if len(self._new_events) >= _EVENTS_BATCH:
            self._flush_events()

    def merged_names(self, document_keys: Sequence[str]) -> MergedNames | None:
        """The names merged across the documents of these result keys (in this order), if
        kept: all that merging reads is their results, and the analyser's version covers
        the merging code."""
        rows = self._query(
            "SELECT payload FROM names WHERE document = ? AND analyser = ?",
            [_corpus_key(document_keys), self.analyser],
        )
        if rows:
            with suppress(*_UNREADABLE), collection_paused():
                return decode_names(rows[0][0])
        return None

    def keep_merged_names(self, document_keys: Sequence[str], merged: MergedNames) -> None:
        """Keep ``merged`` (see :meth:`merged_names`); only the last :data:`KEPT_CORPORA`
        corpora's names are kept: each subset of a corpus opened is a corpus of its own."""
        key = _corpus_key(document_keys)
        self._insert("names", [(key, self.analyser, time.time(), encode_names(merged))])
        self._keep_last_corpora("names")

    def corpus_analysis(
        self, documents: Sequence[Document], document_keys: Sequence[str]
    ) -> KeptCorpus | None:
        """The whole analysis of a corpus (``documents``, ``document_keys`` their result
        keys: each document's analysis, the entities, the events in the timeline's order),
        if kept: one read instead of a result, names and events per document, and nothing
        merged or sorted."""
        if self.events_version is None:
            return None
        rows = self._query(
            "SELECT payload FROM corpus_events WHERE document = ? AND analyser = ?",
            [corpus_events_key(documents, document_keys), self.events_version],
        )
        if rows:
            with suppress(*_UNREADABLE), collection_paused():
                return decode_corpus(rows[0][0], documents)
        return None

    def keep_corpus_analysis(
        self, documents: Sequence[Document], document_keys: Sequence[str], corpus: KeptCorpus
    ) -> None:
        """Keep ``corpus`` (see :meth:`corpus_analysis`), for the last :data:`KEPT_CORPORA`
        corpora."""
        if self.events_version is None or self._connection is None:
            return
        key = corpus_events_key(documents, document_keys)
        self._insert(
            "corpus_events", [(key, self.events_version, time.time(), encode_corpus(corpus))]
        )
        self._keep_last_corpora("corpus_events")

    def stories(self, key: str, events: Mapping[str, Event]) -> Stories | None:
        """The story events kept under ``key`` (:func:`~.keys.stories_key`) of these
        ``events`` (by id), if any."""
        from tui.core.stories.codec import decode_stories

        rows = self._query(
            "SELECT payload FROM stories WHERE document = ? AND analyser = ?",
            [key, stories_version()],
        )
        return decode_stories(rows[0][0], events) if rows else None

    def keep_stories(self, key: str, stories: Stories, events: Mapping[str, Event]) -> None:
        """Keep ``stories`` (see :meth:`stories`), for the last :data:`KEPT_CORPORA` corpora."""
        from tui.core.stories.codec import encode_stories

        payload = encode_stories(stories, events)
        if payload is not None and self._connection is not None:
            self._insert("stories", [(key, stories_version(), time.time(), payload)])
            self._keep_last_corpora("stories")

    def _keep_last_corpora(self, table: str) -> None:
        if self._connection is not None:
            self._write(
                f"DELETE FROM {table} WHERE (document, analyser) NOT IN"
                f" (SELECT document, analyser FROM {table} ORDER BY stored DESC LIMIT ?)",
                [(KEPT_CORPORA,)],
            )

    def _flush_events(self) -> None:
        rows, self._new_events = self._new_events, []
        self._insert("events", rows)

    def _insert(self, table: str, rows: Sequence[tuple[str, str, float, bytes]]) -> None:
        """Add or replace ``rows`` of ``table`` (one of :data:`_TABLES`), in one
        transaction."""
        if rows and self._connection is not None:
            self._write(
                f"INSERT OR REPLACE INTO {table} (document, analyser, stored, payload)"
                " VALUES (?, ?, ?, ?)",
                rows,
            )

    def info(self) -> StoreInfo:
        counts: dict[int, int] = dict(
            self._query(
                "SELECT analyser = ?, COUNT(*) FROM results GROUP BY analyser = ?",
                [self.analyser, self.analyser],
            )
        )
        size = sum(
            p.stat().st_size
            for p in (self.path, Path(f"{self.path}-wal"), Path(f"{self.path}-shm"))
            if p.exists()
        )
        return StoreInfo(self.path, size, counts.get(1, 0), counts.get(0, 0), self.analyser)

    def clear(self, *, stale_only: bool = False) -> int:
        """Remove every document's analysis (or those of other versions), its events too;
        how many analyses were removed."""
        if self._connection is None:
            return 0
        info = self.info()
        if stale_only:
            self._write("DELETE FROM results WHERE analyser != ?", [(self.analyser,)])
            self._write("DELETE FROM events WHERE analyser != ?", [(self.events_version,)])
            self._write("DELETE FROM names WHERE analyser != ?", [(self.analyser,)])
            self._write("DELETE FROM corpus_events WHERE analyser != ?", [(self.events_version,)])
            self._write("DELETE FROM files WHERE analyser != ?", [(reader_version(),)])
            self._write("DELETE FROM stories WHERE analyser != ?", [(stories_version(),)])
        else:
            for table in _TABLES:
                self._write(f"DELETE FROM {table}", [()])
        removed = info.stale if stale_only else info.stale + info.results
        if self._connection is not None:
            with suppress(sqlite3.Error):  # space is given back later; the rows are gone
                self._connection.execute("VACUUM")
        return removed

    def close(self) -> None:
        self._flush_events()
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def __enter__(self) -> AnalysisStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----------------------------------------------------------------- internals

    def _query(self, sql: str, parameters: Sequence[object]) -> list[tuple[Any, ...]]:
        if self._connection is None:
            return []
        try:
            with closing(self._connection.execute(sql, parameters)) as cursor:
                return cursor.fetchall()
        except sqlite3.Error as error:
            self._give_up(describe_error(error))
            return []

    def _write(self, sql: str, rows: Sequence[Sequence[object]]) -> None:
        assert self._connection is not None
        try:
            with self._connection:  # one transaction: all rows or none
                self._connection.executemany(sql, rows)
        except sqlite3.Error as error:
            self._give_up(describe_error(error))

    def _give_up(self, reason: str) -> None:
        if self._connection is not None:
            with suppress(sqlite3.Error):
                self._connection.close()
            self._connection = None
        self.problems.append(f"analysis store {str(self.path)!r}: {reason}; going on without it")


def _corpus_key(document_keys: Sequence[str]) -> str:
    return hashlib.sha256("\n".join(document_keys).encode()).hexdigest()


def remove_store_files(path: Path) -> bool:
    """Delete an unreadable store (and its log files): only a file that is an SQLite
    database, so that a wrong path never costs the user a file of theirs."""
    try:
        with open(path, "rb") as handle:
            if handle.read(len(_SQLITE_HEADER)) != _SQLITE_HEADER:
                return False
    except OSError:
        return False
    for part in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        part.unlink(missing_ok=True)
    return True


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
