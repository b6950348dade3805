"""Document readers: ``.txt``, ``.md``, ``.jsonl``, web pages, folders and stdin.

Text is kept exactly; of a web page, the text is the article extracted from it.
"""

from __future__ import annotations

import codecs
import errno
import os
import stat
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO

from tui.core.bundled import bundled_dir
from tui.core.documents.decoding import DecodingError, decode
from tui.core.documents.file_readings import (
    FileReading,
    ReadingCache,
    settled,
    stamp_of,
)
from tui.core.documents.html import NoArticleError, parse_html
from tui.core.documents.jsonl import parse_jsonl
from tui.core.documents.markdown import parse_markdown
from tui.core.documents.plaintext import parse_plain_text
from tui.core.model import Document

__all__ = [
    "SUPPORTED_SUFFIXES",
    "FilesRead",
    "InputError",
    "ReadResult",
    "load_seed",
    "read_inputs",
]

SUPPORTED_SUFFIXES = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".html": "html",
    ".htm": "html",
}
STDIN = "-"
#: The most bytes read from any one input (a file, or standard input): generous for news
#: text, and a stream that never ends (``- < /dev/zero``) is refused instead of filling memory.
MAX_INPUT_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class InputError:
    """An input (or one line of it) that could not be read."""

    origin: str
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


@dataclass(slots=True)
class ReadResult:
    documents: list[Document] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    #: Things the user should know that did not stop a document from being read.
    warnings: list[str] = field(default_factory=list)


def load_seed() -> Document:
    """The article that ships with the package, shown when no input is given."""
    seeds = sorted(
        (entry for entry in bundled_dir("seeds").iterdir() if entry.name.endswith(".txt")),
        key=lambda entry: entry.name,
    )
    if not seeds:
        raise FileNotFoundError("the bundled seed article is missing from this installation")
    entry = seeds[0]
    document, _ = parse_plain_text(
        decode(entry.read_bytes()).text, doc_id=Path(entry.name).stem, origin=entry.name
    )
    return document


#: Told how many files have been read so far (after each one).
FilesRead = Callable[[int], None]


def read_inputs(
    paths: Sequence[str],
    *,
    stdin: BinaryIO | None = None,
    cache: ReadingCache | None = None,
    progress: FilesRead | None = None,
) -> ReadResult:
    """Read every path (files, folders, ``-`` for stdin); one bad input never stops the rest.
    ``cache``: where files' readings are recalled from and remembered (see
    :mod:`.file_readings`); ``progress``: told after each file (it may raise to stop)."""
    reader = _Reader(stdin, cache, progress)
    for raw in paths:
        reader.read_argument(raw)
    return reader.result


class _Reader:
    def __init__(
        self,
        stdin: BinaryIO | None,
        cache: ReadingCache | None = None,
        progress: FilesRead | None = None,
    ) -> None:
        self.result = ReadResult()
        self._stdin = stdin
        self._cache = cache
        self._progress = progress
        self._files_read = 0
        self._ids: set[str] = set()
        #: The files read, by device and inode: a file given twice is read once.
        self._seen: dict[tuple[int, int], str] = {}
        #: The documents of the file being read, as read (while a cache is to remember it).
        self._read_as: list[Document] | None = None

    def read_argument(self, raw: str) -> None:
        if raw == STDIN:
            self._read_stdin()
            return
        path = Path(raw)
        try:
            if path.is_dir():
                self._read_directory(path, raw)
            elif path.exists():
                self._read_file(path, raw, explicit=True)
            else:
                self._error(raw, _missing(path))
        except OSError as exc:
            self._error(raw, _reason(exc))

    def _read_directory(self, directory: Path, shown: str) -> None:
        """Every supported file below ``directory``, in name order. Linked folders are
        followed, each folder once (a link back up the tree is a warning, not a loop), and a
        folder that cannot be listed is an error of its own."""
        found = failed = False
        info = directory.stat()
        folders = {(info.st_dev, info.st_ino): shown}

        def unlisted(exc: OSError) -> None:
            nonlocal failed
            failed = True
            self._error(str(exc.filename or shown), _reason(exc))

        for root, dirs, files in os.walk(directory, onerror=unlisted, followlinks=True):
            dirs[:] = [
                d
                for d in sorted(dirs)
                if not d.startswith(".") and self._new_folder(Path(root) / d, folders)
            ]
            for name in sorted(files):
                # Strings, not Paths, for each of thousands of files (a tenth of a second).
                if name.startswith(".") or _suffix(name) not in SUPPORTED_SUFFIXES:
                    continue
                found = True
                path = os.path.join(root, name)
                try:
                    self._read_file(path, path, explicit=False)
                except OSError as exc:
                    self._error(path, _reason(exc))
        if not found and not failed:
            suffixes = ", ".join(sorted(SUPPORTED_SUFFIXES))
            self._error(shown, f"no supported files ({suffixes}) in this folder")

    def _new_folder(self, folder: Path, folders: dict[tuple[int, int], str]) -> bool:
        """Whether to walk into ``folder``: not when it is one already walked (through a link)."""
        try:
            info = folder.stat()
        except OSError as exc:
            self._error(str(folder), _reason(exc))
            return False
        key = (info.st_dev, info.st_ino)
        if key in folders:
            self.result.warnings.append(f"{folder}: the same folder as {folders[key]}; read once")
            return False
        folders[key] = str(folder)
        return True

    def _read_file(self, path: str | Path, shown: str, *, explicit: bool) -> None:
        try:
            self._read_one_file(path, shown, explicit=explicit)
        finally:
            if self._progress is not None:
                self._files_read += 1
                self._progress(self._files_read)

    def _read_one_file(self, path: str | Path, shown: str, *, explicit: bool) -> None:
        info = _regular_file(path)
        if info is None:
            where = Path(path)
            self._error(shown, "not a regular file" if where.exists() else _missing(where))
            return
        key = (info.st_dev, info.st_ino)
        if key in self._seen:
            self.result.warnings.append(f"{shown}: the same file as {self._seen[key]}; read once")
            return
        self._seen[key] = shown
        stem, suffix = _stem_and_suffix(path)
        kind = SUPPORTED_SUFFIXES.get(suffix.lower(), "text")
        if info.st_size > MAX_INPUT_BYTES:
            self._too_large(shown)
            return
        if self._cache is None:
            self._parse(_contents(path), kind, shown, stem=stem)
            return
        absolute, stamp = os.path.abspath(path), stamp_of(info)
        known = self._cache.recall(absolute, shown, stamp)
        if known is not None:
            self.result.warnings.extend(known.warnings)
            for document in known.documents:
                self._add(document)
            return
        data = _contents(path)
        warnings, errors = len(self.result.warnings), len(self.result.errors)
        self._read_as = []
        try:
            self._parse(data, kind, shown, stem=stem)
            if len(self.result.errors) == errors and settled(info):
                reading = FileReading(tuple(self._read_as), tuple(self.result.warnings[warnings:]))
                self._cache.remember(absolute, shown, stamp, reading)
        finally:
            self._read_as = None

    def _read_stdin(self) -> None:
        if self._stdin is None and sys.stdin is None:
            self._error("<stdin>", "standard input is closed")
            return
        stream = self._stdin if self._stdin is not None else sys.stdin.buffer
        data = stream.read(MAX_INPUT_BYTES + 1)
        head = data.removeprefix(codecs.BOM_UTF8).lstrip()[:3]
        kind = "jsonl" if head.startswith(b"{") else "markdown" if head in (b"---",) else "text"
        if head.startswith(b"#"):
            kind = "markdown"
        self._parse(data, kind, "<stdin>", stem="stdin")

    def _too_large(self, shown: str) -> None:
        self._error(shown, f"larger than {MAX_INPUT_BYTES // 2**20} MB, the limit for one input")

    def _parse(self, data: bytes, kind: str, shown: str, *, stem: str) -> None:
        if len(data) > MAX_INPUT_BYTES:
            self._too_large(shown)
            return
        if kind == "html":
            self._parse_html(data, shown, stem=stem)
            return
        try:
            decoded = decode(data)
        except DecodingError as exc:
            self._error(shown, str(exc))
            return
        self.result.warnings.extend(f"{shown}: {w}" for w in decoded.warnings())
        if kind == "jsonl":
            for document, problem in parse_jsonl(decoded.text, stem=stem, origin=shown):
                if problem is not None:
                    where = f"{shown}:{problem.line}"
                    if problem.fatal:
                        self._error(where, problem.message)
                    else:
                        self.result.warnings.append(f"{where}: {problem.message}")
                if document is not None:
                    self._add(document)
            return
        parse = parse_markdown if kind == "markdown" else parse_plain_text
        document, warnings = parse(decoded.text, doc_id=stem, origin=shown)
        self.result.warnings.extend(f"{shown}: {w}" for w in warnings)
        self._add(document)

    def _parse_html(self, data: bytes, shown: str, *, stem: str) -> None:
        try:
            document, warnings = parse_html(data, doc_id=stem, origin=shown)
        except (DecodingError, NoArticleError) as exc:
            self._error(shown, str(exc))
            return
        self.result.warnings.extend(f"{shown}: {w}" for w in warnings)
        self._add(document)

    def _add(self, document: Document) -> None:
        if self._read_as is not None:  # remembered with the id it was read with
            self._read_as.append(replace(document))
        base, n = document.id, 1
        while document.id in self._ids:
            n += 1
            document.id = f"{base}-{n}"
        self._ids.add(document.id)
        self.result.documents.append(document)

    def _error(self, origin: str, message: str) -> None:
        self.result.errors.append(InputError(origin, message))


def _suffix(name: str) -> str:
    return os.path.splitext(name)[1].lower()


def _stem_and_suffix(path: str | Path) -> tuple[str, str]:
    """As ``Path.stem`` and ``Path.suffix`` (which differ from ``os.path.splitext`` only for
    a name ending in a dot)."""
    stem, suffix = os.path.splitext(os.path.basename(path))
    return (stem + suffix, "") if suffix == "." else (stem, suffix)


def _contents(path: str | Path) -> bytes:
    with open(path, "rb") as file:
        return file.read(MAX_INPUT_BYTES + 1)


def _regular_file(path: str | Path) -> os.stat_result | None:
    """The status of ``path`` if it is a regular file (links followed), else None; raises
    what ``Path.is_file`` raises (one system call, where ``is_file`` and ``stat`` are two)."""
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        if not Path(path).is_file():  # the errors it ignores are "not a file"; it raises others
            return None
        info = os.stat(path)
    return info if stat.S_ISREG(info.st_mode) else None


def _reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied"
    return exc.strerror or str(exc)


def _missing(path: Path) -> str:
    """Why ``path``, which does not exist as far as ``Path.exists`` can tell, is not there."""
    try:
        path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "a symbolic link loop (too many levels of symbolic links)"
        if path.is_symlink():
            return "a broken symbolic link (what it points to does not exist)"
        if exc.errno != errno.ENOENT:
            return _reason(exc)
    return "no such file or directory"
