"""Consecutive batches bounded by size: what spaCy reads at once, what a worker is sent."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

Item = TypeVar("Item")


def batches_of(
    items: Iterable[Item],
    size: Callable[[Item], int],
    *,
    max_size: int,
    max_items: int | None = None,
) -> Iterator[list[Item]]:
    """``items`` in consecutive batches of at most ``max_items`` items (if given) and, unless
    one item is larger, ``max_size`` in all."""
    batch: list[Item] = []
    total = 0
    for item in items:
        full = max_items is not None and len(batch) >= max_items
        if batch and (total + size(item) > max_size or full):
            yield batch
            batch, total = [], 0
        batch.append(item)
        total += size(item)
    if batch:
        yield batch
