"""Story events kept in the analysis store: built once per corpus, looked up after."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

import tui.core.stories.kept as kept
from tests.stories.corpus import analysed
from tui.core.stories import Stories, build_stories
from tui.core.stories.codec import decode_stories, encode_stories
from tui.core.stories.kept import stories_of


def _builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the builds ``stories_of`` makes."""
    built: list[int] = []

    def counting(*args: object, **options: object) -> Stories:
        built.append(1)
        return build_stories(*args, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(kept, "build_stories", counting)
    return built


def test_the_stories_of_a_corpus_are_built_once_and_then_read_from_the_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    analysis, store = analysed("vote"), tmp_path / "store.sqlite3"
    built = _builds(monkeypatch)
    first = stories_of(analysis, store)
    again = stories_of(analysis, store)
    assert first == again == build_stories(analysis)
    assert len(built) == 1


def test_stories_are_built_again_when_an_event_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    analysis, store = analysed("vote"), tmp_path / "store.sqlite3"
    built = _builds(monkeypatch)
    stories_of(analysis, store)
    # A reader's curation retitles an event: what the stories are made of changed.
    events = list(analysis.events)
    events[0] = dataclasses.replace(events[0], title="A title of the reader's")
    curated = dataclasses.replace(analysis, events=events)
    stories = stories_of(curated, store)
    assert len(built) == 2 and stories == build_stories(curated)


def test_without_a_store_they_are_built_every_time(monkeypatch: pytest.MonkeyPatch) -> None:
    analysis = analysed("vote")
    built = _builds(monkeypatch)
    assert stories_of(analysis) == stories_of(analysis) == build_stories(analysis)
    assert len(built) == 2


def test_the_codec_gives_back_the_stories_and_refuses_what_it_cannot_read() -> None:
    analysis = analysed("month")
    stories = build_stories(analysis)
    events = {event.id: event for event in analysis.events}
    payload = encode_stories(stories, events)
    assert payload is not None and decode_stories(payload, events) == stories
    missing = dict(events)
    missing.pop(next(iter(missing)))
    assert decode_stories(payload, missing) is None
    assert decode_stories(payload[: len(payload) // 2], events) is None
    assert decode_stories(b"not a payload", events) is None
