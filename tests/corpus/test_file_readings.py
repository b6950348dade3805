"""What reading each file gave, remembered in the analysis store: a corpus read again is
not parsed again, unless a file changed; a file with an error is always read again."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from tui.core import documents
from tui.core.documents import ReadResult, read_inputs
from tui.core.store.file_readings import StoredReadings

PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>Rat beschließt Etat</title>
<meta property="article:published_time" content="2024-03-05T10:00:00Z"></head><body>
<nav><a href="/">Start</a> <a href="/politik">Politik</a></nav><article><h1>Rat beschließt Etat</h1>
<p>Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen.</p>
<p>Die Opposition stimmte dagegen und kündigte eine Klage an.</p></article>
<footer>Impressum</footer></body></html>"""


def _settle(*paths: Path) -> None:
    """Files last changed a minute ago (a file changed just now is not remembered)."""
    past = time.time() - 60
    for path in paths:
        os.utime(path, (past, past))


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("Erste Meldung\n\nAm Montag tagte der Rat.\n")
    (folder / "sub" / "a.txt").write_text("Zweite Meldung\n\nAm Dienstag tagte er wieder.\n")
    (folder / "b.md").write_text("---\ntitle: Notiz\ndate: 2024-05-01\n---\nGestern regnete es.\n")
    (folder / "c.jsonl").write_text(
        '{"id": "x", "text": "Heute scheint die Sonne.", "date": "2024-05-02"}\n'
        '{"id": "y", "text": "Morgen auch.", "date": "2024-05-02", "title": [7]}\n'
    )
    (folder / "d.html").write_text(PAGE)
    _settle(*(p for p in folder.rglob("*") if p.is_file()))
    return folder


def _read(paths: list[str], store: Path) -> ReadResult:
    cache = StoredReadings(store)
    try:
        return read_inputs(paths, cache=cache)
    finally:
        cache.close()


def _counting_parsers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    parsed: list[str] = []
    for name in ("parse_plain_text", "parse_markdown", "parse_jsonl", "parse_html"):
        parse = getattr(documents, name)

        def counted(*args: object, _parse=parse, _name=name, **kwargs: object) -> object:  # type: ignore[no-untyped-def]
            parsed.append(_name)
            return _parse(*args, **kwargs)

        monkeypatch.setattr(documents, name, counted)
    return parsed


def test_a_corpus_read_again_is_not_parsed_again_and_reads_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, store = _corpus(tmp_path), tmp_path / "store.sqlite3"
    fresh = read_inputs([str(folder)])
    assert len(fresh.documents) == 6 and not fresh.errors
    assert [d.id for d in fresh.documents].count("a-2") == 1  # the same name twice
    parsed = _counting_parsers(monkeypatch)
    assert _read([str(folder)], store) == fresh
    assert len(parsed) == 5
    parsed.clear()
    again = _read([str(folder)], store)
    assert again == fresh and parsed == []
    assert again.documents[0] is not fresh.documents[0]


def test_a_changed_file_is_read_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder, store = _corpus(tmp_path), tmp_path / "store.sqlite3"
    _read([str(folder)], store)
    changed = folder / "b.md"
    changed.write_text("---\ntitle: Notiz\ndate: 2024-05-01\n---\nGestern schneite es.\n")
    _settle(changed)
    parsed = _counting_parsers(monkeypatch)
    again = _read([str(folder)], store)
    assert parsed == ["parse_markdown"]
    assert any(d.text.endswith("schneite es.\n") for d in again.documents)
    assert again == read_inputs([str(folder)])


def test_a_file_changed_just_now_is_not_remembered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its next change could come within the clock's granularity and keep its stamp."""
    folder, store = _corpus(tmp_path), tmp_path / "store.sqlite3"
    (folder / "a.txt").write_text("Neue Meldung\n\nAm Freitag tagte der Rat.\n")
    _read([str(folder)], store)
    parsed = _counting_parsers(monkeypatch)
    _read([str(folder)], store)
    assert parsed == ["parse_plain_text"]


def test_a_file_that_gave_an_error_is_read_again_and_says_so_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, store = _corpus(tmp_path), tmp_path / "store.sqlite3"
    broken = folder / "e.jsonl"
    broken.write_text('{"id": "z", "text": "Gut."}\n{"id": "w", "text": \n')
    _settle(broken)
    first = _read([str(folder)], store)
    assert [e.origin for e in first.errors] == [f"{broken}:2"]
    parsed = _counting_parsers(monkeypatch)
    again = _read([str(folder)], store)
    assert parsed == ["parse_jsonl"] and again == first


def test_the_name_a_file_is_given_by_is_part_of_what_is_remembered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, store = _corpus(tmp_path), tmp_path / "store.sqlite3"
    monkeypatch.chdir(folder)
    _read(["c.jsonl"], store)
    again = _read(["./c.jsonl"], store)
    assert [d.origin for d in again.documents] == ["./c.jsonl:1", "./c.jsonl:2"]
    assert again.warnings and all(w.startswith("./c.jsonl:") for w in again.warnings)


@pytest.mark.parametrize("damage", ["not a database", "truncated"])
def test_a_store_that_cannot_be_read_leaves_reading_as_it_is(tmp_path: Path, damage: str) -> None:
    folder, store = _corpus(tmp_path), tmp_path / "store.sqlite3"
    if damage == "not a database":
        store.write_bytes(b"this is no database" * 100)
    else:
        _read([str(folder)], store)
        store.write_bytes(store.read_bytes()[:2000])
    before = store.read_bytes()
    assert _read([str(folder)], store) == read_inputs([str(folder)])
    assert store.read_bytes() == before  # never written over
