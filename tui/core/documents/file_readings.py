"""What reading a file gave, remembered between runs: a corpus opened again is not parsed
again (a saved web page takes tens of milliseconds to extract; 5,000 text files about a
third of a second to decode and parse).

A reading is recalled only for the same file in the same state: its path as given and as
resolved, and its device, inode, size, and modification and change times (as ``git`` tells
a changed file from its stat). A file written within :data:`SETTLE_SECONDS` of being read is
not remembered: a second write within the clock's granularity would keep its stamp. A file
that gave an error is never remembered, so its error is reported again.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from typing import Protocol

from tui.core.model import Document

#: A file's identity and state: device, inode, size, modification and change time (ns).
Stamp = tuple[int, int, int, int, int]
#: How old a file's last change must be before its reading is remembered.
SETTLE_SECONDS = 2.0


def stamp_of(info: os.stat_result) -> Stamp:
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)


def settled(info: os.stat_result, now: float | None = None) -> bool:
    """Whether the file's last write is old enough for its stamp to tell the next one."""
    return (time.time() if now is None else now) - info.st_mtime_ns / 1e9 >= SETTLE_SECONDS


@dataclass(frozen=True, slots=True)
class FileReading:
    """The documents one file gave (with their ids as read, before any renaming to keep ids
    unique across the inputs) and its warnings, as reported."""

    documents: tuple[Document, ...]
    warnings: tuple[str, ...]


class ReadingCache(Protocol):
    """Where readings are remembered (the analysis store keeps them)."""

    def recall(self, path: str, shown: str, stamp: Stamp) -> FileReading | None:
        """The reading of the file at ``path`` (absolute), shown as ``shown``, if remembered
        for exactly ``stamp``."""

    def remember(self, path: str, shown: str, stamp: Stamp, reading: FileReading) -> None:
        """Keep ``reading`` (it may be written only when the cache is closed)."""


def reading_row(reading: FileReading) -> tuple[object, ...]:
    """``reading`` as plain data (for :mod:`tui.core.analysis.packing`)."""
    return (
        [
            (d.id, d.text, d.title, d.dct, d.source, d.url, d.origin, d.lang, d.lede, d.ignored)
            for d in reading.documents
        ],
        list(reading.warnings),
    )


def reading_of(row: tuple[object, ...]) -> FileReading:
    """The reading :func:`reading_row` gave ``row`` for; raises ``ValueError`` or
    ``TypeError`` for data of another shape."""
    documents, warnings = row
    if not isinstance(documents, list) or not isinstance(warnings, list):
        raise ValueError("not a file's reading")
    return FileReading(tuple(Document(*fields) for fields in documents), tuple(warnings))
