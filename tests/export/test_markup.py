"""Article text and the reader's notes are data in every format: never markup, HTML or a
terminal escape. JSON keeps them exact; the text formats make control characters inert
(ESC shows as ␛), and TimelineJS, which shows HTML, escapes them."""

from __future__ import annotations

import csv
import io
import json

import pytest
from icalendar import Calendar

from tests.export.hand_made import DCT, analysis_of, date_of, event
from tui.core.export import FORMATS, ExportOptions, render
from tui.core.model import Analysis, Document, Entity, EventMark

MARKUP = "[bold]x[/bold]"
SCRIPT = "<script>alert(1)</script>"
ESCAPE = "\x1b[31m"
HOSTILE = f"{MARKUP} {SCRIPT} {ESCAPE}red"
SHOWN_ESCAPE = "␛[31m"


def hostile() -> Analysis:
    document = Document(
        id="d1", text=f"Intro. {HOSTILE} on 6 Jan 2021.", title=HOSTILE, dct=DCT, source=HOSTILE
    )
    return analysis_of(
        [
            event("ev-1", date_of("2021-01-06"), title=HOSTILE, text=f"{HOSTILE} sentence.",
                  entities=["per-1"]),
            event("ev-2", date_of("2024-12"), title="Plain", text="Plain."),
        ],
        {"ev-1": EventMark(starred=True, note=HOSTILE, original_title=HOSTILE)},
        documents=[document],
        entities=[Entity("per-1", HOSTILE, "PER")],
    )  # fmt: skip


@pytest.fixture(params=FORMATS)
def output(request: pytest.FixtureRequest) -> tuple[str, str]:
    return request.param, render(hostile(), request.param, ExportOptions(group_entity=None))


def test_no_format_writes_a_raw_control_character(output: tuple[str, str]) -> None:
    fmt, text = output
    assert "\x1b" not in text and "\x07" not in text, fmt


def test_timelinejs_escapes_html_and_keeps_markup_literal() -> None:
    text = render(hostile(), "timelinejs")
    assert "<script>" not in text
    slide = json.loads(text)["events"][0]
    escaped = "[bold]x[/bold] &lt;script&gt;alert(1)&lt;/script&gt; ␛[31mred"
    assert slide["text"]["headline"] == escaped
    assert slide["text"]["text"].startswith(f"<p>{escaped} sentence.</p>")
    assert f"<cite>{escaped}</cite> ({escaped}, 2024-12)" in slide["text"]["text"]
    assert slide["text"]["text"].endswith(f"<p>Note: {escaped}</p>")
    assert json.loads(text)["title"]["text"]["headline"] == escaped


def test_csv_keeps_the_text_literal() -> None:
    rows = list(csv.DictReader(io.StringIO(render(hostile(), "csv"))))
    shown = HOSTILE.replace(ESCAPE, SHOWN_ESCAPE)
    row = rows[0]
    assert row["title"] == shown
    assert row["note"] == shown and row["original_title"] == shown
    assert row["text"] == f"{shown} sentence." and row["entities"] == shown


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_json_keeps_the_text_exact(fmt: str) -> None:
    text = render(hostile(), fmt)
    data = json.loads(text if fmt == "json" else text.splitlines()[0])
    ev = data["events"][0]
    assert ev["title"] == HOSTILE and ev["curation"]["note"] == HOSTILE
    document = data["documents"][0] if fmt == "json" else data["document"]
    assert document["title"] == HOSTILE
    assert "\\u001b[31m" in text  # the encoder's escape, not the byte


def test_ics_keeps_the_text_literal() -> None:
    [entry, _] = Calendar.from_ical(render(hostile(), "ics")).walk("VEVENT")
    shown = HOSTILE.replace(ESCAPE, SHOWN_ESCAPE)
    assert str(entry["summary"]) == shown
    description = str(entry["description"])
    assert description.startswith(f"{shown} sentence.")
    assert f"Source: {shown} ({shown}, 2024-12)" in description
    assert description.endswith(f"Note: {shown}")


def test_markdown_escapes_markup() -> None:
    md = render(hostile(), "md")
    assert "\\[bold\\]x\\[/bold\\] \\<script\\>alert(1)\\</script\\> ␛\\[31mred" in md
    assert "<script>" not in md and "[bold]" not in md
