"""``timeline extract``'s JSON names each event's story event and lists them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.stories.corpus import VOTE, corpus_file
from tui.cli import EXIT_OK, main


def test_extract_json_names_each_events_story(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = corpus_file(tmp_path, VOTE)
    assert main(["extract", str(path), "--no-store", "-q"]) == EXIT_OK
    data = json.loads(capsys.readouterr().out)
    stories = {story["id"]: story for story in data["stories"]}
    for event in data["events"]:
        assert event["id"] in stories[event["story"]]["events"]
    for story in data["stories"]:
        assert set(story) == {"id", "date", "title", "events", "sources"}
    vote = next(s for s in data["stories"] if s["sources"] == 3)
    assert vote["date"]["value"] == "2024-03-13"
