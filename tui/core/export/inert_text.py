"""Article text in an export is data: control characters are made visible and inert.

A title or sentence may hold an ANSI escape (``\\x1b[31m``) that would colour a terminal
showing the file, or a bidirectional override that would reorder what is read. The text
formats (CSV, Markdown, iCalendar, TimelineJS) write each such character as the symbol the
explorer shows for it (ESC as ``␛``), one character for one; JSON keeps the text exact, and
its encoder writes them as ``\\u001b`` escapes, so that offsets into the text still hold.
"""

from __future__ import annotations

from tui.core.control_symbols import CONTROL_SYMBOLS

#: Line breaks and tabs are left to each format (quoted, escaped or collapsed).
_KEPT = {"\t", "\n", "\r"}
_VISIBLE = {code: symbol for code, symbol in CONTROL_SYMBOLS.items() if chr(code) not in _KEPT}


def inert(text: str) -> str:
    """``text`` with every control character but tab and line breaks shown as a symbol."""
    return text.translate(_VISIBLE)
