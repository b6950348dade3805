from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from tui.core.documents import load_seed, read_inputs

SEED_LIKE = (
    " date 2023-05 • Stadtrat beschließt Haushalt• Debatte dauerte Stunden• Opposition"
    " unzufrieden\n\nDer Stadtrat hat am Dienstag den Haushalt beschlossen.\n\n"
    "Redaktion Beispiel.de\n"
)


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def test_plain_text_with_marker_headline_lede_and_byline(tmp_path: Path) -> None:
    path = write(tmp_path, "artikel.txt", SEED_LIKE)
    result = read_inputs([str(path)])
    assert result.errors == [] and len(result.documents) == 1
    doc = result.documents[0]
    assert doc.text == SEED_LIKE  # kept exactly
    assert doc.id == "artikel"
    assert doc.dct == "2023-05"  # a month stays a month
    assert doc.title == "Stadtrat beschließt Haushalt"
    assert doc.source == "Beispiel.de"
    assert doc.lede is not None
    assert doc.text[slice(*doc.lede)].startswith("Stadtrat beschließt Haushalt•")
    assert doc.text[slice(*doc.lede)].endswith("Opposition unzufrieden")
    assert [doc.text[a:b] for a, b in doc.ignored] == ["date 2023-05", "Redaktion Beispiel.de"]


@pytest.mark.parametrize(
    ("marker", "dct"), [("date 2021", "2021"), ("date 2021-01-06", "2021-01-06"), ("", None)]
)
def test_marker_precision(tmp_path: Path, marker: str, dct: str | None) -> None:
    path = write(tmp_path, "a.txt", f"{marker} Überschrift\n\nText.")
    assert read_inputs([str(path)]).documents[0].dct == dct


def test_plain_text_without_marker_takes_a_heading_line_as_title(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "Heavy rain floods the valley\n\nRain fell all night.")
    doc = read_inputs([str(path)]).documents[0]
    assert doc.title == "Heavy rain floods the valley" and doc.dct is None


def test_plain_text_without_heading_has_no_title(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "Rain fell all night and the river rose. It was cold.")
    doc = read_inputs([str(path)]).documents[0]
    assert doc.title is None and doc.lede is None


def test_invalid_marker_date_is_a_warning(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "date 2021-13 • Titel\n\nText.")
    result = read_inputs([str(path)])
    assert result.documents[0].dct is None
    assert len(result.warnings) == 1 and "2021-13" in result.warnings[0]


def test_bom_is_removed_and_offsets_point_into_the_text(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "\ufeffdate 2024 • Titel\n\nText.".encode())
    doc = read_inputs([str(path)]).documents[0]
    assert doc.text == "date 2024 • Titel\n\nText."
    assert doc.dct == "2024"


def test_markdown_title_front_matter_and_markup_spans(tmp_path: Path) -> None:
    content = (
        "---\ntitle: Der Titel\ndate: 2022-03-04\nsource: Zeitung\n---\n"
        "# Große Überschrift\n\nEin [Link](https://example.org/2021) im Text.\n"
    )
    doc = read_inputs([str(write(tmp_path, "a.md", content))]).documents[0]
    assert doc.text == content
    assert (doc.title, doc.dct, doc.source) == ("Der Titel", "2022-03-04", "Zeitung")
    ignored = [doc.text[a:b] for a, b in doc.ignored]
    assert "(https://example.org/2021)" in "".join(ignored)
    assert any(span.startswith("---") for span in ignored)


def test_markdown_title_from_first_heading(tmp_path: Path) -> None:
    doc = read_inputs([str(write(tmp_path, "a.md", "Intro\n\n## Die Schlagzeile\n\nText."))])
    assert doc.documents[0].title == "Die Schlagzeile"


def _markdown_ignored(text: str) -> list[str]:
    from tui.core.documents.markdown import parse_markdown

    document, _ = parse_markdown(text, doc_id="a", origin=None)
    return [text[a:b] for a, b in document.ignored]


def test_markdown_code_blocks_and_comments_are_ignored() -> None:
    text = (
        "Vorher.\n```js\nx = 1\n~~~\n````\n```  \nMitte <!-- a\n-> b --> Text.\n"
        "~~~\ny\n~~~\n```\nnie geschlossen\n<!-- auch nicht\n"
    )
    assert _markdown_ignored(text) == [
        "```js\nx = 1\n~~~\n````\n```  ",
        "<!-- a\n-> b -->",
        "~~~\ny\n~~~",
    ]


@pytest.mark.parametrize("line", ["```js\nText.\n", "<!-- Text.\n"], ids=["fence", "comment"])
def test_many_unclosed_fences_or_comments_leave_the_text(line: str) -> None:
    """This was quadratic (growth measured by benchmarks/fuzz_inputs.py)."""
    text = "# Titel\n\n" + line * 20_000
    assert _markdown_ignored(text) == ["# "]


def test_jsonl_lines_become_documents_and_bad_lines_are_named(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a1", "text": "Erster Text.", "date": "2024-12-05", "title": "Eins"}),
        "{not json",
        json.dumps({"text": "Zweiter Text.", "source": "Agentur", "url": "https://x.test"}),
        json.dumps({"title": "kein Text"}),
        "",
        json.dumps({"id": "a3", "text": "Dritter.", "date": "Tue, 03 Dec 2024 10:00:00 GMT"}),
    ]
    path = write(tmp_path, "corpus.jsonl", "\n".join(lines) + "\n")
    result = read_inputs([str(path)])
    assert [d.id for d in result.documents] == ["a1", "corpus:3", "a3"]
    assert [d.dct for d in result.documents] == ["2024-12-05", None, "2024-12-03"]
    assert result.documents[1].source == "Agentur" and result.documents[1].url == "https://x.test"
    assert [(e.origin, e.message.split(" (")[0]) for e in result.errors] == [
        (f"{path}:2", "malformed JSON"),
        (f"{path}:4", 'missing or empty "text"'),
    ]


def test_jsonl_invalid_date_is_a_warning_not_a_lost_article(tmp_path: Path) -> None:
    path = write(tmp_path, "c.jsonl", json.dumps({"text": "Text.", "date": "someday"}) + "\n")
    result = read_inputs([str(path)])
    assert len(result.documents) == 1 and result.documents[0].dct is None
    assert result.errors == [] and "c.jsonl:1" in result.warnings[0]


def test_directory_is_read_recursively_in_order(tmp_path: Path) -> None:
    write(tmp_path, "b.txt", "Text B.")
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "a.md", "# A\n\nText A.")
    write(tmp_path, "notes.pdf", b"%PDF-1.4")
    write(tmp_path, ".hidden.txt", "Versteckt.")
    result = read_inputs([str(tmp_path)])
    assert [d.id for d in result.documents] == ["b", "a"]
    assert result.errors == []


def test_duplicate_ids_are_made_unique(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    write(tmp_path / "x", "same.txt", "Eins.")
    write(tmp_path / "y", "same.txt", "Zwei.")
    assert [d.id for d in read_inputs([str(tmp_path)]).documents] == ["same", "same-2"]


def test_stdin_text_and_jsonl() -> None:
    text = read_inputs(["-"], stdin=io.BytesIO(b"Ein Text von stdin."))
    assert text.documents[0].text == "Ein Text von stdin." and text.documents[0].id == "stdin"
    jsonl = read_inputs(["-"], stdin=io.BytesIO(b'{"text": "A"}\n{"text": "B"}\n'))
    assert [d.text for d in jsonl.documents] == ["A", "B"]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n ", "empty file"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file, not text"),
        ("controls.txt", bytes(range(1, 32)) * 20, "binary file, not text"),
    ],
)
def test_bad_files_are_errors_and_the_rest_is_still_read(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    bad = write(tmp_path, name, content)
    good = write(tmp_path, "good.txt", "Guter Text.")
    result = read_inputs([str(bad), str(good)])
    assert [str(e) for e in result.errors] == [f"{bad}: {message}"]
    assert [d.id for d in result.documents] == ["good"]


def test_only_the_first_8192_characters_decide_whether_a_text_is_binary(tmp_path: Path) -> None:
    # Multi-byte characters first: the controls after them are beyond the characters looked at.
    controls = bytes(range(1, 9)) * 20
    late = write(tmp_path, "late.txt", "ä".encode() * 8192 + controls)
    early = write(tmp_path, "early.txt", "ä".encode() * 100 + controls + "ä".encode() * 8000)
    result = read_inputs([str(late), str(early)])
    assert [d.id for d in result.documents] == ["late"]
    assert [str(e) for e in result.errors] == [f"{early}: binary file, not text"]


def test_missing_path_and_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = read_inputs([str(tmp_path / "missing.txt"), str(tmp_path / "empty")])
    assert [e.message.split(" (")[0] for e in result.errors] == [
        "no such file or directory",
        "no supported files",
    ]


def test_non_utf8_text_falls_back_to_cp1252_and_says_so(tmp_path: Path) -> None:
    path = write(tmp_path, "latin.txt", "Die Straße in München: 5 €.".encode("cp1252"))
    result = read_inputs([str(path)])
    assert result.documents[0].text == "Die Straße in München: 5 €."
    assert result.warnings == [f"{path}: not UTF-8; read as cp1252"]


def test_reading_never_modifies_inputs(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", SEED_LIKE)
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    read_inputs([str(path)])
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_bundled_seed_article_loads() -> None:
    seed = load_seed()
    assert seed.dct == "2024-12"
    assert seed.title and seed.lede and seed.source


def test_reading_tells_its_progress_after_each_file_good_or_bad(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.md"):
        (folder / name).write_text("Am 3. März 2021 geschah etwas.\n", encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\xff\xfe\x00")  # UTF-16 without text: an error
    told: list[int] = []
    result = read_inputs([str(folder), str(tmp_path / "missing.txt")], progress=told.append)
    assert told == [1, 2, 3, 4]
    assert len(result.documents) == 3
    assert len(result.errors) == 2  # the broken file, and the missing one (no file read)
