"""timeline extract --format timelinejs|ics: files that open, one-line errors, no partial file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from icalendar import Calendar

from tui.cli import EXIT_INPUT_ERRORS, EXIT_OK, EXIT_USAGE, main

ARTICLE = "Council\n\nThe council met on 4 March 2024. The bridge closed in May 2024."


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def extract(article: Path, *options: str) -> int:
    return main(["extract", str(article), "--no-store", "-q", "--lang", "en", *options])


def test_ics_to_a_file(article: Path, tmp_path: Path) -> None:
    out = tmp_path / "t.ics"
    assert extract(article, "--format", "ics", "-o", str(out)) == EXIT_OK
    calendar = Calendar.from_ical(out.read_bytes())
    assert len(calendar.walk("VEVENT")) == 2


def test_timelinejs_to_a_file(article: Path, tmp_path: Path) -> None:
    out = tmp_path / "t.json"
    assert extract(article, "--format", "timelinejs", "-o", str(out)) == EXIT_OK
    assert len(json.loads(out.read_text(encoding="utf-8"))["events"]) == 2


def test_grouping_by_an_entity_that_is_not_there_writes_nothing(
    article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "t.json"
    code = extract(article, "--format", "timelinejs", "--group-entity", "Nobody", "-o", str(out))
    assert code == EXIT_INPUT_ERRORS
    err = capsys.readouterr().err
    assert err == "timeline: error: no entity named 'Nobody' in the analysis\n"
    assert not out.exists()


def test_group_entity_is_only_for_timelinejs(
    article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert extract(article, "--format", "csv", "--group-entity", "X") == EXIT_USAGE
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "--group-entity is an option of --format timelinejs" in captured.err


def test_group_entity_misuse_is_found_before_any_file_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.txt"
    assert extract(missing, "--format", "csv", "--group-entity", "X") == EXIT_USAGE
    err = capsys.readouterr().err
    assert "missing.txt" not in err
    assert "--group-entity is an option of --format timelinejs" in err
