"""Article text as styled rich Text: temporal expressions and entity mentions marked.

The text is always built from the plain string (see :mod:`tui.ui.safe_text`), and styles are
applied by character offsets, so nothing in the article can act as markup.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from rich.style import Style
from rich.text import Text

from tui.core.view.event_detail import Highlight
from tui.ui.safe_text import clean, clean_line

#: Component styles that paint a background: they are used blended with the widget's own
#: background, so that translucent theme colours (``$primary 30%``) show as intended.
BLENDED_STYLES = frozenset({"cursor", "cursor-blurred", "match", "timex", "sentence"})

#: Component-class suffix for each kind of highlight.
ENTITY_STYLE_NAMES = {"PER": "per", "ORG": "org", "LOC": "loc", "MISC": "misc"}


def style_name(highlight: Highlight) -> str:
    if highlight.kind == "timex":
        return "timex"
    return ENTITY_STYLE_NAMES.get(highlight.label, "misc")


def highlighted(
    text: str,
    start: int,
    end: int,
    marks: Iterable[Highlight],
    style: Callable[[str], Style],
    *,
    emphasis: tuple[int, int, Style] | None = None,
    one_line: bool = False,
) -> Text:
    """``text[start:end]`` with ``marks`` styled; ``emphasis`` marks a span (e.g. a sentence)."""
    piece = text[start:end]
    result = Text(clean_line(piece) if one_line else clean(piece))
    if emphasis is not None:
        e_start, e_end, e_style = emphasis
        result.stylize(e_style, max(0, e_start - start), max(0, e_end - start))
    for mark in marks:
        if mark.start >= start and mark.end <= end:
            result.stylize(style(style_name(mark)), mark.start - start, mark.end - start)
    return result
