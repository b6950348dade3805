"""Temporal tagging: find temporal expressions, normalise them to TIMEX3, anchor them.

Language knowledge lives in ``tui/core/resources/<lang>/temporal*.toml``; this package is
the language-independent engine. Entry point: :func:`tag`.
"""

from tui.core.temporal.tagger import GENRES, tag

__all__ = ["GENRES", "tag"]
