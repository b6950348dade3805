"""Curation saved as the reader works: across sessions, across a re-analysis, with two
writers, and through a crash."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.curation.corpus import EVENTS, EventSpec, analysis, event
from tui.cli import EXIT_OK, main
from tui.core.curation import (
    CurationSession,
    CurationStore,
    RemoveEntity,
    SetStarred,
    content_key,
    curated_analysis,
    load_actions,
)
from tui.core.store import AnalysisStore


def _session(
    path: Path, events: dict[str, EventSpec] | None = None, **kw: object
) -> CurationSession:
    return CurationSession(analysis(events, **kw), CurationStore(path))  # type: ignore[arg-type]


def test_a_second_session_sees_the_first_ones_work(tmp_path: Path) -> None:
    path = tmp_path / "curation.sqlite3"
    first = _session(path)
    first.hide("ev-met")
    first.star("ev-apple")
    first.change_date("ev-spoke", "2020")
    first.merge("friedrich", "merz")
    first.undo()  # the undone merge is gone from the file too
    first.store.close()  # type: ignore[union-attr]
    second = _session(path)
    assert second.analysis == first.analysis
    assert second.analysis.marks["ev-met"].hidden
    assert [e.id for e in second.analysis.entities] == ["friedrich", "merz", "apple", "berlin"]


def test_redo_saves_again(tmp_path: Path) -> None:
    path = tmp_path / "curation.sqlite3"
    first = _session(path)
    first.star("ev-met")
    first.undo()
    first.redo()
    assert _session(path).analysis.marks["ev-met"].starred


def test_curation_lives_in_the_analysis_store_and_the_store_still_opens(tmp_path: Path) -> None:
    store_path = tmp_path / "analysis.sqlite3"
    with AnalysisStore(store_path, "v1") as store:
        assert store.available
    _session(store_path).hide("ev-met")
    with AnalysisStore(store_path, "v1") as store:
        assert store.available, store.problems
        store.clear()  # the analyses go; the reader's work stays
    assert curated_analysis(analysis(), store_path).marks["ev-met"].hidden


def test_someone_elses_database_is_never_written(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE accounts (id INTEGER)")
    connection.close()
    session = _session(path)
    session.hide("ev-met")  # works in memory, says it is not saved
    assert session.analysis.marks["ev-met"].hidden
    assert session.problems and "not a timeline" in session.problems[0]
    with sqlite3.connect(path) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    connection.close()
    assert tables == {"accounts"}


def test_curation_is_kept_across_a_re_analysis(tmp_path: Path) -> None:
    path = tmp_path / "curation.sqlite3"
    first = _session(path)
    first.hide("ev-met")
    first.edit_title("ev-vote2", "the second vote")
    first.note("ev-apple", "gone later")
    first.merge("friedrich", "merz")
    # Another analyser: the files were renamed, dates and titles differ (the order of the
    # events changes), a new event appears before the listed ones, the Apple event is gone.
    changed = {
        "met": EventSpec("a", EVENTS["met"].sentence, "2024-05", title="another title"),
        "spoke": EVENTS["spoke"],
        "new": EventSpec("b", "Merz sprach", "2024-05-01"),
        "vote1": EventSpec("b", EVENTS["vote1"].sentence, "2024-05-02"),
        "vote2": EventSpec("b", EVENTS["vote2"].sentence, "2024-05-09"),
    }
    second = _session(path, changed, ids=("renamed-a", "renamed-b"))
    curated = second.analysis
    assert curated.marks["ev-met"].hidden
    assert event(curated, "ev-met").title == "another title"
    assert event(curated, "ev-vote2").title == "the second vote"
    assert "ev-vote1" not in curated.marks
    assert event(curated, "ev-spoke").entities == ["friedrich"]
    # The note's event has gone: the note is reported, and kept for when it comes back.
    assert [type(a).__name__ for a in second.orphans()] == ["SetNote"]
    assert len(second.actions()) == 4
    assert _session(path).analysis.marks["ev-apple"].note == "gone later"


def test_an_orphaned_action_is_reported_not_dropped(tmp_path: Path) -> None:
    path = tmp_path / "curation.sqlite3"
    session = _session(path)
    session.star("ev-met")
    key = session.key_of("ev-met")
    gone = SetStarred(type(key)(key.document, key.start, key.end + 7))
    session.apply(gone)
    session.apply(RemoveEntity("Nobody", content_key(analysis().documents[0].document.text)))
    session.apply(RemoveEntity("Elsewhere", anchor="an article that is not open"))
    assert session.orphans() == [gone, session.actions()[2]]
    reloaded = _session(path)
    assert len(reloaded.actions()) == 4
    assert len(reloaded.orphans()) == 2
    assert "2 curation actions no longer apply" in curated_analysis(analysis(), path).warnings[-1]


def test_an_action_on_another_article_is_not_reported(tmp_path: Path) -> None:
    session = _session(tmp_path / "curation.sqlite3")
    key = session.key_of("ev-met")
    session.apply(SetStarred(type(key)("another article", key.start, key.end)))
    assert session.orphans() == []


def test_two_writers_at_once_keep_every_action(tmp_path: Path) -> None:
    path = tmp_path / "curation.sqlite3"
    sessions = [_session(path), _session(path)]
    ids = ["ev-met", "ev-apple", "ev-spoke", "ev-vote1", "ev-vote2"]

    def work(session: CurationSession, flip: bool) -> None:
        for round in range(20):
            for event_id in ids:
                session.star(event_id, starred=flip)
                session.note(event_id, f"{flip} {round}")
            session.undo()

    threads = [threading.Thread(target=work, args=(s, i == 1)) for i, s in enumerate(sessions)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(not s.problems for s in sessions)
    saved = CurationStore(path).actions()
    assert len(saved) == 2 * 20 * (2 * len(ids) - 1)
    assert {a.id for a in saved} == {a.id for s in sessions for a in s.actions()}
    for session in sessions:
        session.reload()
    assert sessions[0].analysis == sessions[1].analysis


_WRITER = """
import sys
from tui.core.curation import CurationStore, SetHidden, EventKey
store = CurationStore(__import__("pathlib").Path(sys.argv[1]))
n = 0
while True:
    store.add([SetHidden(EventKey("doc", n, n + 1))])
    n += 1
    if n == 50:
        print("ready", flush=True)
"""


def test_a_writer_killed_mid_write_leaves_an_intact_file(tmp_path: Path) -> None:
    path = tmp_path / "curation.sqlite3"
    _session(path).hide("ev-met")
    writer = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout is not None and writer.stdout.readline() == "ready\n"
    writer.kill()
    writer.wait()
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()
    store = CurationStore(path)
    actions = store.actions()
    assert store.unreadable == 0 and len(actions) > 50
    # Every action written is whole, and the ones written by offset come in order.
    starts = [a.event.start for a in actions[1:]]  # type: ignore[union-attr]
    assert starts == list(range(len(starts)))
    assert _session(path).analysis.marks["ev-met"].hidden


def _unreadable_store_with_curation(tmp_path: Path) -> Path:
    """A store another version of timeline left, with the reader's curation in it."""
    path = tmp_path / "analysis.sqlite3"
    with AnalysisStore(path, "v1"):
        pass
    _session(path).hide("ev-met")
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE meta SET value = 'old' WHERE key = 'schema'")
    connection.close()
    return path


def test_clearing_an_unreadable_store_keeps_the_curation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _unreadable_store_with_curation(tmp_path)
    assert main(["store", "clear", "--store", str(path)]) == EXIT_OK
    assert "kept 1 curation actions" in capsys.readouterr().out
    with AnalysisStore(path, "v1") as store:
        assert store.available
    assert _session(path).analysis.marks["ev-met"].hidden
    assert not (tmp_path / "analysis.sqlite3.curation.json").exists()


def test_a_curation_that_cannot_be_written_again_is_left_in_a_side_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _unreadable_store_with_curation(tmp_path)
    side = tmp_path / "analysis.sqlite3.curation.json"
    monkeypatch.setattr(CurationStore, "add", lambda self, actions: False)
    assert main(["store", "clear", "--store", str(path)]) != EXIT_OK
    out, err = capsys.readouterr()
    assert "kept" not in out
    assert len(err.splitlines()) == 1 and str(side) in err and "Traceback" not in err
    assert [type(a).__name__ for a in load_actions(side.read_text(encoding="utf-8"))] == [
        "SetHidden"
    ]
    monkeypatch.undo()
    # As the error says: nothing is lost.
    assert main(["curation", "import", str(side), "--store", str(path)]) == EXIT_OK
    assert _session(path).analysis.marks["ev-met"].hidden


def test_no_curation_file_is_made_where_nothing_was_curated(tmp_path: Path) -> None:
    path = tmp_path / "nothing.sqlite3"
    assert curated_analysis(analysis(), path) == analysis()
    assert not path.exists()
