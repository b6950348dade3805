"""Values built from the resource files, kept between runs in ``marshal`` form.

A kept file is the SHA-256 digest of its payload, then the payload: a file whose digest does
not match (cut short, overwritten, corrupt) reads as missing. Files are named by a key of
everything the value is made from, so a stale one is never read; writing a key's file
replaces it atomically (a reader sees the whole file or none) and removes the files of the
same stem's earlier keys. Any failure leaves the cache as it was: the cache is a shortcut.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
from pathlib import Path
from typing import Any

from platformdirs import user_cache_path

#: The stored file begins with the SHA-256 digest of the rest.
_DIGEST = hashlib.sha256
_DIGEST_SIZE = 32


def cache_root() -> Path:
    return user_cache_path("timeline", appauthor=False)


def read_kept(path: Path) -> object | None:
    """The value kept in ``path``; None when there is none, or none intact."""
    try:
        stored = path.read_bytes()
    except OSError:
        return None
    digest, payload = stored[:_DIGEST_SIZE], stored[_DIGEST_SIZE:]
    if _DIGEST(payload).digest() != digest:
        return None
    try:
        return marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return None


def write_kept(path: Path, stem: str, value: Any) -> None:
    """Keep ``value`` in ``path`` and remove ``stem``'s files of other keys; a value
    ``marshal`` cannot store, or a folder that cannot be written, keeps nothing."""
    import tempfile  # only a run that writes needs it

    with contextlib.suppress(OSError, ValueError):
        payload = marshal.dumps(value)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{stem}-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(_DIGEST(payload).digest() + payload)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        for old in path.parent.glob(f"{stem}-*.marshal"):
            if old != path:
                with contextlib.suppress(OSError):
                    old.unlink()
