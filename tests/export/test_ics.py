"""iCalendar: parsed back with the icalendar library, its events are the timeline's."""

from __future__ import annotations

import datetime as dt

import pytest
from icalendar import Calendar

from tests.export.hand_made import UNKNOWN, analysis_of, date_of, event
from tui.core.analysis import analyse
from tui.core.documents import load_seed
from tui.core.export import render, render_ics
from tui.core.model import Analysis, Document, EventDate, EventMark


def entries(text: str) -> list[Calendar]:
    return list(Calendar.from_ical(text).walk("VEVENT"))


@pytest.fixture(scope="module")
def seed() -> Analysis:
    return analyse([load_seed()])


def test_the_seed_articles_events_come_back(seed: Analysis) -> None:
    text = render(seed, "ics")
    assert text.startswith("BEGIN:VCALENDAR\r\n")
    parsed = entries(text)
    assert len(parsed) == len(seed.events) > 0
    for entry, ev in zip(parsed, seed.events, strict=True):
        assert str(entry["uid"]) == f"{ev.id}@timeline.invalid"
        assert str(entry["summary"]) == " ".join(ev.title.split())
        start, end = entry.decoded("dtstart"), entry.decoded("dtend")
        # All-day events: dates, not times; the end is the day after the interval.
        assert type(start) is dt.date and type(end) is dt.date
        assert (start, end) == (ev.date.earliest, ev.date.latest + dt.timedelta(days=1))
        assert " ".join(ev.text.split()) in str(entry["description"])
        assert "Zuckerberg und Trump dinieren zusammen" in str(entry["description"])
        assert isinstance(entry.decoded("dtstamp"), dt.datetime)


def test_day_precision_is_one_all_day_and_coarser_dates_span_their_interval() -> None:
    analysis = analysis_of(
        [
            event("ev-day", date_of("2021-01-06")),
            event("ev-month", date_of("2024-12")),
            event("ev-quarter", date_of("2024-Q1")),
            event("ev-year", date_of("2020")),
        ]
    )
    text = render_ics(analysis)
    assert "DTSTART;VALUE=DATE:20210106\r\nDTEND;VALUE=DATE:20210107\r\n" in text
    spans = {str(e["uid"]): (e.decoded("dtstart"), e.decoded("dtend")) for e in entries(text)}
    assert spans == {
        "ev-day@timeline.invalid": (dt.date(2021, 1, 6), dt.date(2021, 1, 7)),
        "ev-month@timeline.invalid": (dt.date(2024, 12, 1), dt.date(2025, 1, 1)),
        "ev-quarter@timeline.invalid": (dt.date(2024, 1, 1), dt.date(2024, 4, 1)),
        "ev-year@timeline.invalid": (dt.date(2020, 1, 1), dt.date(2021, 1, 1)),
    }


def test_uids_are_unique_and_the_same_on_a_second_run() -> None:
    corpus = analysis_of([event(f"ev-{i}", date_of(f"20{10 + i}")) for i in range(5)])
    first, second = entries(render_ics(corpus)), entries(render_ics(corpus))
    uids = [str(e["uid"]) for e in first]
    assert len(set(uids)) == 5
    assert uids == [str(e["uid"]) for e in second]


def test_an_event_without_a_year_is_left_out() -> None:
    analysis = analysis_of([event("ev-1", date_of("2020")), event("ev-2", UNKNOWN)])
    assert [str(e["uid"]) for e in entries(render_ics(analysis))] == ["ev-1@timeline.invalid"]


def test_the_note_and_the_source_are_in_the_description() -> None:
    analysis = analysis_of([event("ev-1", date_of("2020"))], {"ev-1": EventMark(note="Ask")})
    [entry] = entries(render_ics(analysis, stamp=dt.datetime(2025, 1, 1, tzinfo=dt.UTC)))
    description = str(entry["description"])
    assert "Source: An article (Paper, 2024-12)" in description
    assert description.endswith("Note: Ask")
    assert entry.decoded("dtstamp") == dt.datetime(2025, 1, 1, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/a\r\nATTACH:https://evil.invalid/x",
        "https://example.org/a b",
        "javascript:alert(1)",
        "https://example.org/\u202eexe.txt",
    ],
)
def test_a_url_that_is_no_plain_web_address_is_no_url_property(url: str) -> None:
    document = Document(id="d1", text="An article.", title="An article", url=url)
    text = render_ics(analysis_of([event("ev", date_of("2021-01-06"))], documents=[document]))
    (entry,) = entries(text)
    assert "url" not in entry
    assert not any(line.startswith("ATTACH") for line in text.split("\r\n"))
    link = next(line for line in str(entry["description"]).split("\n") if line.startswith("Link"))
    assert "\r" not in link and "\u202e" not in link


def test_a_web_address_is_the_url_property() -> None:
    document = Document(id="d1", text="An article.", url="https://example.org/a?b=1")
    text = render_ics(analysis_of([event("ev", date_of("2021-01-06"))], documents=[document]))
    (entry,) = entries(text)
    assert str(entry["url"]) == "https://example.org/a?b=1"


def test_the_date_label_is_one_inert_line() -> None:
    date = date_of("2021-01-06")
    date = EventDate(date.value, date.earliest, date.latest, date.precision, "6 Jan\n\x1b[31m")
    text = render_ics(analysis_of([event("ev", date)]))
    (entry,) = entries(text)
    assert "Date: 6 Jan \u241b[31m\n" in str(entry["description"])
