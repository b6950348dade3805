"""Hostile input (issue 16, item 4): every case answers in one line with the documented exit
code, leaves the inputs unchanged, and loses no other document's output."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import resource
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO
from tui import cli
from tui.cli import EXIT_INPUT_ERRORS, EXIT_OK, EXIT_USAGE, main, terminal_safe
from tui.core import documents, resources
from tui.core.analysis import analyse, assembly, events_stage, per_document
from tui.core.export import render_csv
from tui.core.export.csv_format import _neutralised
from tui.core.model import Analysis, Document, DocumentAnalysis, Event
from tui.core.sentences import sentences
from tui.core.temporal.intervals import resolve

GOOD = "Am 6. Januar 2021 stürmten Anhänger von Donald Trump das Kapitol in Washington."
GOOD_LINE = json.dumps({"id": "good", "text": GOOD}, ensure_ascii=False)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def errors(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("timeline: error:")]


def ids(out: str) -> list[str]:
    return [d["id"] for d in json.loads(out)["documents"]]


def run(args: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    """The real command in a process of its own, for exit codes and streams."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("TIMELINE_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "tui", *args],
        cwd=REPO,
        env=env,
        capture_output=kwargs.pop("capture_output", True),  # type: ignore[arg-type]
        text=True,
        check=False,
        **kwargs,  # type: ignore[arg-type]
    )


@pytest.fixture(autouse=True)
def _no_debug(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TIMELINE_DEBUG", raising=False)


# ------------------------------------------------- one bad document must not end the run


BAD_LINES = {
    "surrogate in text": '{"id": "bad", "text": "Gestern \\ud800 war es."}',
    "surrogate in id": '{"id": "\\ud800", "text": "Gestern war es kalt."}',
    "surrogate in title": '{"title": "x\\ud800", "text": "Gestern war es kalt."}',
    "surrogate in source": '{"source": "\\udfff", "text": "Gestern war es kalt."}',
    "nested 100,000 deep": '{"text": "Gestern.", "x": ' + "[" * 100_000 + "]" * 100_000 + "}",
    "5,000 digits in id": '{"text": "Gestern.", "id": ' + "9" * 5000 + "}",
    "5,000 digits in date": '{"text": "Gestern.", "date": ' + "1" * 5000 + "}",
    "5,000 digits in text": '{"text": ' + "7" * 5000 + "}",
}


@pytest.mark.parametrize("bad", list(BAD_LINES.values()), ids=list(BAD_LINES))
def test_a_bad_jsonl_line_is_its_own_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], bad: str
) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(f"{GOOD_LINE}\n{bad}\n", encoding="utf-8")
    before = sha(corpus)
    assert main(["extract", str(corpus)]) == EXIT_INPUT_ERRORS
    captured = capsys.readouterr()
    assert ids(captured.out) == ["good"]
    [line] = errors(captured.err)
    assert line.startswith(f"timeline: error: {corpus}:2: ")
    assert "unexpected" not in captured.err
    assert sha(corpus) == before


def test_a_language_of_300_letters_is_unsupported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus.jsonl"
    bad = json.dumps({"id": "bad", "text": "Gestern war es kalt.", "lang": "x" * 300})
    corpus.write_text(f"{GOOD_LINE}\n{bad}\n", encoding="utf-8")
    assert main(["extract", str(corpus)]) == EXIT_OK
    captured = capsys.readouterr()
    assert ids(captured.out) == ["good", "bad"]
    assert "is not supported" in captured.err
    assert errors(captured.err) == []


RELATIVE = "Gestern war es kalt. Yesterday it was cold. Last year too. Next year and tomorrow."


def _dated(tmp_path: Path, via: str, date: str) -> Path:
    if via == "jsonl":
        path = tmp_path / "bad.jsonl"
        path.write_text(json.dumps({"id": "bad", "text": RELATIVE, "date": date}) + "\n")
    elif via == "marker":
        path = tmp_path / "bad.txt"
        path.write_text(f"date {date} • Headline\n{RELATIVE}\n", encoding="utf-8")
    else:
        path = tmp_path / "bad.md"
        path.write_text(f"---\ndate: {date}\n---\n# Headline\n\n{RELATIVE}\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("via", ["jsonl", "marker", "front matter"])
@pytest.mark.parametrize("date", ["9999", "9999-12-31", "0001-01-01"])
def test_publication_dates_at_the_ends_of_the_calendar(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], via: str, date: str
) -> None:
    bad = _dated(tmp_path, via, date)
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    before = sha(bad)
    code = main(["extract", str(bad), str(good)])
    captured = capsys.readouterr()
    assert "unexpected" not in captured.err
    assert "good" in ids(captured.out)
    if code == EXIT_OK:
        assert len(ids(captured.out)) == 2
    else:
        assert code == EXIT_INPUT_ERRORS
        [line] = errors(captured.err)
        assert line.startswith(f"timeline: error: {bad}") and "analysis failed" in line
    assert sha(bad) == before


def test_dct_option_at_the_end_of_the_calendar(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text(RELATIVE, encoding="utf-8")
    code = main(["extract", str(bad), "--dct", "0001-01-01"])
    captured = capsys.readouterr()
    assert "unexpected" not in captured.err
    assert code in (EXIT_OK, EXIT_INPUT_ERRORS)
    assert len(errors(captured.err)) == (code == EXIT_INPUT_ERRORS)


class Boom(RuntimeError):
    pass


def _fail_on_bad(real: object) -> object:
    """``real`` (one of the pipeline's stages), failing whenever a document says "BOOM"."""

    def stage(*args: object, **kwargs: object) -> object:
        texts = [a for a in args if isinstance(a, str)]
        texts += [getattr(i, "text", "") for a in args if isinstance(a, list) for i in a]
        texts += [a.document.text for a in args if hasattr(a, "document")]
        if any("BOOM" in t for t in texts):
            raise Boom("went off")
        return real(*args, **kwargs)  # type: ignore[operator]

    return stage


@pytest.mark.parametrize(
    ("module", "name"),
    [
        (per_document.temporal, "tag"),
        (per_document, "find_names"),
        (events_stage, "build_events"),
    ],
    ids=["dates", "entities", "events"],
)
def test_a_document_failing_in_any_stage_is_left_out(
    monkeypatch: pytest.MonkeyPatch, module: object, name: str
) -> None:
    monkeypatch.setattr(module, name, _fail_on_bad(getattr(module, name)))
    good = Document(id="good", text=GOOD, dct="2024-12")
    bad = Document(id="bad", text="BOOM. Am 6. Januar 2021 in Berlin.", origin="bad.txt")
    analysis = analyse([bad, good])
    assert [d.document.id for d in analysis.documents] == ["good"]
    assert {e.document for e in analysis.events} == {"good"}
    assert analysis.events
    [failure] = analysis.failures
    assert failure.document.id == "bad" and isinstance(failure.error, Boom)
    assert str(failure) == "bad.txt: analysis failed: Boom: went off"


def test_a_failure_of_the_merge_across_documents_is_not_hidden(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Merging names works on all documents together: when it fails, that is no document's
    fault, and the error is raised, not blamed on a document."""

    def merge_names(documents: list[object]) -> object:
        raise Boom("a bug")

    monkeypatch.setattr(assembly, "merge_names", merge_names)
    with pytest.raises(Boom):
        analyse([Document(id="a", text=GOOD), Document(id="b", text=GOOD)])


def test_the_cli_names_the_failed_document_and_debug_raises(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(events_stage, "build_events", _fail_on_bad(events_stage.build_events))
    bad = tmp_path / "bad.txt"
    bad.write_text("BOOM. Am 6. Januar 2021 in Berlin.", encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out.json"
    assert main(["extract", str(bad), str(good), "-o", str(out)]) == EXIT_INPUT_ERRORS
    assert ids(out.read_text(encoding="utf-8")) == ["good"]
    assert errors(capsys.readouterr().err) == [
        f"timeline: error: {bad}: analysis failed: Boom: went off (TIMELINE_DEBUG=1 shows details)"
    ]
    monkeypatch.setenv("TIMELINE_DEBUG", "1")
    with pytest.raises(Boom):
        main(["extract", str(bad), str(good)])


# ------------------------------------------------------------- languages are never paths


@pytest.fixture
def planted(tmp_path: Path) -> Iterator[Path]:
    """A folder of "language resources" an attacker left: a TOML that breaks, and one that
    would make every word a German function word."""
    folder = tmp_path / "x"
    folder.mkdir()
    (folder / "language.toml").write_text("this is = = not TOML [", encoding="utf-8")
    (folder / "temporal.toml").write_text('name = "planted"\n', encoding="utf-8")
    yield folder


def test_resources_are_loaded_only_for_known_languages(planted: Path) -> None:
    assert resources.load("de", "language")
    relative = os.path.relpath(planted, Path(resources.__file__).parent)
    for lang in (str(planted), relative, "../de", "de/../de", "x" * 300, "", "."):
        assert resources.load(lang, "language") == {}
        assert resources.load(lang, "temporal") == {}


@pytest.mark.parametrize("kind", ["jsonl", "front matter"])
def test_a_language_that_is_a_path_is_unsupported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], planted: Path, kind: str
) -> None:
    relative = os.path.relpath(planted, Path(resources.__file__).parent)
    for lang in (str(planted), relative):
        if kind == "jsonl":
            path = tmp_path / "c.jsonl"
            path.write_text(json.dumps({"id": "p", "text": GOOD, "lang": lang}) + "\n")
        else:
            path = tmp_path / "c.md"
            path.write_text(f"---\nlang: {lang}\n---\n{GOOD}\n", encoding="utf-8")
        assert main(["extract", str(path)]) == EXIT_OK
        captured = capsys.readouterr()
        assert ids(captured.out) == ["p" if kind == "jsonl" else "c"]
        assert "is not supported" in captured.err
        assert "planted" not in captured.out + captured.err


# ------------------------------------------------------ escapes never reach the terminal


OSC_52 = "\x1b]52;c;aGVsbG8=\x07"
OSC_0 = "\x1b]0;pwned\x07"


def test_terminal_safe_escapes_controls() -> None:
    assert terminal_safe("plain – ä 🙂 \\ path/x.txt") == "plain – ä 🙂 \\ path/x.txt"
    assert terminal_safe(f"a{OSC_52}b") == "a\\x1b]52;c;aGVsbG8=\\x07b"
    assert terminal_safe("one\ntwo\rthree\u2028four") == "one\\ntwo\\rthree\\u2028four"
    assert terminal_safe("\x9b2J \u202e \udcff") == "\\x9b2J \\u202e \\udcff"


@pytest.mark.parametrize("name", [f"{OSC_52}.txt", f"{OSC_0}.txt", "a\nb.txt", "\x1b[2J.txt"])
def test_file_names_in_errors_are_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    bad = tmp_path / name
    bad.write_bytes(b"")  # empty: an error that names the file
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    assert main(["extract", str(bad), str(good)]) == EXIT_INPUT_ERRORS
    captured = capsys.readouterr()
    assert "\x1b" not in captured.err and "\x07" not in captured.err
    assert captured.err.count("\n") == 1  # one line, not split by the name
    [line] = errors(captured.err)
    assert line == f"timeline: error: {terminal_safe(str(bad))}: empty file"
    assert ids(captured.out) == ["good"]


def test_texts_in_warnings_are_escaped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"text": GOOD, "lang": f"x{OSC_0}\ny"}) + "\n")
    assert main(["extract", str(corpus)]) == EXIT_OK
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err
    assert all(line.startswith("timeline: warning:") for line in err.splitlines())


# --------------------------------------------------------------------------------- output


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text(GOOD, encoding="utf-8")
    return path


def _writing_to(stdout: object, article: Path, **kwargs: object) -> list[str]:
    """The error lines of ``timeline extract article`` writing to ``stdout``; exit code 1.
    (Without the store, whose file the same limits would hit first.)"""
    result = run(
        ["extract", "--no-store", str(article)],
        stdout=stdout,
        stderr=subprocess.PIPE,
        capture_output=False,
        **kwargs,
    )
    assert result.returncode == EXIT_INPUT_ERRORS
    return result.stderr.splitlines()


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
def test_a_full_disk_on_stdout_is_an_error(article: Path) -> None:
    with open("/dev/full", "w") as full:
        assert _writing_to(full, article) == [
            "timeline: error: cannot write to standard output: no space left on device"
        ]


def test_a_file_size_limit_on_stdout_is_an_error(article: Path, tmp_path: Path) -> None:
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (1000, resource.RLIM_INFINITY))

    with open(tmp_path / "out.json", "w") as out:
        assert _writing_to(out, article, preexec_fn=limit) == [
            "timeline: error: cannot write to standard output: file too large"
        ]


def test_a_reader_gone_before_the_end_is_an_error(article: Path) -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        assert _writing_to(write_end, article) == [
            "timeline: error: cannot write to standard output: broken pipe"
        ]
    finally:
        os.close(write_end)


def test_closed_standard_streams(article: Path, tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    command = f"exec '{sys.executable}' -m tui extract '{article}'"
    closed_out = subprocess.run(
        ["sh", "-c", command + " >&-"],
        cwd=REPO,
        env=env,
        capture_output=False,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
    )
    assert closed_out.returncode == EXIT_INPUT_ERRORS
    assert closed_out.stderr.splitlines() == [
        "timeline: error: standard output is closed; use -o FILE"
    ]
    out = tmp_path / "out.json"
    closed_in = subprocess.run(
        ["sh", "-c", f"{command} - -o '{out}' <&-"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert closed_in.returncode == EXIT_INPUT_ERRORS
    assert closed_in.stderr.splitlines() == ["timeline: error: <stdin>: standard input is closed"]
    assert ids(out.read_text(encoding="utf-8")) == ["a"]


@pytest.mark.parametrize("device", ["/dev/null", "/dev/full"])
def test_output_onto_a_device_writes_to_it(
    article: Path, capsys: pytest.CaptureFixture[str], device: str
) -> None:
    if not Path(device).exists():
        pytest.skip(f"no {device}")
    code = main(["extract", str(article), "-o", device])
    assert stat.S_ISCHR(os.stat(device).st_mode)
    err = capsys.readouterr().err
    if device == "/dev/null":
        assert code == EXIT_OK and err == ""
    else:
        assert code == EXIT_INPUT_ERRORS
        assert errors(err) == ["timeline: error: cannot write '/dev/full': no space left on device"]


def test_output_onto_a_pipe_writes_to_it(article: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE, text=True)
    assert main(["extract", str(article), "-o", str(fifo)]) == EXIT_OK
    out, _ = reader.communicate(timeout=30)
    assert ids(out) == ["a"]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_output_through_a_link_replaces_the_file_not_the_link(
    article: Path, tmp_path: Path
) -> None:
    target = tmp_path / "target.json"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    assert main(["extract", str(article), "-o", str(link)]) == EXIT_OK
    assert link.is_symlink()
    assert ids(target.read_text(encoding="utf-8")) == ["a"]


def test_output_may_not_be_the_file_standard_input_is_read_from(article: Path) -> None:
    before = sha(article)
    with open(article, "rb") as stdin:
        result = run(["extract", "-", "-o", str(article)], stdin=stdin)
    assert result.returncode == EXIT_USAGE
    assert errors(result.stderr) == [
        f"timeline: error: output {str(article)!r} would overwrite the input '-'"
    ]
    assert sha(article) == before


def test_output_may_not_be_a_hard_link_of_an_input(
    article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other.json"
    os.link(article, other)
    before = sha(article)
    assert main(["extract", str(article), "-o", str(other)]) == EXIT_USAGE
    assert len(errors(capsys.readouterr().err)) == 1
    assert sha(article) == before


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o600])
def test_an_output_file_keeps_its_mode(article: Path, tmp_path: Path, mode: int) -> None:
    out = tmp_path / "out.json"
    out.write_text("old", encoding="utf-8")
    out.chmod(mode)
    assert main(["extract", str(article), "-o", str(out)]) == EXIT_OK
    assert stat.S_IMODE(out.stat().st_mode) == mode
    assert ids(out.read_text(encoding="utf-8")) == ["a"]


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_a_new_output_file_gets_the_umask_mode(
    article: Path, tmp_path: Path, umask: int, mode: int
) -> None:
    out = tmp_path / "out.json"
    previous = os.umask(umask)
    try:
        assert main(["extract", str(article), "-o", str(out)]) == EXIT_OK
    finally:
        os.umask(previous)
    assert stat.S_IMODE(out.stat().st_mode) == mode
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_sigterm_while_writing_leaves_no_temporary_file(
    article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out.json"

    def terminated(*args: object) -> None:
        os.kill(os.getpid(), 15)  # SIGTERM, as ``kill`` sends it, while the file is written

    monkeypatch.setattr(cli.os, "replace", terminated)
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", str(article), "-o", str(out)])
    assert exit_info.value.code == 128 + 15
    assert list(tmp_path.iterdir()) == [article]


def _csv_rows(title: str, text: str) -> list[dict[str, str]]:
    date = resolve("2021-01-06")
    assert date is not None
    document = Document(id="=d", text=text)
    event = Event("ev-1", "=d", title, text, 0, len(text), date, "explicit", None, [])
    analysis = Analysis(documents=[DocumentAnalysis(document, "en")], events=[event])
    return list(csv.DictReader(io.StringIO(render_csv(analysis))))


@pytest.mark.parametrize(
    "formula",
    ["=1+1", "+1", "-1", "@SUM(A1)", ' =HYPERLINK("http://x")', "\t=1", " \t-2"],
)
def test_csv_cells_that_would_be_formulas_are_neutralised(formula: str) -> None:
    [row] = _csv_rows(formula, formula + " text")
    assert row["title"] == "'" + formula
    assert row["text"].startswith("'")
    assert row["document"] == "'=d"


def test_a_cell_beginning_with_a_carriage_return_is_neutralised() -> None:
    assert _neutralised("\r=1") == "'\r=1"
    assert _neutralised(7) == 7


def test_csv_keeps_ordinary_cells() -> None:
    [row] = _csv_rows("Trump – dinner", "Sturm auf das Kapitol = Angriff")
    assert row["title"] == "Trump – dinner"
    assert row["text"] == "Sturm auf das Kapitol = Angriff"
    assert row["value"] == "2021-01-06"


# ---------------------------------------------------------------------- the smaller ones


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
        ("utf-16-le", b""),
        ("utf-16-be", b""),
    ],
)
def test_utf16_is_decoded(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], encoding: str, bom: bytes
) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(bom + GOOD.encode(encoding))
    assert main(["extract", str(path)]) == EXIT_OK
    captured = capsys.readouterr()
    assert json.loads(captured.out)["documents"][0]["text"] == GOOD
    assert errors(captured.err) == []


def test_zeros_that_are_not_utf16_are_still_binary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(bytes(range(1, 9)) * 2 + b"\x00\x00" * 200)
    assert main(["extract", str(path)]) == EXIT_INPUT_ERRORS
    assert errors(capsys.readouterr().err) == [f"timeline: error: {path}: binary file, not text"]


def test_a_utf8_bom_before_jsonl_on_stdin_is_still_jsonl() -> None:
    result = run(["extract", "-"], input="\ufeff" + GOOD_LINE + "\n")
    assert result.returncode == EXIT_OK, result.stderr
    assert ids(result.stdout) == ["good"]


def test_a_raw_line_separator_inside_a_json_string_stays_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "c.jsonl"
    text = GOOD + "\u2028Zweite Zeile.\x85Dritte."
    corpus.write_text(
        json.dumps({"id": "one", "text": text}, ensure_ascii=False) + "\n" + GOOD_LINE + "\n",
        encoding="utf-8",
    )
    assert main(["extract", str(corpus)]) == EXIT_OK
    captured = capsys.readouterr()
    assert errors(captured.err) == []
    documents = json.loads(captured.out)["documents"]
    assert [d["id"] for d in documents] == ["one", "good"]
    assert documents[0]["text"] == text
    assert documents[1]["origin"] == f"{corpus}:2"


@pytest.mark.parametrize("relative", ["yesterday", "gestern", "2 days ago", "vor 2 Tagen"])
def test_a_relative_publication_date_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], relative: str
) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "a", "text": GOOD, "date": relative}) + "\n")
    assert main(["extract", str(corpus)]) == EXIT_OK
    captured = capsys.readouterr()
    assert json.loads(captured.out)["documents"][0]["dct"] is None
    assert "no publication date used" in captured.err


def test_the_same_file_given_twice_is_read_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(GOOD, encoding="utf-8")
    os.link(path, tmp_path / "b.txt")
    assert main(["extract", str(path), str(tmp_path), str(path)]) == EXIT_OK
    captured = capsys.readouterr()
    assert ids(captured.out) == ["a"]
    assert errors(captured.err) == []
    assert captured.err.count("read once") == 3


def extract_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, data: bytes
) -> tuple[dict[str, object], str]:
    """The one document read from a file of ``data`` (left unchanged), and standard error."""
    path = tmp_path / name
    path.write_bytes(data)
    before = sha(path)
    assert main(["extract", str(path)]) == EXIT_OK
    captured = capsys.readouterr()
    assert errors(captured.err) == []
    assert sha(path) == before
    [document] = json.loads(captured.out)["documents"]
    return document, captured.err


def test_a_stray_byte_in_utf8_is_replaced_not_read_as_cp1252(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = GOOD.encode() + b" Gr\xfc\xdfe aus M\xfcnchen. " + GOOD.encode()
    document, err = extract_one(tmp_path, capsys, "a.txt", data)
    assert document["text"] == GOOD + " Gr\ufffd\ufffde aus M\ufffdnchen. " + GOOD
    assert [line for line in err.splitlines() if "UTF-8" in line] == [
        f"timeline: warning: {tmp_path / 'a.txt'}: 3 invalid UTF-8 sequence(s) replaced by U+FFFD"
    ]


def test_text_that_is_mostly_not_utf8_is_still_cp1252(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "Grüße aus München. " + GOOD
    document, err = extract_one(tmp_path, capsys, "a.txt", text.encode("cp1252"))
    assert document["text"] == text
    assert [line for line in err.splitlines() if "UTF-8" in line] == [
        f"timeline: warning: {tmp_path / 'a.txt'}: not UTF-8; read as cp1252"
    ]


@pytest.mark.parametrize("eol", ["\r\n", "\r"], ids=["CRLF", "CR"])
def test_markdown_front_matter_with_crlf_or_cr_line_ends(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], eol: str
) -> None:
    text = eol.join(["---", "title: Sturm", "date: 2021-01-07", "source: Agentur", "---", GOOD])
    document, _ = extract_one(tmp_path, capsys, "a.md", text.encode())
    assert document["text"] == text
    assert (document["title"], document["dct"], document["source"]) == (
        "Sturm",
        "2021-01-07",
        "Agentur",
    )


def test_a_crlf_markdown_heading_has_no_carriage_return(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = f"# Sturm auf das Kapitol\r\n\r\n{GOOD}\r\n".encode()
    document, _ = extract_one(tmp_path, capsys, "a.md", data)
    assert document["title"] == "Sturm auf das Kapitol"


@pytest.mark.parametrize("eol", ["\n", "\r\n", "\r"], ids=["LF", "CRLF", "CR"])
def test_plain_text_keeps_its_headline_with_any_line_ends(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], eol: str
) -> None:
    text = eol.join(["Sturm auf das Kapitol", "", GOOD, "", "Redaktion Agentur"])
    document, _ = extract_one(tmp_path, capsys, "a.txt", text.encode())
    assert document["text"] == text
    assert (document["title"], document["source"]) == ("Sturm auf das Kapitol", "Agentur")
    assert [text[lo:hi] for lo, hi in sentences(text, "de")] == [
        "Sturm auf das Kapitol",
        GOOD,
        "Redaktion Agentur",
    ]


def test_a_stream_that_never_ends_is_refused_at_the_input_limit() -> None:
    with open("/dev/zero", "rb") as zeros:
        result = run(["extract", "-"], stdin=zeros)
    assert result.returncode == EXIT_INPUT_ERRORS
    assert errors(result.stderr) == [
        "timeline: error: <stdin>: larger than 50 MB, the limit for one input"
    ]


def test_a_file_over_the_input_limit_is_refused_and_the_others_are_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(documents, "MAX_INPUT_BYTES", 2**20)
    big, good = tmp_path / "big.txt", tmp_path / "good.txt"
    big.write_text(GOOD * (2**20 // len(GOOD) + 1), encoding="utf-8")
    good.write_text(GOOD, encoding="utf-8")
    assert main(["extract", str(big), str(good)]) == EXIT_INPUT_ERRORS
    captured = capsys.readouterr()
    assert errors(captured.err) == [
        f"timeline: error: {big}: larger than 1 MB, the limit for one input"
    ]
    assert ids(captured.out) == ["good"]
    stdin = io.BytesIO(big.read_bytes())
    assert [str(e) for e in documents.read_inputs(["-"], stdin=stdin).errors] == [
        "<stdin>: larger than 1 MB, the limit for one input"
    ]


def test_links_that_lead_nowhere_say_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    names = ["loop.txt", "dangling.txt", "missing.txt", "good.txt"]
    assert main(["extract", *(str(tmp_path / name) for name in names)]) == EXIT_INPUT_ERRORS
    captured = capsys.readouterr()
    assert errors(captured.err) == [
        f"timeline: error: {tmp_path / 'loop.txt'}: "
        "a symbolic link loop (too many levels of symbolic links)",
        f"timeline: error: {tmp_path / 'dangling.txt'}: "
        "a broken symbolic link (what it points to does not exist)",
        f"timeline: error: {tmp_path / 'missing.txt'}: no such file or directory",
    ]
    assert ids(captured.out) == ["good"]
    # Inside a folder, too.
    assert main(["extract", str(tmp_path)]) == EXIT_INPUT_ERRORS
    assert errors(capsys.readouterr().err)[1] == (
        f"timeline: error: {tmp_path / 'loop.txt'}: "
        "a symbolic link loop (too many levels of symbolic links)"
    )


def test_linked_folders_are_followed_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tree, outside = tmp_path / "tree", tmp_path / "outside"
    (tree / "sub").mkdir(parents=True)
    outside.mkdir()
    (tree / "sub" / "a.txt").write_text(GOOD, encoding="utf-8")
    (outside / "b.txt").write_text(GOOD, encoding="utf-8")
    (tree / "elsewhere").symlink_to(outside)
    (tree / "sub" / "up").symlink_to(tree)
    assert main(["extract", str(tree)]) == EXIT_OK
    captured = capsys.readouterr()
    assert ids(captured.out) == ["b", "a"]
    assert errors(captured.err) == []
    assert f"timeline: warning: {tree / 'sub' / 'up'}: the same folder as {tree}; read once" in (
        captured.err.splitlines()
    )


def test_an_unreadable_subfolder_is_an_error_and_the_rest_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "x.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    real = os.scandir

    def scandir(path: object) -> object:  # root may read any folder: refuse it here
        if Path(str(path)).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)  # type: ignore[call-overload]

    monkeypatch.setattr(os, "scandir", scandir)
    assert main(["extract", str(tmp_path)]) == EXIT_INPUT_ERRORS
    captured = capsys.readouterr()
    assert errors(captured.err) == [f"timeline: error: {tmp_path / 'locked'}: permission denied"]
    assert ids(captured.out) == ["good"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any folder")
def test_a_folder_without_permissions_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "locked").mkdir(mode=0)
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    try:
        assert main(["extract", str(tmp_path)]) == EXIT_INPUT_ERRORS
    finally:
        (tmp_path / "locked").chmod(0o700)
    captured = capsys.readouterr()
    assert errors(captured.err) == [f"timeline: error: {tmp_path / 'locked'}: permission denied"]
    assert ids(captured.out) == ["good"]
