"""The analysis store: results kept per document and analyser version, and a store that is
corrupt, locked, unwritable or shared never stops a run nor loses anything."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from tests.corpus.corpus_fixtures import corpus_documents, write_corpus
from tui.cli import EXIT_INPUT_ERRORS, EXIT_OK, main
from tui.core.analysis import (
    AnalysisOptions,
    ProgressReport,
    analyse,
    analyse_document,
    analyse_stream,
    assembly,
    codec,
    events_stage,
)
from tui.core.analysis.corpus_codec import KeptCorpus
from tui.core.export import RENDERERS
from tui.core.model import DocumentAnalysis
from tui.core.store import (
    AnalysisStore,
    analyser_version,
    document_key,
    remove_store_files,
    sqlite_store,
)


def recorded(
    monkeypatch: pytest.MonkeyPatch, owner: object, name: str, what: Callable[..., object]
) -> list[object]:
    """``owner.name`` replaced by itself that first records ``what`` of its arguments; the
    list of records."""
    records: list[object] = []
    real = getattr(owner, name)

    def recording(*args: Any, **kwargs: Any) -> Any:
        records.append(what(*args, **kwargs))
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, recording)
    return records


def test_a_second_run_reads_every_document_from_the_store(tmp_path: Path) -> None:
    store = tmp_path / "store.sqlite3"
    documents = corpus_documents()
    first: list[ProgressReport] = []
    fresh = analyse(documents, store=store, progress=first.append)
    assert first[-1].stored == 0
    second: list[ProgressReport] = []
    again = analyse(documents, store=store, progress=second.append)
    assert second[0] == ProgressReport("analysed", len(documents), len(documents), len(documents))
    assert RENDERERS["json"](again) == RENDERERS["json"](fresh)
    assert RENDERERS["json"](again) == RENDERERS["json"](analyse(documents))


def test_only_a_changed_document_is_analysed_again(tmp_path: Path) -> None:
    store = tmp_path / "store.sqlite3"
    documents = corpus_documents()
    analyse(documents, store=store)
    changed = [*documents]
    changed[2] = replace(changed[2], text=changed[2].text.replace("Dienstag", "Mittwoch"))
    seen: list[ProgressReport] = []
    analysis = analyse(changed, store=store, progress=seen.append)
    assert seen[0].stored == len(documents) - 1
    assert "Mittwoch" in analysis.documents[2].document.text


def test_the_options_and_the_publication_date_are_part_of_the_key() -> None:
    document = corpus_documents(1)[0]
    news = AnalysisOptions()
    keys = {
        document_key(document, news),
        document_key(document, AnalysisOptions(genre="narrative")),
        document_key(document, AnalysisOptions(lang="en")),
        document_key(replace(document, dct="2020-01-01"), news),
    }
    assert len(keys) == 4
    # Not the id, title or origin: the same article under another name is the same analysis.
    renamed = replace(document, id="other", origin="elsewhere.txt", title="Another title")
    assert document_key(renamed, news) == document_key(document, news)


@pytest.mark.parametrize(
    "text",
    [
        'Zeile eins\nZeile zwei\r\n\t"zitiert" C:\\Pfad',
        "ein Steuerzeichen \x0b und \x00 und \x1f",
        "ein einzelnes Surrogat \ud800 und ein Emoji \U0001f600",
        "",
    ],
)
def test_a_key_is_the_digest_of_the_json_of_what_is_analysed(text: str) -> None:
    # The key's form is fixed: a store filled by an earlier version keeps its rows.
    document = replace(corpus_documents(1)[0], text=text, ignored=((0, 0),), lang="de")
    options = AnalysisOptions(lang="de", genre="narrative")
    analysed = [text, document.dct, "de", [[0, 0]], "de", "narrative"]
    encoded = json.dumps(analysed, ensure_ascii=False, separators=(",", ":"))
    expected = hashlib.sha256(encoded.encode("utf-8", "surrogatepass")).hexdigest()
    assert document_key(document, options) == expected


def test_results_of_another_analyser_version_are_not_used(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    document = corpus_documents(1)[0]
    key = document_key(document, AnalysisOptions())
    result = analyse_document(document, AnalysisOptions())
    with AnalysisStore(path, "old-version") as old:
        old.put_many([(key, result)])
    with AnalysisStore(path, analyser_version()) as store:
        assert store.get_many([key]) == {}
        info = store.info()
        assert (info.results, info.stale) == (0, 1)
        assert store.clear(stale_only=True) == 1


def test_a_result_comes_back_exactly_as_it_was_stored() -> None:
    for document in corpus_documents(2):
        result = analyse_document(document, AnalysisOptions())
        assert result.names and result.timexes
        assert codec.decode(codec.encode(result)) == result


def test_a_corrupt_store_warns_and_the_run_goes_on_without_touching_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = write_corpus(tmp_path / "corpus", 2)
    store = tmp_path / "store.sqlite3"
    garbage = b"SQLite format 3\x00" + os.urandom(3000)
    store.write_bytes(garbage)
    assert main(["extract", str(corpus), "--store", str(store)]) == EXIT_OK
    captured = capsys.readouterr()
    assert json.loads(captured.out)["events"]
    [warning] = captured.err.splitlines()
    assert warning.startswith(f"timeline: warning: analysis store {str(store)!r}: ")
    assert warning.endswith("going on without it")
    assert store.read_bytes() == garbage


def test_a_file_that_is_no_database_is_neither_used_nor_removed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes", encoding="utf-8")
    assert main(["extract", "--store", str(notes)]) == EXIT_OK
    assert "not a readable database" in capsys.readouterr().err
    assert main(["store", "clear", "--store", str(notes)]) == EXIT_INPUT_ERRORS
    assert notes.read_text(encoding="utf-8") == "my notes"


def test_someone_elses_database_is_not_written_to(tmp_path: Path) -> None:
    path = tmp_path / "theirs.sqlite3"
    with sqlite3.connect(path) as theirs:
        theirs.execute("CREATE TABLE contacts (name TEXT)")
    store = AnalysisStore(path, analyser_version())
    assert not store.available
    assert "not a timeline analysis store" in store.problems[0]
    with sqlite3.connect(path) as theirs:
        tables = [r[0] for r in theirs.execute("SELECT name FROM sqlite_master")]
    assert tables == ["contacts"]


def test_an_unreadable_store_can_be_cleared(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "store.sqlite3"
    store.write_bytes(b"SQLite format 3\x00" + b"\xff" * 2000)
    assert main(["store", "clear", "--store", str(store)]) == EXIT_OK
    assert "removed the unreadable store" in capsys.readouterr().out
    assert not store.exists()
    assert not remove_store_files(store)


def test_a_store_that_cannot_be_created_warns_and_the_run_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    assert main(["extract", "--store", str(blocker / "store.sqlite3")]) == EXIT_OK
    captured = capsys.readouterr()
    assert json.loads(captured.out)["events"]
    assert "cannot create its folder" in captured.err


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_cache_folder_warns_and_the_run_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    cache.mkdir(mode=0o500)
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    try:
        assert main(["extract"]) == EXIT_OK
    finally:
        cache.chmod(0o700)
    assert "going on without it" in capsys.readouterr().err


def test_a_store_locked_too_long_is_given_up(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    AnalysisStore(path, analyser_version()).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        store = AnalysisStore(path, analyser_version(), timeout=0.2)
        document = corpus_documents(1)[0]
        analysis = analyse([document], store=store)
        assert analysis.events
        assert any("locked by another process" in w for w in analysis.warnings)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def _extract(corpus: Path, store: Path, out: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "tui", "extract", str(corpus), "--store", str(store),
         "--jobs", "1", "-o", str(out)],
        stderr=subprocess.PIPE,
    )  # fmt: skip


def test_two_runs_on_one_store_at_the_same_time_both_succeed(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", 16)
    store = tmp_path / "store.sqlite3"
    runs = [_extract(corpus, store, tmp_path / f"out{i}.json") for i in range(2)]
    for run in runs:
        _, err = run.communicate(timeout=300)
        assert run.returncode == EXIT_OK, err
        assert not err
    assert (tmp_path / "out0.json").read_bytes() == (tmp_path / "out1.json").read_bytes()
    with AnalysisStore(store, analyser_version()) as opened:
        assert opened.info().results == 16


def test_a_killed_run_leaves_a_consistent_store_and_no_output_file(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", 200)
    store = tmp_path / "store.sqlite3"
    out = tmp_path / "out.json"
    run = _extract(corpus, store, out)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not _has_rows(store):
        time.sleep(0.05)
    run.send_signal(signal.SIGKILL)
    run.wait(timeout=30)
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.json")]
    with sqlite3.connect(store) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    done = _extract(corpus, store, out)
    _, err = done.communicate(timeout=600)
    assert done.returncode == EXIT_OK, err
    assert len(json.loads(out.read_text(encoding="utf-8"))["documents"]) == 200


def _has_rows(store: Path) -> bool:
    if not store.exists():
        return False
    try:
        with sqlite3.connect(store, timeout=0.1) as connection:
            return bool(connection.execute("SELECT COUNT(*) FROM results").fetchone()[0])
    except sqlite3.Error:
        return False


def test_store_info_and_clear(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = tmp_path / "store.sqlite3"
    assert main(["store", "info", "--store", str(store)]) == EXIT_OK
    assert "no analysis store yet" in capsys.readouterr().out
    corpus = write_corpus(tmp_path / "corpus", 3)
    assert main(["extract", str(corpus), "--store", str(store)]) == EXIT_OK
    capsys.readouterr()
    assert main(["store", "info", "--store", str(store)]) == EXIT_OK
    assert "analyses: 3 by this version" in capsys.readouterr().out
    with sqlite3.connect(store) as connection:  # the documents' events are kept too
        assert connection.execute("SELECT COUNT(*) FROM events").fetchone() == (3,)
        connection.execute("UPDATE events SET analyser = 'old'")  # as an older version's
    assert main(["store", "clear", "--stale", "--store", str(store)]) == EXIT_OK
    assert "removed 0 analyses of other versions" in capsys.readouterr().out
    with sqlite3.connect(store) as connection:
        assert connection.execute("SELECT COUNT(*) FROM events").fetchone() == (0,)
    assert main(["store", "clear", "--store", str(store)]) == EXIT_OK
    assert "removed 3 analyses" in capsys.readouterr().out
    assert main(["store", "info", "--store", str(store)]) == EXIT_OK
    assert "analyses: 0 by this version" in capsys.readouterr().out


def test_no_store_neither_reads_nor_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert main(["extract", "--no-store", "-o", str(tmp_path / "out.json")]) == EXIT_OK
    assert not (tmp_path / "cache").exists()
    assert main(["extract", "-o", str(tmp_path / "out.json")]) == EXIT_OK
    assert (tmp_path / "cache" / "timeline" / "analysis.sqlite3").is_file()


def test_events_are_kept_too_and_built_again_only_when_their_inputs_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = tmp_path / "store.sqlite3"
    documents = corpus_documents()
    first = analyse(documents, store=store)
    built = recorded(monkeypatch, events_stage, "build_events", lambda item, **_: item.document.id)
    again = analyse(documents, store=store)
    assert built == []
    assert RENDERERS["json"](again) == RENDERERS["json"](first)
    # Another id is another event id: that document's events are built again.
    renamed = [replace(documents[0], id="renamed"), *documents[1:]]
    analyse(renamed, store=store)
    assert built == ["renamed"]


def test_names_merged_across_a_corpus_are_kept_and_merged_again_only_for_other_documents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = tmp_path / "store.sqlite3"
    documents = corpus_documents()
    first = analyse(documents, store=store)
    merged = recorded(monkeypatch, assembly, "merge_names", len)
    again = analyse(documents, store=store)
    assert merged == []
    assert RENDERERS["json"](again) == RENDERERS["json"](first)
    # Streamed, the same corpus finds the same kept names.
    streamed = analyse_stream(documents, store=store)
    assert [e.id for e in streamed.entities] == [e.id for e in first.entities]
    list(streamed.parts)
    assert merged == []
    # One document fewer is another corpus: its names are merged (and kept) anew.
    analyse(documents[1:], store=store)
    analyse(documents[1:], store=store)
    assert merged == [len(documents) - 1]


def test_only_the_last_corpora_names_are_kept(tmp_path: Path) -> None:
    with AnalysisStore(tmp_path / "store.sqlite3", analyser_version()) as store:
        for count in range(sqlite_store.KEPT_CORPORA + 3):
            store.keep_merged_names([f"document {count}"], ([], []))
        assert store.merged_names(["document 0"]) is None
        assert store.merged_names([f"document {count}"]) == ([], [])


def test_a_corpus_opened_again_reads_all_its_events_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = tmp_path / "store.sqlite3"
    documents = corpus_documents()
    first = analyse(documents, store=store)
    looked_up = recorded(
        monkeypatch, AnalysisStore, "events_for", lambda _store, document, *_: document.id
    )
    again = analyse(documents, store=store)
    assert looked_up == []
    assert RENDERERS["json"](again) == RENDERERS["json"](first)
    # A document retitled is another corpus: its events are looked up per document, and the
    # retitled one's are built with its new title.
    retitled = [replace(documents[0], title="Ein anderer Titel"), *documents[1:]]
    changed = analyse(retitled, store=store)
    assert len(looked_up) == len(documents)
    assert RENDERERS["json"](changed) == RENDERERS["json"](analyse(retitled))
    assert RENDERERS["json"](changed) != RENDERERS["json"](first)


def test_only_the_last_corpora_events_are_kept(tmp_path: Path) -> None:
    documents = corpus_documents()[:1]
    empty = KeptCorpus([DocumentAnalysis(documents[0], "de")], [], [])
    with AnalysisStore(tmp_path / "store.sqlite3", analyser_version(), events_version="v") as store:
        for count in range(sqlite_store.KEPT_CORPORA + 3):
            store.keep_corpus_analysis(documents, [f"document {count}"], empty)
        assert store.corpus_analysis(documents, ["document 0"]) is None
        assert store.corpus_analysis(documents, [f"document {count}"]) == empty


def test_a_corpus_read_back_whole_imports_no_per_document_analysis(tmp_path: Path) -> None:
    """Reopening a corpus kept in the store reads; the modules that analyse a document (and
    their word lists and models) are not even imported. In a new interpreter."""
    store = tmp_path / "store.sqlite3"
    analyse(corpus_documents(), store=store)
    script = (
        "import sys\n"
        f"sys.path.insert(0, {str(Path(__file__).resolve().parents[2])!r})\n"
        "from pathlib import Path\n"
        "from tests.corpus.corpus_fixtures import corpus_documents\n"
        "from tui.core.analysis import analyse\n"
        f"analysis = analyse(corpus_documents(), store=Path({str(store)!r}), jobs=2)\n"
        "analysing = ('per_document', 'candidates', 'temporal', 'spacy')\n"
        "print(len(analysis.events) > 0, sorted(m for m in sys.modules\n"
        "      if any(part in m.split('.') for part in analysing)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300, check=True
    )
    assert result.stdout.strip() == "True []"
