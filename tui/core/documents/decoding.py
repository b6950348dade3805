"""Bytes to text: UTF-8 first, a declared fallback second, binary files refused."""

from __future__ import annotations

import codecs
from dataclasses import dataclass


class DecodingError(ValueError):
    """The input cannot be read as text; the message is fit for a one-line error."""


#: Tried after UTF-8 fails; cp1252 is what most non-UTF-8 Western news text is in.
FALLBACK_ENCODING = "cp1252"
_CONTROL_OK = {"\n", "\r", "\t", "\f", "\v", "\x1b"}


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str  # "utf-8" or the fallback that was used


def decode(data: bytes) -> Decoded:
    """Decode file content; the BOM is removed, nothing else is changed."""
    if not data.strip():
        raise DecodingError("empty file")
    if b"\x00" in data[:8192]:
        raise DecodingError("binary file, not text")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        text = data.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError:
        try:
            text = data.decode(FALLBACK_ENCODING)
        except UnicodeDecodeError as exc:
            raise DecodingError("not UTF-8 text, and not readable as cp1252 either") from exc
        encoding = FALLBACK_ENCODING
    if _looks_binary(text):
        raise DecodingError("binary file, not text")
    return Decoded(text, encoding)


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    controls = sum(1 for ch in sample if ch < " " and ch not in _CONTROL_OK)
    return controls > max(8, len(sample) // 100)
