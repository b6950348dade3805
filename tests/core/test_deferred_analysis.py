"""A document's analysis whose lists are read when first used (a corpus from the store)."""

from __future__ import annotations

import threading
import time
from dataclasses import replace

import pytest

from tui.core.model import Document, DocumentAnalysis, DocumentParts, Mention, Timex

DOC = Document(id="d", text="Am Montag sprach Anna Berg in Rostock.")
PARTS: DocumentParts = (
    [(0, 38)],
    [(0, 38)],
    [Timex(3, 9, "Montag", "DATE", "2024-06-03")],
    [Mention(17, 26, "Anna Berg", "PER", "e1"), Mention(30, 37, "Rostock", "LOC", "e2")],
)


def _counting() -> tuple[list[int], DocumentAnalysis]:
    calls: list[int] = []

    def read() -> DocumentParts:
        calls.append(1)
        return tuple(list(part) for part in PARTS)  # type: ignore[return-value]

    return calls, DocumentAnalysis.deferred(DOC, "de", read)


def test_the_lists_are_read_once_when_one_is_first_used() -> None:
    calls, item = _counting()
    assert item.document is DOC and item.lang == "de" and calls == []
    assert item.timexes == PARTS[2]
    assert (item.sentences, item.paragraphs, item.mentions) == (PARTS[0], PARTS[1], PARTS[3])
    assert calls == [1]


def test_a_deferred_analysis_equals_and_copies_as_a_built_one() -> None:
    built = DocumentAnalysis(DOC, "de", *PARTS)
    _, item = _counting()
    assert item == built
    _, item = _counting()
    moved = replace(item, mentions=PARTS[3][:1])
    assert moved.mentions == PARTS[3][:1] and moved.timexes == PARTS[2]
    assert "Mention" in repr(item)


def test_other_missing_attributes_are_still_missing() -> None:
    _, item = _counting()
    with pytest.raises(AttributeError):
        item.no_such_field  # type: ignore[attr-defined]  # noqa: B018
    assert not hasattr(item, "no_such_field")


def test_threads_asking_at_once_read_the_lists_once() -> None:
    calls: list[int] = []

    def slow_read() -> DocumentParts:
        calls.append(1)
        time.sleep(0.05)
        return PARTS

    item = DocumentAnalysis.deferred(DOC, "de", slow_read)
    seen: list[object] = []
    threads = [threading.Thread(target=lambda: seen.append(item.mentions)) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert calls == [1] and all(found is seen[0] for found in seen)
