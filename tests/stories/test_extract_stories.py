"""``timeline extract``'s JSON names each event's story event and lists them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import tui.core.export as export
import tui.core.export.json_format as json_format
import tui.core.stories.kept as kept
import tui.core.stories.summary as summary
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


def test_the_story_events_kept_in_the_store_give_the_same_json_and_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, store = corpus_file(tmp_path, VOTE), str(tmp_path / "store.sqlite3")
    outputs = {}
    for command in ("extract", "summary"):
        assert main([command, str(path), "--no-store", "-q"]) == EXIT_OK
        built = capsys.readouterr().out
        assert main([command, str(path), "--store", store, "-q"]) == EXIT_OK
        outputs[command] = (built, capsys.readouterr().out)
    # Now every run finds them kept: building them again would fail.
    for module in (kept, export, json_format, summary):
        monkeypatch.setattr(module, "build_stories", lambda *a, **k: pytest.fail("built again"))
    for command, (built, first) in outputs.items():
        assert main([command, str(path), "--store", store, "-q"]) == EXIT_OK
        assert built == first == capsys.readouterr().out
