"""``timeline summary`` end to end: the JSON contract, Markdown, bad options."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.stories.corpus import MONTH, corpus_file
from tui.cli import EXIT_OK, EXIT_USAGE, main


def test_summary_json_follows_the_contract(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = corpus_file(tmp_path, MONTH)
    argv = ["summary", str(path), "--dates", "3", "--sentences", "1", "--no-store", "-q"]
    assert main([*argv, "--from", "2024-04-01", "--until", "2024-04-30"]) == EXIT_OK
    data = json.loads(capsys.readouterr().out)
    assert data["version"] == 1 and data["span"] == ["2024-04-01", "2024-04-30"]
    assert len(data["dates"]) == 3
    assert [d["date"] for d in data["dates"]] == sorted(d["date"] for d in data["dates"])
    texts = {d.id: d.text for d in MONTH}
    for day in data["dates"]:
        assert set(day) == {"date", "score", "articles", "sentences"}
        assert isinstance(day["score"], float) and day["articles"] >= 1
        (sentence,) = day["sentences"]
        assert set(sentence) == {"text", "document", "start", "end", "event"}
        assert texts[sentence["document"]][sentence["start"] : sentence["end"]] == sentence["text"]


def test_summary_markdown(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = corpus_file(tmp_path, MONTH)
    assert main(["summary", str(path), "--dates", "2", "--format", "md", "--no-store"]) == EXIT_OK
    out = capsys.readouterr().out
    assert out.startswith("# Key dates")
    assert out.count("\n## ") == 2 and "(4 articles)" in out


@pytest.mark.parametrize(
    ("options", "complaint"),
    [
        (["--dates", "0"], "--dates"),
        (["--dates", "many"], "--dates"),
        (["--sentences", "-1"], "--sentences"),
        (["--from", "April 2024"], "--from"),
        (["--until", "2024-13-01"], "--until"),
        (["--from", "2024-05-01", "--until", "2024-04-01"], "after --until"),
        (["--format", "csv"], "--format"),
    ],
)
def test_bad_options_are_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], options: list[str], complaint: str
) -> None:
    path = corpus_file(tmp_path, MONTH)
    assert main(["summary", str(path), "--no-store", *options]) == EXIT_USAGE
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("timeline: error:") and complaint in lines[0]
