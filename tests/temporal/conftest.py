"""Helpers for the temporal tagger's table-driven tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tui.core.model import Timex
from tui.core.temporal import tag


def _find(text: str, lang: str, dct: str | None, phrase: str, genre: str = "news") -> Timex:
    """The timex whose text is exactly ``phrase`` (fails listing what was found)."""
    found = tag(text, lang=lang, dct=dct, genre=genre)
    for timex in found:
        if timex.text == phrase:
            return timex
    pytest.fail(f"{phrase!r} not tagged in {text!r}; found {[t.text for t in found]}")


@pytest.fixture
def find() -> Callable[..., Timex]:
    return _find
