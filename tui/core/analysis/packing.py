"""Plain data (lists and tuples of strings, numbers and None) as compact bytes and back: the
form of everything the analysis store keeps and a streamed analysis holds.

``marshal`` reads back several times faster than JSON, which is most of reopening a large
corpus; its format belongs to the Python version, so :data:`FORMAT` is part of the store's
version keys (another Python analyses again rather than misread).
"""

from __future__ import annotations

import marshal
import sys
import zlib
from typing import Any

FORMAT = f"marshal {marshal.version}, python {sys.version_info[0]}.{sys.version_info[1]}"

#: What reading damaged bytes raises.
UNREADABLE = (ValueError, EOFError, TypeError, KeyError, zlib.error)


def pack(data: Any) -> bytes:
    return zlib.compress(marshal.dumps(data), 1)


def unpack(payload: bytes) -> Any:
    return marshal.loads(zlib.decompress(payload))


def pack_plain(data: Any) -> bytes:
    """``data`` as bytes, uncompressed: for a part of what :func:`pack` compresses whole,
    read back later on its own (:func:`unpack_plain`)."""
    return marshal.dumps(data)


def unpack_plain(payload: bytes) -> Any:
    return marshal.loads(payload)
