"""Temporal tagging: find temporal expressions, normalise them to TIMEX3, anchor them.

Language knowledge lives in ``tui/core/resources/<lang>/temporal*.toml``; this package is
the language-independent engine. Entry point: :func:`tag`.

The tagger is imported on first use: the explorer's first frame needs only
:mod:`.intervals` and :mod:`.values` (to label dates), not the grammar.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.core.lazy_exports import lazy_exports

if TYPE_CHECKING:
    from tui.core.temporal.tagger import GENRES, tag

__all__ = ["GENRES", "tag"]


__getattr__ = lazy_exports(__name__, {"GENRES": "tagger", "tag": "tagger"})
