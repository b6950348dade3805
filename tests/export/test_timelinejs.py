"""TimelineJS 3 JSON: the format's required fields and types, dates at each precision."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.export.hand_made import UNKNOWN, analysis_of, date_of, event
from tui.core.analysis import analyse
from tui.core.documents import load_seed
from tui.core.export import ExportOptions, UnknownEntity, left_out, render
from tui.core.model import Analysis, Document, Entity, EventMark

DATE_KEYS = {"year", "month", "day"}


def timelinejs(analysis: Analysis, options: ExportOptions | None = None) -> dict[str, Any]:
    return json.loads(render(analysis, "timelinejs", options))


def assert_valid(data: dict[str, Any]) -> None:
    """What TimelineJS requires: events, each with a start_date holding a whole-number
    year; month and day whole numbers in range; text a headline and a text; ids unique."""
    assert set(data) <= {"events", "title", "eras", "scale"}
    assert isinstance(data["events"], list)
    assert isinstance(data["title"]["text"]["headline"], str)
    for slide in data["events"]:
        for key in ("start_date", "end_date"):
            if key in slide:
                date = slide[key]
                assert set(date) <= DATE_KEYS and isinstance(date["year"], int)
                assert 1 <= date.get("month", 1) <= 12 and 1 <= date.get("day", 1) <= 31
                assert "day" not in date or "month" in date
        assert isinstance(slide["text"]["headline"], str) and slide["text"]["headline"]
        assert isinstance(slide["text"]["text"], str)
        assert isinstance(slide.get("display_date", ""), str)
        assert isinstance(slide.get("group", ""), str)
    ids = [slide["unique_id"] for slide in data["events"]]
    assert len(ids) == len(set(ids)) and all(isinstance(i, str) and i for i in ids)


@pytest.fixture(scope="module")
def seed() -> Analysis:
    return analyse([load_seed()])


def test_the_seed_article(seed: Analysis) -> None:
    data = timelinejs(seed)
    assert_valid(data)
    assert len(data["events"]) == len(seed.events) > 0
    assert [s["unique_id"] for s in data["events"]] == [e.id for e in seed.events]
    document = seed.documents[0].document
    assert data["title"]["text"]["headline"] == document.title
    assert "group" not in data["events"][0]  # one article: no groups
    for slide, ev in zip(data["events"], seed.events, strict=True):
        assert slide["start_date"]["year"] == ev.date.earliest.year
        # The sentence, then the article it is from.
        assert slide["text"]["text"].startswith("<p>")
        assert f"<cite>{document.title}</cite>" in slide["text"]["text"]


CORPUS = [
    Document(
        id="a",
        title="Council votes",
        dct="2024-03-05",
        source="Daily",
        text="Council votes\n\nThe council voted on 4 March 2024 to close the bridge.",
    ),
    Document(
        id="b",
        title="Bridge closed",
        dct="2024-06-10",
        source="Weekly",
        text="Bridge closed\n\nThe bridge was closed in May 2024. Repairs began in 2023.",
    ),
]


def test_a_small_corpus_is_grouped_by_article() -> None:
    analysis = analyse(CORPUS, lang="en")
    data = timelinejs(analysis)
    assert_valid(data)
    assert data["title"]["text"]["headline"] == "2 articles"
    assert {s["group"] for s in data["events"]} == {"Council votes", "Bridge closed"}
    by_title = {s["text"]["headline"]: s for s in data["events"]}
    assert len(by_title) == len(analysis.events) >= 3
    dates = {tuple(sorted(s["start_date"].items())) for s in data["events"]}
    assert (("day", 4), ("month", 3), ("year", 2024)) in dates  # a day
    assert (("month", 5), ("year", 2024)) in dates  # a month: no day
    assert (("year", 2023),) in dates  # a year: the year only


@pytest.mark.parametrize(
    ("value", "mod", "start", "end", "shown"),
    [
        ("2021-01-06", None, {"year": 2021, "month": 1, "day": 6}, None, None),
        ("2024-12", None, {"year": 2024, "month": 12}, None, None),
        ("2020", None, {"year": 2020}, None, None),
        (
            "2024-W05",
            None,
            {"year": 2024, "month": 1, "day": 29},
            {"year": 2024, "month": 2, "day": 4},
            "week of 29 Jan 2024",
        ),
        ("2024-Q1", None, {"year": 2024, "month": 1}, {"year": 2024, "month": 3}, "Q1 2024"),
        ("2023-WI", None, {"year": 2023, "month": 12}, {"year": 2024, "month": 2},
         "winter 2023/24"),
        ("2024-H2", None, {"year": 2024, "month": 7}, {"year": 2024, "month": 12}, "H2 2024"),
        ("202", None, {"year": 2020}, {"year": 2029}, "2020s"),
        ("20", None, {"year": 2000}, {"year": 2099}, "21st century"),
        ("2021/2024", None, {"year": 2021}, {"year": 2024}, "2021–2024"),
        ("PAST_REF", None, {"year": 2024, "month": 6}, {"year": 2024, "month": 11},
         "recently, before Dec 2024"),
        ("2024-12", "START", {"year": 2024, "month": 12}, None, "early Dec 2024"),
        ("2021-01-06", "APPROX", {"year": 2021, "month": 1, "day": 6}, None, "≈ 6 Jan 2021"),
    ],
)  # fmt: skip
def test_dates_at_the_events_precision(
    value: str,
    mod: str | None,
    start: dict[str, int],
    end: dict[str, int] | None,
    shown: str | None,
) -> None:
    [slide] = timelinejs(analysis_of([event("ev-1", date_of(value, mod))]))["events"]
    assert slide["start_date"] == start
    assert slide.get("end_date") == end
    assert slide.get("display_date") == shown


def test_an_edited_date_is_shown_as_the_reader_wrote_it() -> None:
    edited = event("ev-1", date_of("2021-01-07"))
    mark = EventMark(original_date=date_of("2021-01-06"))
    [slide] = timelinejs(analysis_of([edited], {"ev-1": mark}))["events"]
    assert slide["start_date"] == {"year": 2021, "month": 1, "day": 7}
    assert slide["display_date"] == "7 Jan 2021"


def test_an_event_whose_date_names_no_year_is_left_out_and_counted() -> None:
    analysis = analysis_of([event("ev-1", date_of("2020")), event("ev-2", UNKNOWN)])
    data = timelinejs(analysis)
    assert [s["unique_id"] for s in data["events"]] == ["ev-1"]
    assert left_out(analysis) == 1


def test_unique_ids_are_the_event_ids_on_every_run() -> None:
    analysis = analysis_of([event("ev-a", date_of("2020")), event("ev-b", date_of("2021"))])
    first, second = timelinejs(analysis), timelinejs(analysis)
    assert [s["unique_id"] for s in first["events"]] == ["ev-a", "ev-b"]
    assert first == second


def test_grouping_by_a_chosen_entity() -> None:
    people = [Entity("per-m", "Friedrich Merz", "PER", ["Merz"], 2), Entity("org-x", "X", "ORG")]
    analysis = analysis_of(
        [
            event("ev-1", date_of("2020"), entities=["per-m"]),
            event("ev-2", date_of("2021"), entities=["org-x"]),
        ],
        entities=people,
    )
    data = timelinejs(analysis, ExportOptions(group_entity="merz"))
    assert [s["group"] for s in data["events"]] == ["Friedrich Merz", "Other events"]
    with pytest.raises(UnknownEntity):
        render(analysis, "timelinejs", ExportOptions(group_entity="Nobody"))


def test_a_note_is_in_the_slide_text() -> None:
    mark = EventMark(note="Check with the council.")
    [slide] = timelinejs(analysis_of([event("ev-1", date_of("2020"))], {"ev-1": mark}))["events"]
    assert slide["text"]["text"].endswith("<p>Note: Check with the council.</p>")
