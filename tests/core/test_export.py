from __future__ import annotations

import csv
import io
import json

from tui.core.export import render_csv, render_json, render_jsonl, render_markdown
from tui.core.model import (
    Analysis,
    Document,
    DocumentAnalysis,
    Entity,
    Event,
    Mention,
    Timex,
)
from tui.core.temporal.intervals import resolve
from tui.core.view.event_detail import derivation

TEXT = "Am 6. Januar 2021 sperrte Meta [bold]Trump[/bold]. *Kursiv* | pipe"


def small_analysis() -> Analysis:
    doc = Document(id="d1", text=TEXT, title="Titel", dct="2024-12", source="Quelle")
    start = TEXT.index("6. Januar 2021")
    timex = Timex(start, start + 14, "6. Januar 2021", "DATE", "2021-01-06")
    trump = TEXT.index("Trump")
    mention = Mention(trump, trump + 5, "Trump", "PER", "per-trump")
    date = resolve("2021-01-06")
    assert date is not None
    event = Event(
        "ev-1", "d1", "Meta sperrt *Trump*", TEXT, 0, len(TEXT), date, "explicit", 0, ["per-trump"]
    )
    return Analysis(
        documents=[DocumentAnalysis(doc, "de", [(0, len(TEXT))], [], [timex], [mention])],
        entities=[Entity("per-trump", "Donald Trump", "PER", ["Trump"], 1)],
        events=[event],
    )


def test_json_follows_the_documented_schema() -> None:
    data = json.loads(render_json(small_analysis()))
    assert data["version"] == 1
    doc = data["documents"][0]
    assert {"id", "source", "title", "dct", "lang", "text", "timexes", "mentions"} <= set(doc)
    timex = doc["timexes"][0]
    assert {"start", "end", "text", "type", "value", "mod", "anchor"} <= set(timex)
    assert doc["text"][timex["start"] : timex["end"]] == timex["text"]
    mention = doc["mentions"][0]
    assert doc["text"][mention["start"] : mention["end"]] == mention["text"]
    assert data["entities"] == [
        {
            "id": "per-trump",
            "name": "Donald Trump",
            "label": "PER",
            "aliases": ["Trump"],
            "count": 1,
        }
    ]
    event = data["events"][0]
    assert event["date"] == {
        "value": "2021-01-06",
        "earliest": "2021-01-06",
        "latest": "2021-01-06",
        "precision": "day",
        "label": "6 Jan 2021",
        "mod": None,
    }
    assert (event["anchor"], event["timex"], event["entities"]) == ("explicit", 0, ["per-trump"])


def test_jsonl_has_one_line_per_document() -> None:
    lines = render_jsonl(small_analysis()).splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["document"]["id"] == "d1" and len(record["events"]) == 1
    assert record["entities"][0]["name"] == "Donald Trump"


def test_csv_round_trips_through_a_csv_reader() -> None:
    rows = list(csv.DictReader(io.StringIO(render_csv(small_analysis()))))
    assert rows[0]["date"] == "6 Jan 2021" and rows[0]["entities"] == "Donald Trump"
    assert rows[0]["text"] == TEXT


def test_markdown_escapes_article_text() -> None:
    md = render_markdown(small_analysis())
    assert "## 2021" in md
    assert r"Meta sperrt \*Trump\*" in md


CONTINUED = "Am 6. Januar 2021 stürmten Anhänger das Kapitol. Die Polizei nahm Dutzende fest."


def continued_analysis() -> Analysis:
    """Two events: the second dated from the sentence before it."""
    first_end = CONTINUED.index(" Die")
    doc = Document(id="d2", text=CONTINUED, dct="2024-12")
    date = resolve("2021-01-06")
    assert date is not None
    events = [
        Event(
            "ev-a",
            "d2",
            "Anhänger stürmten das Kapitol",
            CONTINUED[:first_end],
            0,
            first_end,
            date,
            "explicit",
            0,
        ),
        Event(
            "ev-b",
            "d2",
            "Die Polizei nahm Dutzende fest",
            CONTINUED[first_end + 1 :],
            first_end + 1,
            len(CONTINUED),
            date,
            "context",
            None,
            context=(0, first_end),
        ),
    ]
    sentences = [(0, first_end), (first_end + 1, len(CONTINUED))]
    timex = Timex(3, 17, "6. Januar 2021", "DATE", "2021-01-06")
    return Analysis(
        documents=[DocumentAnalysis(doc, "de", sentences, [], [timex], [])], events=events
    )


def test_the_sentence_a_date_was_taken_from_is_in_json_and_csv() -> None:
    analysis = continued_analysis()
    first_end = CONTINUED.index(" Die")
    explicit, continued = json.loads(render_json(analysis))["events"]
    assert explicit["context"] is None
    assert continued["anchor"] == "context"
    assert continued["context"] == {"start": 0, "end": first_end, "text": CONTINUED[:first_end]}
    rows = list(csv.DictReader(io.StringIO(render_csv(analysis))))
    assert rows[0]["context"] == "" and rows[1]["context"] == CONTINUED[:first_end]


def test_the_detail_pane_says_which_sentence_a_date_was_taken_from() -> None:
    analysis = continued_analysis()
    how = derivation(analysis.events[1], analysis.documents[0])
    assert how == 'from the sentence before: "Am 6. Januar 2021 stürmten Anhänger das Kapitol."'
