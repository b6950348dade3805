"""Web pages as input (issue 11, item 1): the article and its metadata, extracted by trafilatura.

The pages are written for these tests (tests/core/data/html and the strings below).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.core.test_cli import error_lines, write
from tui.cli import EXIT_INPUT_ERRORS, EXIT_OK, main
from tui.core.documents import read_inputs
from tui.core.documents.html import MAX_MARKUP

PAGES = Path(__file__).parent / "data" / "html"
NEWS = PAGES / "hallenbad.html"
LOGIN = PAGES / "anmelden.html"

PARAGRAPHS = [
    "Der Stadtrat hat am Montag mit großer Mehrheit den Bau eines neuen Hallenbads beschlossen."
    " Die Kosten sollen bei rund zwölf Millionen Euro liegen.",
    "Das alte Bad an der Rheinallee war im Januar 2023 wegen Schäden am Dach geschlossen worden."
    " Ein Gutachten hatte eine Sanierung als zu teuer eingestuft.",
    "Baubeginn im Herbst",
    "Die Bauarbeiten sollen im Oktober 2024 beginnen. Bürgermeisterin Klara Schmidt sagte, die"
    " Schwimmvereine hätten lange genug gewartet.",
    "Die Eröffnung ist für den Sommer 2026 geplant. Bis dahin trainieren die Vereine im Bad der"
    " Nachbarstadt.",
]
STORY = (
    "<p>Am Dienstag hat der Gemeinderat von Lindenau den Haushalt für das kommende Jahr"
    " beschlossen. Die Opposition stimmte geschlossen dagegen.</p>"
)


def page(body: str, head: str = '<meta charset="utf-8">') -> str:
    return (
        f"<!DOCTYPE html><html><head>{head}<title>Haushalt</title></head><body>{body}</body></html>"
    )


def test_news_page_gives_the_article_without_navigation_ads_or_footer() -> None:
    result = read_inputs([str(NEWS)])
    assert result.errors == [] and result.warnings == []
    (doc,) = result.documents
    assert doc.id == "hallenbad" and doc.origin == str(NEWS)
    assert doc.title == "Stadtrat beschließt neues Hallenbad"
    assert doc.dct == "2024-03-05"
    assert doc.source == "Rheinbote"
    assert doc.url == "https://www.rheinbote.example/lokales/hallenbad-neubau.html"
    # The headline opens the text once, as the lede; every block is a paragraph of its own.
    assert doc.text == "\n\n".join([doc.title, *PARAGRAPHS])
    assert doc.lede == (0, len(doc.title))
    for boilerplate in ("Cookies", "Startseite", "Anzeige", "Meistgelesen", "Impressum", "©"):
        assert boilerplate not in doc.text
    assert "<" not in doc.text and "{" not in doc.text  # no markup, script or style


def test_markup_written_as_text_stays_text(tmp_path: Path) -> None:
    story = STORY.replace(
        "Die Opposition", "Der Antrag &lt;b&gt;Nein&lt;/b&gt; [bold]der Opposition"
    )
    doc = read_inputs([str(write(tmp_path, "a.html", page(f"<article>{story}</article>")))])
    assert "Antrag <b>Nein</b> [bold]der Opposition" in doc.documents[0].text


def test_page_without_an_article_is_an_error_and_the_next_file_is_read(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["extract", str(LOGIN), str(NEWS)]) == EXIT_INPUT_ERRORS
    captured = capsys.readouterr()
    assert [d["id"] for d in json.loads(captured.out)["documents"]] == ["hallenbad"]
    assert error_lines(captured.err) == [f"timeline: error: {LOGIN}: no article text found"]
    assert all(line.startswith("timeline: ") for line in captured.err.splitlines())


def test_a_list_of_links_is_no_article(tmp_path: Path) -> None:
    links = "".join(
        f'<li><a href="/{i}">Bericht Nummer {i} aus dem Rathaus</a></li>' for i in range(30)
    )
    path = write(tmp_path, "archiv.htm", page(f"<h1>Archiv</h1><ul>{links}</ul>"))
    result = read_inputs([str(path)])
    assert result.documents == []
    assert [str(e) for e in result.errors] == [f"{path}: no article text found"]


def test_the_extractor_prints_nothing(tmp_path: Path) -> None:
    """Trafilatura logs a warning for a page it gives up on ("discarding data"); it must not
    reach stderr, and so the terminal UI (its own NullHandler sees to that)."""
    empty = write(tmp_path, "leer.html", page("<div></div>"))
    code = (
        f"from tui.core.documents import read_inputs; read_inputs([{str(LOGIN)!r}, {str(empty)!r}])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert result.stderr == ""


CP1252_STORY = "Die „Bürger“ zahlen 5 € mehr – sagte der Kämmerer, “so ist es” auf der Straße."


@pytest.mark.parametrize(
    "declaration",
    [
        '<meta charset="windows-1252">',
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
        # Browsers read ISO-8859-1 as windows-1252: the curly quotes and € come out right.
        "<meta http-equiv='content-type' content='text/html;charset=ISO-8859-1'>",
    ],
)
def test_declared_cp1252_page_is_decoded_right(tmp_path: Path, declaration: str) -> None:
    html = page(f"<article><h1>Haushalt</h1>{STORY}<p>{CP1252_STORY}</p></article>", declaration)
    path = write(tmp_path, "a.html", html.encode("cp1252"))
    result = read_inputs([str(path)])
    assert result.warnings == []  # the page said so: nothing to warn about
    assert result.documents[0].text.endswith(CP1252_STORY)


def test_undeclared_cp1252_page_falls_back_like_text(tmp_path: Path) -> None:
    html = page(f"<article>{STORY}<p>{CP1252_STORY}</p></article>", head="")
    path = write(tmp_path, "a.html", html.encode("cp1252"))
    result = read_inputs([str(path)])
    assert result.documents[0].text.endswith(CP1252_STORY)
    assert result.warnings == [f"{path}: not UTF-8; read as cp1252"]


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_utf8_page_with_an_old_cp1252_declaration_is_utf8(tmp_path: Path, bom: bytes) -> None:
    html = page(f"<article>{STORY}<p>{CP1252_STORY}</p></article>", '<meta charset="cp1252">')
    path = write(tmp_path, "a.html", bom + html.encode("utf-8"))
    result = read_inputs([str(path)])
    assert result.documents[0].text.endswith(CP1252_STORY) and result.warnings == []


def test_publication_date_only_in_the_metadata(tmp_path: Path) -> None:
    head = (
        '<meta charset="utf-8"><meta property="article:published_time"'
        ' content="2023-11-14T08:00:00+01:00">'
    )
    path = write(tmp_path, "a.html", page(f"<article>{STORY}</article>", head))
    assert read_inputs([str(path)]).documents[0].dct == "2023-11-14"


def test_no_date_is_guessed_from_the_copyright_line_or_the_story(tmp_path: Path) -> None:
    """Htmldate's free-text search would make 1 January 2024 of "© 2024", or take the
    story's own date for the publication date."""
    story = "<p>Am 6. Januar 2021 stürmten Anhänger von Donald Trump das Kapitol in Washington.</p>"
    body = f"<article>{STORY}{story}</article><footer><p>© 2024 Lindenauer Zeitung</p></footer>"
    path = write(tmp_path, "a.html", page(body))
    assert read_inputs([str(path)]).documents[0].dct is None


def test_folder_with_pages_and_text_files(tmp_path: Path) -> None:
    write(tmp_path, "a.html", NEWS.read_text(encoding="utf-8"))
    write(tmp_path, "b.txt", "Der Gemeinderat tagte am 6. Januar 2021.\n")
    write(tmp_path, "c.HTM", page(f"<article>{STORY}</article>"))
    write(tmp_path, "style.css", "body { color: red }")
    result = read_inputs([str(tmp_path)])
    assert result.errors == []
    assert [(d.id, d.title) for d in result.documents] == [
        ("a", "Stadtrat beschließt neues Hallenbad"),
        ("b", None),
        ("c", "Haushalt"),
    ]


def test_extract_a_page_end_to_end(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(NEWS)]) == EXIT_OK
    data = json.loads(capsys.readouterr().out)
    (doc,) = data["documents"]
    assert (doc["title"], doc["dct"], doc["origin"]) == (
        "Stadtrat beschließt neues Hallenbad",
        "2024-03-05",
        str(NEWS),
    )
    events = {e["title"]: e["date"]["value"] for e in data["events"]}
    assert events["Stadtrat beschließt neues Hallenbad"] == "2024-03-05"  # the headline
    assert events["Die Bauarbeiten sollen im Oktober 2024 beginnen"] == "2024-10"
    for event in data["events"]:
        assert doc["text"][event["start"] : event["end"]] == event["text"]


def test_only_the_start_of_a_20_mb_page_is_read(tmp_path: Path) -> None:
    """Trafilatura alone took 330 s on this page: only its first MAX_MARKUP characters are
    read, which leaves the headline and the first paragraphs (the time it takes is measured
    by benchmarks/fuzz_inputs.py, not asserted here)."""
    paragraph = (
        '<div class="teaser"><a href="/mehr">Mehr lesen</a></div><p>Der Stadtrat hat in seiner'
        " {}. Sitzung den Bau eines neuen Hallenbads beschlossen, sagte die Sprecherin.</p>\n"
    )
    count = 20 * 2**20 // len(paragraph)  # about 20 MB (trafilatura drops repeated paragraphs)
    body = "".join(paragraph.format(i) for i in range(count))
    path = write(tmp_path, "big.html", page(f"<article><h1>Haushalt</h1>{body}</article>"))
    result = read_inputs([str(path)])
    (doc,) = result.documents
    assert doc.title == "Haushalt" and doc.text.count("Hallenbads") > 1000
    assert len(doc.text) < MAX_MARKUP
    assert result.warnings == [f"{path}: a very large page: only its first 1 MB read"]


def test_scripts_and_styles_of_a_saved_page_do_not_hide_the_article(tmp_path: Path) -> None:
    """libxml2 stops parsing after ~10 MB of inline script and style: they are removed
    first (but the JSON-LD metadata)."""
    script = "<script>var a = '" + "x" * 6_000_000 + "';</script>"
    style = "<style>" + ".c { color: red }\n" * 300_000 + "</style>"
    metadata = '<script type="application/ld+json">{"datePublished": "2022-05-04"}</script>'
    head = f'<meta charset="utf-8">{style}{script}{metadata}<!-- {"y" * 1000} -->'
    path = write(tmp_path, "saved.html", page(f"<article>{STORY}</article>", head))
    result = read_inputs([str(path)])
    assert result.warnings == []
    assert result.documents[0].text.endswith("Die Opposition stimmte geschlossen dagegen.")
    assert result.documents[0].dct == "2022-05-04"
