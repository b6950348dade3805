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
