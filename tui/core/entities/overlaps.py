"""Which of a document's candidate spans overlap a given span, without comparing it with
every one of them (a document with thousands of names made that quadratic)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Generic, Protocol, TypeVar

#: Spans are filed in every bucket of this many characters that they touch.
_BUCKET = 256


class Spanned(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


T = TypeVar("T", bound=Spanned)


class SpanIndex(Generic[T]):
    """Items with a character span (``start``, ``end``), in the order they were added,
    found by position. An item's span must not change while it is in the index."""

    def __init__(self, items: Iterable[T] = ()) -> None:
        self._items: dict[int, T] = {}
        self._buckets: dict[int, list[int]] = {}
        self._next = 0
        for item in items:
            self.add(item)

    def add(self, item: T) -> None:
        key = self._next
        self._next += 1
        self._items[key] = item
        for bucket in range(item.start // _BUCKET, (max(item.start, item.end - 1)) // _BUCKET + 1):
            self._buckets.setdefault(bucket, []).append(key)

    def overlapping(self, start: int, end: int) -> list[T]:
        """The items whose span shares a character with ``start``–``end``, in the order
        they were added."""
        keys: set[int] = set()
        for bucket in range(start // _BUCKET, (max(start, end - 1)) // _BUCKET + 1):
            for key in self._buckets.get(bucket, ()):
                item = self._items.get(key)
                if item is not None and item.start < end and start < item.end:
                    keys.add(key)
        return [self._items[key] for key in sorted(keys)]

    def remove_within(self, start: int, end: int) -> None:
        """Drop the items that lie wholly within ``start``–``end``."""
        # An item wholly within starts in a bucket from start's to end's.
        for key in [
            key
            for bucket in range(start // _BUCKET, end // _BUCKET + 1)
            for key in self._buckets.get(bucket, ())
        ]:
            item = self._items.get(key)
            if item is not None and start <= item.start and item.end <= end:
                del self._items[key]

    def __iter__(self) -> Iterator[T]:
        return iter(list(self._items.values()))

    def __len__(self) -> int:
        return len(self._items)
