"""Find the app's ``.tcss`` files: inside the installed package, or in a source checkout.

In the wheel the top-level ``styles/`` folder is shipped as ``tui/styles``; running from a
source tree (or an editable install) it is the repository's ``styles/`` folder.
"""

from __future__ import annotations

from pathlib import Path

from tui.core.bundled import bundled_dir


def stylesheet_dir() -> Path:
    return bundled_dir("styles")


def stylesheets() -> list[Path]:
    """All stylesheets, in name order (later files refine earlier ones)."""
    # Not glob(): its pattern is compiled to a regular expression before the first frame.
    return sorted(path for path in stylesheet_dir().iterdir() if path.suffix == ".tcss")


#: The stylesheet of the first frame's layout (the screen, its containers, the progress).
FIRST_FRAME_STYLESHEET = "app.tcss"


def first_frame_stylesheets() -> list[Path]:
    """What the app reads before its first frame: the layout's stylesheet alone."""
    return [path for path in stylesheets() if path.name == FIRST_FRAME_STYLESHEET]


def later_stylesheets() -> list[Path]:
    """The panes' and dialogs' stylesheets, read after the first frame (none of their rules
    styles a widget of the first frame): parsing them need not delay it. They come after
    the first one in name order, so that rules of equal specificity still win in that order."""
    return [path for path in stylesheets() if path.name != FIRST_FRAME_STYLESHEET]
