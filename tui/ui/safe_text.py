"""Article text is data: it is shown literally, never as markup and never as terminal codes.

Every string that comes from an article (or a file name, or an error about one) goes through
here before it reaches the screen. Control characters are replaced one for one by visible
symbols, so character offsets into the article stay valid for highlighting, and an ANSI escape
sequence shows up as harmless text (``␛[31m``) instead of colouring the terminal.
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text

from tui.core.control_symbols import CONTROL_SYMBOLS

# Whitespace-like controls become a space; line breaks stay (``clean_line`` joins lines).
_SPACES = {"\t", "\r", "\x0b", "\x0c"}
_MULTI_LINE = {
    code: " " if chr(code) in _SPACES else symbol
    for code, symbol in CONTROL_SYMBOLS.items()
    if code != 0x0A
}
_ONE_LINE = {**_MULTI_LINE, 0x0A: " "}


def clean(text: str) -> str:
    """``text`` with every control character (except line breaks) made visible and inert."""
    return text.translate(_MULTI_LINE)


def clean_line(text: str) -> str:
    """Like :func:`clean`, and line breaks become spaces: for one-line places."""
    return text.translate(_ONE_LINE)


def literal(text: str, style: Style | str = "", *, one_line: bool = False) -> Text:
    """A rich Text that shows ``text`` exactly as written (no markup is interpreted)."""
    return Text(clean_line(text) if one_line else clean(text), style=style)
