"""Article text is data: it is shown literally, never as markup and never as terminal codes.

Every string that comes from an article (or a file name, or an error about one) goes through
here before it reaches the screen. Control characters are replaced one for one by visible
symbols, so character offsets into the article stay valid for highlighting, and an ANSI escape
sequence shows up as harmless text (``␛[31m``) instead of colouring the terminal.
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text

# C0 controls become their Unicode "control picture" (ESC -> ␛); whitespace-like ones a space.
_SPACES = {"\t", "\r", "\x0b", "\x0c"}
_MULTI_LINE = {
    code: (" " if chr(code) in _SPACES else chr(0x2400 + code))
    for code in range(0x20)
    if code != 0x0A
}
_MULTI_LINE[0x7F] = "␡"
# C1 controls (a second way to start escape sequences) and bidirectional overrides, which
# could make text display in a different order than it is stored.
for _code in [*range(0x80, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A)]:
    _MULTI_LINE[_code] = "\ufffd"
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
