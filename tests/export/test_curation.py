"""The reader's curation in the exports: which events, and what each row or record says."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from tests.export.hand_made import analysis_of, date_of, event
from tui.cli import EXIT_OK, main
from tui.core.export import FORMATS, STREAMED, ExportOptions, parts_of, render, selected_parts
from tui.core.model import Analysis, EventMark

MARKS = {
    "ev-hidden": EventMark(hidden=True),
    "ev-star": EventMark(starred=True, note="Lead with this.\nSecond line."),
    "ev-edited": EventMark(original_title="What the analyser read", original_date=date_of("2019")),
    "ev-hidden-star": EventMark(hidden=True, starred=True),
}


def curated() -> Analysis:
    return analysis_of(
        [
            event("ev-plain", date_of("2018")),
            event("ev-hidden", date_of("2019")),
            event("ev-star", date_of("2021-01-06")),
            event("ev-edited", date_of("2020"), title="The reader's title"),
            event("ev-hidden-star", date_of("2022")),
        ],
        MARKS,
    )


def ids_in(fmt: str, options: ExportOptions) -> list[str]:
    """The events named in the export, in the order of the list below."""
    text = render(curated(), fmt, options)
    ids = ("ev-plain", "ev-hidden", "ev-star", "ev-edited", "ev-hidden-star")
    return [i for i in ids if re.search(rf"{i}(?![\w-])", text)]


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f != "md"])  # md shows no ids
@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (ExportOptions(), ["ev-plain", "ev-star", "ev-edited"]),
        (
            ExportOptions(include_hidden=True),
            ["ev-plain", "ev-hidden", "ev-star", "ev-edited", "ev-hidden-star"],
        ),
        (ExportOptions(starred_only=True), ["ev-star"]),
        (ExportOptions(starred_only=True, include_hidden=True), ["ev-star", "ev-hidden-star"]),
    ],
)
def test_hidden_and_starred_choose_the_events_of_every_format(
    fmt: str, options: ExportOptions, expected: list[str]
) -> None:
    assert ids_in(fmt, options) == expected


def test_an_analysis_without_marks_is_exported_whole() -> None:
    analysis = curated()
    analysis.marks = {}
    assert len(json.loads(render(analysis, "json"))["events"]) == 5
    assert json.loads(render(analysis, "json", ExportOptions(starred_only=True)))["events"] == []


def test_streamed_parts_are_chosen_as_the_whole_analysis_is() -> None:
    analysis = curated()
    pieces = STREAMED["csv"](
        analysis.entities, selected_parts(parts_of(analysis), MARKS, ExportOptions())
    )
    rows = list(csv.DictReader(io.StringIO("".join(pieces))))
    assert [r["id"] for r in rows] == ["ev-plain", "ev-edited", "ev-star"]


def test_csv_reads_back_with_the_curation_columns() -> None:
    text = render(curated(), "csv", ExportOptions(include_hidden=True))
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(text))}
    plain, star, edited = rows["ev-plain"], rows["ev-star"], rows["ev-edited"]
    curation = ("starred", "edited", "note", "hidden", "original_title", "original_date")
    assert [plain[c] for c in curation] == ["false", "false", "", "false", "", ""]
    assert [star[c] for c in curation] == [
        "true", "false", "Lead with this.\nSecond line.", "false", "", ""
    ]  # fmt: skip
    assert [edited[c] for c in curation] == [
        "false", "true", "", "false", "What the analyser read", "2019"
    ]  # fmt: skip
    assert edited["title"] == "The reader's title" and edited["date"] == "2020"
    assert rows["ev-hidden"]["hidden"] == "true"


def test_json_records_carry_a_curation_object_only_when_marked() -> None:
    events = {
        e["id"]: e
        for e in json.loads(render(curated(), "json", ExportOptions(include_hidden=True)))["events"]
    }
    assert "curation" not in events["ev-plain"]
    assert events["ev-star"]["curation"] == {
        "hidden": False,
        "starred": True,
        "edited": False,
        "note": "Lead with this.\nSecond line.",
        "original_title": None,
        "original_date": None,
    }
    edited = events["ev-edited"]["curation"]
    assert edited["edited"] and edited["original_title"] == "What the analyser read"
    assert edited["original_date"]["value"] == "2019"
    line = json.loads(render(curated(), "jsonl").splitlines()[0])
    assert {e["id"]: "curation" in e for e in line["events"]} == {
        "ev-plain": False, "ev-star": True, "ev-edited": True
    }  # fmt: skip


def test_markdown_marks_starred_and_edited_events_and_shows_notes() -> None:
    md = render(curated(), "md")
    assert "- ★ **6 Jan 2021**: Title of ev\\-star" not in md  # hyphens are not escaped
    assert "- ★ **6 Jan 2021**: Title of ev-star" in md
    assert "  - Note: Lead with this. Second line." in md
    assert "- ✎ **2020**: The reader's title" in md
    assert "  - Read as: 2019: What the analyser read" in md
    assert "- **2018**: Title of ev-plain" in md
    assert "ev-hidden" not in md and "Title of ev-hidden" not in md


@pytest.mark.parametrize("flag", ["--starred", "--include-hidden"])
def test_the_command_line_flags(
    flag: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Council\n\nThe council met on 4 March 2024.", encoding="utf-8")
    out = tmp_path / "out.json"
    code = main(["extract", str(article), "--no-store", "-q", "--format", "timelinejs",
                 flag, "-o", str(out)])  # fmt: skip
    assert code == EXIT_OK
    events = json.loads(out.read_text(encoding="utf-8"))["events"]
    # A fresh analysis has no marks: nothing is starred, nothing hidden.
    if flag == "--starred":
        assert events == []
        assert "no event is starred" in capsys.readouterr().err
    else:
        assert len(events) == 1
