"""Where ``timeline extract`` writes: standard output, a device or pipe, or a file replaced
atomically (never half-written, never one of the inputs), text given piece by piece."""

from __future__ import annotations

import io
import os
import signal
import stat
import sys
import tempfile
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

from tui.cli_errors import OutputError, UsageError


@dataclass(frozen=True, slots=True)
class OutputTarget:
    path: Path
    #: A regular file (new or existing) is replaced atomically; a device or pipe is written.
    replace: bool
    mode: int | None = None  # an existing file's permissions, kept


def output_target(output: Path, inputs: Sequence[str]) -> OutputTarget:
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
            return OutputTarget(output, replace=False)  # /dev/null, /dev/stdout on a pipe
        raise UsageError(f"output {shown} is not a regular file, a device or a pipe")
    target = Path(os.path.realpath(output))  # through links: replace the file, keep the link
    if not target.parent.is_dir():
        raise UsageError(f"output folder {str(target.parent)!r} does not exist")
    if info is not None:
        for raw in inputs:
            if _overwrites(raw, output, info):
                raise UsageError(f"output {shown} would overwrite the input {raw!r}")
    mode = None if info is None else stat.S_IMODE(info.st_mode)
    return OutputTarget(target, replace=True, mode=mode)


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


def write_output(target: OutputTarget | None, pieces: Iterable[str]) -> None:
    """``pieces`` to ``target`` (None: standard output), each written as it comes."""
    if target is None:
        _write_stdout(pieces)
    elif target.replace:
        _write_atomically(target.path, pieces, mode=target.mode)
    else:
        _write_directly(target.path, pieces)


def _write_stdout(pieces: Iterable[str]) -> None:
    assert sys.stdout is not None  # checked before the analysis
    try:
        sys.stdout.flush()
        try:
            fd = sys.stdout.fileno()
        except (AttributeError, ValueError, io.UnsupportedOperation):  # not a file: a test's
            for piece in pieces:
                sys.stdout.buffer.write(piece.encode("utf-8"))
            sys.stdout.flush()
            return
        for piece in pieces:
            # Straight to the descriptor: the buffered writer can lose the rest of a partial
            # write (a file-size limit) without an error.
            data = memoryview(piece.encode("utf-8"))
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


def _write_directly(output: Path, pieces: Iterable[str]) -> None:
    try:
        with open(output, "w", encoding="utf-8", newline="") as handle:
            handle.writelines(pieces)
    except OSError as exc:
        raise OutputError(f"cannot write {str(output)!r}: {_reason(exc)}") from None


def _write_atomically(output: Path, pieces: Iterable[str], *, mode: int | None = None) -> None:
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
                handle.writelines(pieces)
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
