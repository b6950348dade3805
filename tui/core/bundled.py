"""Locate the data folders that ship with the package (``seeds/``, ``styles/``).

In the wheel they live inside the package (``tui/seeds``); in a source checkout they are
top-level folders beside ``tui/``. Found from this file's place rather than through
``importlib.resources``, whose file reader imports ``zipfile`` (a few milliseconds before the
explorer's first frame); the package is always a folder of files.
"""

from __future__ import annotations

from pathlib import Path

#: The installed package's folder (``tui/``).
_PACKAGE = Path(__file__).resolve().parents[1]


def bundled_dir(name: str) -> Path:
    """The folder ``name`` from the installed package, else from the source checkout."""
    packaged = _PACKAGE / name
    if packaged.is_dir():
        return packaged
    checkout = _PACKAGE.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"the bundled folder {name!r} is missing from this installation")
