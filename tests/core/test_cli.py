"""``timeline extract`` end to end: formats, options, and bad input handled in one line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO
from tui.cli import EXIT_INPUT_ERRORS, EXIT_OK, EXIT_USAGE, main

ARTICLE = "Am 6. Januar 2021 stürmten Anhänger das Kapitol. Die Polizei nahm Dutzende fest.\n"


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def error_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("timeline: error:")]


def test_json_to_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "a.txt", ARTICLE)
    assert main(["extract", str(path)]) == EXIT_OK
    data = json.loads(capsys.readouterr().out)
    assert data["version"] == 1 and data["documents"][0]["id"] == "a"
    # The second sentence continues the first: it is dated from the sentence before.
    assert [(e["date"]["value"], e["anchor"]) for e in data["events"]] == [
        ("2021-01-06", "explicit"),
        ("2021-01-06", "context"),
    ]


@pytest.mark.parametrize(
    ("fmt", "marker"), [("csv", "date,value,"), ("md", "# Timeline"), ("jsonl", '{"version": 1')]
)
def test_other_formats(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str, marker: str
) -> None:
    path = write(tmp_path, "a.txt", ARTICLE)
    assert main(["extract", str(path), "--format", fmt]) == EXIT_OK
    assert capsys.readouterr().out.startswith(marker)


def test_dct_option_fills_a_missing_publication_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "a.txt", "Gestern wurde gewählt. Die Wahl ging knapp aus.\n")
    assert main(["extract", str(path), "--dct", "2024-03-05"]) == EXIT_OK
    data = json.loads(capsys.readouterr().out)
    assert data["documents"][0]["dct"] == "2024-03-05"


def test_lang_option_overrides_detection(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "a.txt", ARTICLE)
    assert main(["extract", str(path), "--lang", "en"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["documents"][0]["lang"] == "en"


def test_output_file_is_written(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", ARTICLE)
    out = tmp_path / "out.json"
    assert main(["extract", str(path), "-o", str(out)]) == EXIT_OK
    assert json.loads(out.read_text(encoding="utf-8"))["version"] == 1


def test_output_may_not_overwrite_an_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "a.txt", ARTICLE)
    assert main(["extract", str(path), "-o", str(path)]) == EXIT_USAGE
    assert path.read_text(encoding="utf-8") == ARTICLE
    assert len(error_lines(capsys.readouterr().err)) == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty file"),
        (b"\x00\x01\x02binary\x00", "binary file"),
    ],
)
def test_bad_file_next_to_a_good_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    bad = write(tmp_path, "bad.txt", content)
    good = write(tmp_path, "good.txt", ARTICLE)
    assert main(["extract", str(bad), str(good)]) == EXIT_INPUT_ERRORS
    captured = capsys.readouterr()
    assert [d["id"] for d in json.loads(captured.out)["documents"]] == ["good"]
    assert error_lines(captured.err) == [
        f"timeline: error: {bad}: {message}, not text"
        if message == "binary file"
        else f"timeline: error: {bad}: {message}"
    ]


def test_missing_path_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(tmp_path / "nope.txt")]) == EXIT_INPUT_ERRORS
    captured = capsys.readouterr()
    assert captured.out == ""
    assert error_lines(captured.err) == [
        f"timeline: error: {tmp_path / 'nope.txt'}: no such file or directory"
    ]


def test_malformed_jsonl_line_is_named_and_good_lines_are_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(
        tmp_path,
        "c.jsonl",
        json.dumps({"id": "ok1", "text": ARTICLE, "date": "2024-01-02"})
        + "\n{broken\n"
        + json.dumps({"id": "ok2", "text": ARTICLE})
        + "\n",
    )
    assert main(["extract", str(path)]) == EXIT_INPUT_ERRORS
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    assert [d["id"] for d in data["documents"]] == ["ok1", "ok2"]
    assert data["documents"][0]["dct"] == "2024-01-02"
    (line,) = error_lines(captured.err)
    assert line.startswith(f"timeline: error: {path}:2: malformed JSON")


def test_cp1252_text_is_read_with_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "a.txt", "Am 6. Januar 2021 kostete es 5 € in München.".encode("cp1252"))
    assert main(["extract", str(path)]) == EXIT_OK
    captured = capsys.readouterr()
    assert "München" in json.loads(captured.out)["documents"][0]["text"]
    assert f"timeline: warning: {path}: not UTF-8; read as cp1252" in captured.err.splitlines()


@pytest.mark.parametrize(
    "args",
    [
        ["extract", "--dct", "2024-13-01"],
        ["extract", "--dct", "yesterday"],
        ["extract", "--format", "xml"],
        ["extract", "--lang", "fr"],
        ["--no-such-option"],
    ],
)
def test_usage_errors_are_one_line(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(args) == EXIT_USAGE
    captured = capsys.readouterr()
    assert captured.out == ""
    (line,) = error_lines(captured.err)
    assert line.startswith("timeline: error: ")


def test_no_path_means_the_bundled_article(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--format", "csv"]) == EXIT_OK
    assert "Zuckerberg" in capsys.readouterr().out


def test_explorer_refuses_to_run_without_a_terminal() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tui"],
        cwd=REPO,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert result.returncode == EXIT_USAGE
    assert "Traceback" not in result.stderr
    assert error_lines(result.stderr) == [
        "timeline: error: the explorer needs a terminal; use 'timeline extract' in scripts"
    ]


def test_explorer_on_inputs_that_are_none_of_them_there_says_so_at_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Before any terminal is needed: the inputs are read after the first frame otherwise.
    missing = [str(tmp_path / "gone.txt"), str(tmp_path / "away")]
    assert main(missing) == EXIT_INPUT_ERRORS
    lines = error_lines(capsys.readouterr().err)
    assert len(lines) == 2 and all(line.startswith("timeline: error: ") for line in lines)


def test_stdin_input() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tui", "extract", "-", "--format", "jsonl"],
        cwd=REPO,
        input=ARTICLE,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == EXIT_OK, result.stderr
    assert json.loads(result.stdout)["document"]["id"] == "stdin"
