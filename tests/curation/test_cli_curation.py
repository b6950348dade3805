"""``timeline curation export|import`` and ``timeline extract`` with the saved curation."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from tests.curation.corpus import analysis
from tui.cli import EXIT_OK, EXIT_USAGE, main
from tui.core.curation import (
    Action,
    CurationSession,
    CurationStore,
    EditTitle,
    EventKey,
    MergeEntities,
    RemoveEntity,
    SetHidden,
    SetNote,
    SetStarred,
    content_key,
    dump_actions,
)

ARTICLE = (
    "Am 6. Januar 2021 stürmten Anhänger von Donald Trump das Kapitol. Die Polizei nahm"
    " Dutzende fest. Trump sprach am 7. Januar 2021.\n"
)


def _curated_store(tmp_path: Path) -> Path:
    """A curation file with the hand-built corpus's curation in it."""
    path = tmp_path / "store.sqlite3"
    session = CurationSession(analysis(), CurationStore(path))
    session.hide("ev-met")
    session.note("ev-apple", "[bold]<script>\x1b[31m")
    session.merge("friedrich", "merz")
    return path


def test_export_then_import_elsewhere_round_trips(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _curated_store(tmp_path)
    exported = tmp_path / "curation.json"
    assert main(["curation", "export", str(exported), "--store", str(source)]) == EXIT_OK
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert (data["format"], data["version"], len(data["actions"])) == ("timeline-curation", 1, 3)
    assert data["actions"][1]["note"] == "[bold]<script>\x1b[31m"
    # Another machine: no store, the data folder.
    assert main(["curation", "import", str(exported), "--no-store"]) == EXIT_OK
    assert "imported 3 curation actions (0 already there)" in capsys.readouterr().out
    assert main(["curation", "import", str(exported), "--no-store"]) == EXIT_OK
    assert "imported 0 curation actions (3 already there)" in capsys.readouterr().out
    elsewhere = CurationSession(analysis(), CurationStore(_data_file()))
    original = CurationSession(analysis(), CurationStore(source))
    assert elsewhere.actions() == original.actions()
    assert elsewhere.analysis == original.analysis


def _data_file() -> Path:
    from tui.core.curation import curation_path

    return curation_path(None)


def test_export_leaves_no_partial_file_when_it_fails(tmp_path: Path) -> None:
    other = tmp_path / "not-a-store.sqlite3"
    other.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    out = tmp_path / "out.json"
    assert main(["curation", "export", str(out), "--store", str(other)]) != EXIT_OK
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [other]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{not json", "not JSON"),
        (b"\xff\xfe", "not UTF-8"),
        (b'{"format": "something else"}', "not a timeline curation file"),
        (b'{"format": "timeline-curation", "version": 99, "actions": []}', "version 99"),
        (b'{"format": "timeline-curation", "version": 1, "actions": [{"kind": "x"}]}', "action 1"),
        (
            b'{"format": "timeline-curation", "version": 1, "actions": [{"kind": "relabel",'
            b' "entity": "Merz", "label": null}]}',
            "without a label",
        ),
        (
            b'{"format": "timeline-curation", "version": 1, "actions": [{"kind": "hide",'
            b' "event": {"document": "d", "start": -1, "end": 3}}]}',
            "offsets",
        ),
    ],
)
def test_a_bad_file_is_one_line_and_imports_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    store = tmp_path / "store.sqlite3"
    assert main(["curation", "import", str(bad), "--store", str(store)]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and message in err and "Traceback" not in err
    assert CurationStore(store).actions() == []


def test_export_never_writes_over_the_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = _curated_store(tmp_path)
    assert main(["curation", "export", str(store), "--store", str(store)]) == EXIT_USAGE
    assert "would overwrite" in capsys.readouterr().err
    assert len(CurationStore(store).actions()) == 3


def test_a_missing_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["curation", "import", str(tmp_path / "nope.json")]) == EXIT_USAGE
    assert len(capsys.readouterr().err.splitlines()) == 1


def _article_and_store(tmp_path: Path) -> tuple[Path, Path]:
    """:data:`ARTICLE` in a file, and where its store goes."""
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    return article, tmp_path / "store.sqlite3"


def _curate_article(tmp_path: Path, store: Path) -> None:
    """Curation of :data:`ARTICLE`, imported from a file as another machine wrote it."""
    key = EventKey(content_key(ARTICLE), 0, ARTICLE.index("Die Polizei") - 1)
    actions: list[Action] = [
        EditTitle(key, "[b]Sturm[/b] <i>aufs</i> Kapitol"),
        SetNote(key, "a note"),
        # The analyser has made "Trump" an alias of "Donald Trump": the merge is done.
        MergeEntities("Donald Trump", "Trump"),
        RemoveEntity("kapitol"),  # names are compared without case
    ]
    file = tmp_path / "curation.json"
    file.write_text(dump_actions(actions), encoding="utf-8")
    assert main(["curation", "import", str(file), "--store", str(store)]) == EXIT_OK


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_extract_applies_the_saved_curation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    article, store = _article_and_store(tmp_path)
    common = ["extract", str(article), "--store", str(store), "-q", "--format", fmt]
    assert main(common) == EXIT_OK
    raw = _titles(capsys.readouterr().out, fmt)
    _curate_article(tmp_path, store)
    capsys.readouterr()
    assert main(common) == EXIT_OK
    curated = _titles(capsys.readouterr().out, fmt)
    assert curated == ["[b]Sturm[/b] <i>aufs</i> Kapitol", *raw[1:]]
    assert main([*common, "--no-curation"]) == EXIT_OK
    assert _titles(capsys.readouterr().out, fmt) == raw


def _titles(out: str, fmt: str) -> list[str]:
    if fmt == "csv":
        return [row["title"] for row in csv.DictReader(io.StringIO(out))]
    return [event["title"] for event in json.loads(out)["events"]]


def test_extract_json_shows_curated_entities(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article, store = _article_and_store(tmp_path)
    common = ["extract", str(article), "--store", str(store), "-q"]
    assert main(common) == EXIT_OK
    raw = json.loads(capsys.readouterr().out)
    assert {e["name"] for e in raw["entities"]} == {"Donald Trump", "Kapitol"}
    kapitol = next(e["id"] for e in raw["entities"] if e["name"] == "Kapitol")
    _curate_article(tmp_path, store)
    capsys.readouterr()
    assert main(common) == EXIT_OK
    out, err = capsys.readouterr()
    curated = json.loads(out)
    assert [e["name"] for e in curated["entities"]] == ["Donald Trump"]
    assert all(kapitol not in event["entities"] for event in curated["events"])
    assert "no longer apply" not in err


def test_the_explorers_analysis_is_curated(tmp_path: Path) -> None:
    from tui.core.curation import open_session
    from tui.core.model import Document
    from tui.ui.screens.timeline_screen import pipeline_analyse

    store = tmp_path / "store.sqlite3"
    _curate_article(tmp_path, store)
    documents = [Document(id="a", text=ARTICLE)]
    # What the explorer's worker does: the analysis, then the saved curation on it.
    shown = open_session(pipeline_analyse(documents, store=store), store).analysis
    assert shown.events[0].title == "[b]Sturm[/b] <i>aufs</i> Kapitol"
    assert shown.marks[shown.events[0].id].note == "a note"
    assert [e.name for e in shown.entities] == ["Donald Trump"]


@pytest.mark.parametrize("fmt", ["json", "csv", "jsonl"])
def test_extract_leaves_out_what_the_reader_hid(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    article, store = _article_and_store(tmp_path)
    key = EventKey(content_key(ARTICLE), 0, ARTICLE.index("Die Polizei") - 1)
    file = tmp_path / "curation.json"
    file.write_text(dump_actions([SetHidden(key), SetStarred(key)]), encoding="utf-8")
    assert main(["curation", "import", str(file), "--store", str(store)]) == EXIT_OK
    common = ["extract", str(article), "--store", str(store), "-q", "--format", fmt]
    capsys.readouterr()
    assert main(common) == EXIT_OK
    assert "Kapitol" not in _event_texts(capsys.readouterr().out, fmt)
    assert main([*common, "--include-hidden", "--starred"]) == EXIT_OK
    out, err = capsys.readouterr()
    assert _event_texts(out, fmt).count("Kapitol") == 1 and "starred" not in err


def _event_texts(out: str, fmt: str) -> str:
    if fmt == "csv":
        return " ".join(row["text"] for row in csv.DictReader(io.StringIO(out)))
    if fmt == "jsonl":
        lines = [json.loads(line) for line in out.splitlines()]
        return " ".join(e["text"] for line in lines for e in line.get("events", []))
    return " ".join(e["text"] for e in json.loads(out)["events"])


@pytest.mark.parametrize("fmt", ["json", "csv", "jsonl", "md"])
def test_extract_reports_orphans_in_every_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    article, store = _article_and_store(tmp_path)
    here = content_key(ARTICLE)
    actions: list[Action] = [
        SetNote(EventKey(here, 1, 5), "no sentence there"),  # its article is open: an orphan
        SetNote(EventKey(content_key("another article"), 0, 4), "not open: not reported"),
        RemoveEntity("nobody at all"),  # names no article: always reported
        SetHidden(EventKey(here, 0, ARTICLE.index("Die Polizei") - 1)),  # applies
    ]
    file = tmp_path / "curation.json"
    file.write_text(dump_actions(actions), encoding="utf-8")
    assert main(["curation", "import", str(file), "--store", str(store)]) == EXIT_OK
    capsys.readouterr()
    common = ["extract", str(article), "--store", str(store), "-q", "--format", fmt]
    assert main(common) == EXIT_OK
    err = capsys.readouterr().err
    assert err.count("no longer apply") == 1
    assert "2 curation actions no longer apply" in err


def test_export_fails_whole_when_the_curation_cannot_be_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "store.sqlite3"
    with closing(sqlite3.connect(store)) as connection:
        connection.execute("CREATE TABLE curation (seq INTEGER PRIMARY KEY, id TEXT)")
    out = tmp_path / "out.json"
    assert main(["curation", "export", str(out), "--store", str(store)]) != EXIT_OK
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "curation in" in err and "Traceback" not in err
    assert not out.exists()


def test_export_of_nothing_curated_leaves_the_disk_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    nowhere = tmp_path / "no-store.sqlite3"
    for where in (["--no-store"], ["--store", str(nowhere)]):
        out = tmp_path / "out.json"
        assert main(["curation", "export", str(out), *where]) == EXIT_OK
        data = json.loads(out.read_text(encoding="utf-8"))
        assert (data["format"], data["version"], data["actions"]) == ("timeline-curation", 1, [])
        out.unlink()
    assert not _data_file().exists() and not nowhere.exists()
    assert "exported 0 curation actions" in capsys.readouterr().out


def test_export_from_a_store_with_no_curation_adds_no_table(tmp_path: Path) -> None:
    article, store = _article_and_store(tmp_path)
    assert main(["extract", str(article), "--store", str(store), "-q", "-o", "/dev/null"]) == 0
    out = tmp_path / "out.json"
    assert main(["curation", "export", str(out), "--store", str(store)]) == EXIT_OK
    assert json.loads(out.read_text(encoding="utf-8"))["actions"] == []
    with closing(sqlite3.connect(store)) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    assert "curation" not in tables


def _with_one_of_another_version(store: Path) -> None:
    """The curation of :data:`ARTICLE`, and a row that a later version wrote."""
    with CurationStore(store) as saved:
        saved.add([SetHidden(EventKey(content_key(ARTICLE), 0, 5))])
    with closing(sqlite3.connect(store)) as connection, connection:
        connection.execute(
            "INSERT INTO curation (id, payload) VALUES ('x', ?)", ['{"kind": "from-the-future"}']
        )


def test_extract_says_how_many_saved_actions_it_cannot_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article, store = _article_and_store(tmp_path)
    _with_one_of_another_version(store)
    assert main(["extract", str(article), "--store", str(store), "-q"]) == EXIT_OK
    err = capsys.readouterr().err
    assert "1 saved curation action is of another version of timeline and left out" in err


def test_the_explorers_analysis_says_how_many_saved_actions_it_cannot_read(
    tmp_path: Path,
) -> None:
    from tui.core.curation import curated_analysis, open_session

    store = tmp_path / "store.sqlite3"
    _with_one_of_another_version(store)
    warning = "1 saved curation action is of another version of timeline and left out"
    assert curated_analysis(analysis(), store).warnings.count(warning) == 1
    assert open_session(analysis(), store).analysis.warnings.count(warning) == 1
