"""Checkpoints: long work that its caller can stop."""

from __future__ import annotations

import pytest

from tui.core.interruption import Interrupted, checked, go_on


def test_checked_yields_every_item_and_asks_before_the_first_and_every_so_many() -> None:
    asked: list[int] = []
    seen: list[int] = []
    for item in checked(range(25), lambda: asked.append(len(seen)), every=10):
        seen.append(item)
    assert seen == list(range(25))
    assert asked == [0, 10, 20]


def test_a_checkpoint_that_raises_ends_the_loop_there() -> None:
    seen: list[int] = []

    def stop_after_ten() -> None:
        if len(seen) >= 10:
            raise Interrupted

    with pytest.raises(Interrupted):
        for item in checked(range(100), stop_after_ten, every=5):
            seen.append(item)
    assert seen == list(range(10))


def test_go_on_never_stops() -> None:
    assert list(checked("abc", go_on, every=1)) == ["a", "b", "c"]
