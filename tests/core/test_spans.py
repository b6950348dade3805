"""Span queries by bisection and by bucket give what a scan of every span gives."""

from __future__ import annotations

import random
from dataclasses import dataclass

from tui.core.entities.overlaps import SpanIndex
from tui.core.spans import SpanSet


@dataclass
class Item:
    start: int
    end: int


def test_span_set_answers_as_a_scan_would() -> None:
    rnd = random.Random(7)
    for _ in range(5_000):
        spans = [(a, a + rnd.randint(0, 5)) for a in (rnd.randint(0, 20) for _ in range(5))]
        found = SpanSet(rnd.sample(spans, len(spans)))
        a = rnd.randint(0, 25)
        b = a + rnd.randint(0, 6)
        assert found.overlaps(a, b) == any(a < hi and lo < b for lo, hi in spans)
        assert found.contains(a, b) == any(lo <= a and b <= hi for lo, hi in spans)


def test_span_index_finds_overlaps_in_the_order_added_and_drops_what_lies_within() -> None:
    rnd = random.Random(3)
    for _ in range(2_000):
        items = [
            Item(a, a + rnd.randint(0, 600)) for a in (rnd.randint(0, 2_000) for _ in range(6))
        ]
        index = SpanIndex(items)
        a = rnd.randint(0, 2_500)
        b = a + rnd.randint(0, 700)
        assert index.overlapping(a, b) == [i for i in items if i.start < b and a < i.end]
        index.remove_within(a, b)
        assert list(index) == [i for i in items if not (a <= i.start and i.end <= b)]


def test_thousands_of_spans_are_queried() -> None:
    spans = [(i * 10, i * 10 + 5) for i in range(100_000)]
    found = SpanSet(spans)
    index = SpanIndex(Item(lo, hi) for lo, hi in spans)
    assert sum(found.overlaps(i * 10 + 4, i * 10 + 6) for i in range(100_000)) == 100_000
    assert sum(len(index.overlapping(i * 10 + 5, i * 10 + 10)) for i in range(100_000)) == 0
