"""Bytes to text: UTF-8 first, a declared fallback second, binary files refused."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass


class DecodingError(ValueError):
    """The input cannot be read as text; the message is fit for a one-line error."""


#: Tried after UTF-8 fails; cp1252 is what most non-UTF-8 Western news text is in.
FALLBACK_ENCODING = "cp1252"
#: Control characters no text file holds: all below a space but tab, line and page breaks
#: and ESC (kept: terminal colour codes in logs and pasted text).
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f]")
#: Every byte but those of :data:`_CONTROLS`.
_NOT_CONTROL_BYTES = bytes(b for b in range(256) if not _CONTROLS.match(chr(b)))
#: How many characters of a text decide whether it is binary.
_SAMPLE = 8192


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str  # "utf-8" or the fallback that was used
    #: Invalid UTF-8 sequences replaced by U+FFFD (text that is mostly UTF-8 with stray bytes).
    replaced: int = 0

    def warnings(self) -> list[str]:
        """What the user should know about how the bytes were read (nothing for UTF-8)."""
        if self.encoding != "utf-8":
            return [f"not UTF-8; read as {self.encoding}"]
        if self.replaced:
            return [f"{self.replaced} invalid UTF-8 sequence(s) replaced by U+FFFD"]
        return []


def decode(data: bytes) -> Decoded:
    """Decode file content; the BOM is removed, nothing else is changed."""
    if not data.strip():
        raise DecodingError("empty file")
    if (utf16 := _utf16(data)) is not None:
        return utf16
    if b"\x00" in data[:8192]:
        raise DecodingError("binary file, not text")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        text = data.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError:
        if (mostly := _mostly_utf8(data)) is not None:
            return mostly
        try:
            text = data.decode(FALLBACK_ENCODING)
        except UnicodeDecodeError as exc:
            raise DecodingError("not UTF-8 text, and not readable as cp1252 either") from exc
        encoding = FALLBACK_ENCODING
    if (encoding != "utf-8" or _has_control_bytes(data)) and _looks_binary(text):
        raise DecodingError("binary file, not text")
    return Decoded(text, encoding)


def _mostly_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with the invalid sequences replaced, when the valid non-ASCII characters
    outnumber them (a stray byte in a UTF-8 file); None when the file looks like another
    encoding (its non-ASCII bytes are mostly not UTF-8), which the fallback then reads."""
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd") - data.count("\ufffd".encode())
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    if non_ascii - replaced <= replaced or _looks_binary(text):
        return None
    return Decoded(text, "utf-8", replaced)


def _utf16(data: bytes) -> Decoded | None:
    """UTF-16 text, with a BOM or without one (then most characters of the first 8 KB are
    ASCII, which leaves every other byte zero); None if it is not UTF-16."""
    for bom, encoding in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return _as_utf16(data[len(bom) :], encoding)
    sample = data[:8192]
    # Without a zero byte in its first 8 KB, text is no UTF-16 (most files: one scan).
    if len(sample) < 4 or len(data) % 2 or b"\x00" not in sample:
        return None
    pairs = len(sample) // 2
    for encoding, zeros in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        other = sample[0::2] if encoding == "utf-16-le" else sample[1::2]
        if zeros.count(0) >= 0.6 * pairs and other.count(0) == 0:
            return _as_utf16(data, encoding)
    return None


def _as_utf16(data: bytes, encoding: str) -> Decoded | None:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    if not text.strip() or _looks_binary(text):
        raise DecodingError("binary file, not text")
    return Decoded(text, encoding)


def _has_control_bytes(data: bytes) -> bool:
    """Whether the bytes that hold the first :data:`_SAMPLE` characters of UTF-8 text (at
    most four bytes each) hold a control character of :data:`_CONTROLS`: in UTF-8 they are
    single bytes, which no other character's bytes include. Ten times faster than searching
    the text, and for most files the answer (none) ends the test."""
    return bool(data[: 4 * _SAMPLE].translate(None, _NOT_CONTROL_BYTES))


def _looks_binary(text: str) -> bool:
    sample = text[:_SAMPLE]
    return len(_CONTROLS.findall(sample)) > max(8, len(sample) // 100)
