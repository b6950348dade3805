"""Long work that its caller can stop: the work calls a *checkpoint* now and then, and the
caller's checkpoint raises :class:`Interrupted` once the work is no longer wanted.

The explorer runs its long work (the analysis, the story events) in threads, and a thread
cannot be stopped from outside: without checkpoints, quitting waited for the work to end
(seconds to minutes on a large corpus).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

Item = TypeVar("Item")

#: Returns when the work should go on, raises :class:`Interrupted` when it should stop.
Checkpoint = Callable[[], None]


class Interrupted(Exception):
    """The work was asked to stop; what it would have made is not wanted."""


def go_on() -> None:
    """The checkpoint of work that nobody stops."""


def checked(items: Iterable[Item], checkpoint: Checkpoint, every: int = 1000) -> Iterator[Item]:
    """``items``, with ``checkpoint`` called before the first and then after every ``every``
    of them (often enough to stop within a fraction of a second, rarely enough to cost
    nothing)."""
    for count, item in enumerate(items):
        if count % every == 0:
            checkpoint()
        yield item
