"""Locate the data folders that ship with the package (``seeds/``, ``styles/``).

In the wheel they live inside the package (``tui/seeds``); in a source checkout they are
top-level folders beside ``tui/``.
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path


def bundled_dir(name: str) -> Traversable:
    """The folder ``name`` from the installed package, else from the source checkout."""
    packaged = resources.files("tui") / name
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[2] / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"the bundled folder {name!r} is missing from this installation")
