"""Find the app's ``.tcss`` files: inside the installed package, or in a source checkout.

In the wheel the top-level ``styles/`` folder is shipped as ``tui/styles``; running from a
source tree (or an editable install) it is the repository's ``styles/`` folder.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def stylesheet_dir() -> Path:
    packaged = Path(str(resources.files("tui"))) / "styles"
    if packaged.is_dir():
        return packaged
    source = Path(__file__).resolve().parents[2] / "styles"
    if source.is_dir():
        return source
    raise FileNotFoundError(f"no stylesheets in {packaged} or {source}")


def stylesheets() -> list[Path]:
    """All stylesheets, in name order (later files refine earlier ones)."""
    return sorted(stylesheet_dir().glob("*.tcss"))


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
