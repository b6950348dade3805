from __future__ import annotations

import datetime as dt

import pytest

from tui.core.temporal.intervals import resolve


@pytest.mark.parametrize(
    ("value", "mod", "earliest", "latest", "precision", "label"),
    [
        ("2021-01-06", None, "2021-01-06", "2021-01-06", "day", "6 Jan 2021"),
        ("2021-01-06T14:30", None, "2021-01-06", "2021-01-06", "day", "6 Jan 2021, 14:30"),
        ("2021-01-06TEV", None, "2021-01-06", "2021-01-06", "day", "6 Jan 2021, evening"),
        ("2024-W05", None, "2024-01-29", "2024-02-04", "week", "week of 29 Jan 2024"),
        ("2024-W05-WE", None, "2024-02-03", "2024-02-04", "week", "weekend of 3 Feb 2024"),
        ("2024-12", None, "2024-12-01", "2024-12-31", "month", "Dec 2024"),
        ("2024-02", None, "2024-02-01", "2024-02-29", "month", "Feb 2024"),
        ("2023-SP", None, "2023-03-01", "2023-05-31", "season", "spring 2023"),
        ("2024-WI", None, "2024-12-01", "2025-02-28", "season", "winter 2024/25"),
        ("2024-Q3", None, "2024-07-01", "2024-09-30", "quarter", "Q3 2024"),
        ("2024-H2", None, "2024-07-01", "2024-12-31", "half", "H2 2024"),
        ("2020", None, "2020-01-01", "2020-12-31", "year", "2020"),
        ("199", None, "1990-01-01", "1999-12-31", "decade", "1990s"),
        ("18", None, "1800-01-01", "1899-12-31", "century", "19th century"),
        ("20", None, "2000-01-01", "2099-12-31", "century", "21st century"),
        ("2020", "START", "2020-01-01", "2020-05-01", "year", "early 2020"),
        ("2020", "END", "2020-09-01", "2020-12-31", "year", "late 2020"),
        ("199", "START", "1990-01-01", "1993-05-01", "decade", "early 1990s"),
        ("2020", "APPROX", "2020-01-01", "2020-12-31", "year", "≈ 2020"),
    ],
)
def test_calendar_values(value, mod, earliest, latest, precision, label) -> None:
    date = resolve(value, mod)
    assert date is not None
    assert (date.earliest, date.latest) == (
        dt.date.fromisoformat(earliest),
        dt.date.fromisoformat(latest),
    )
    assert (date.precision, date.label, date.value) == (precision, label, value)


def test_vague_references_sit_beside_the_publication_date() -> None:
    past = resolve("PAST_REF", dct="2024-12")
    future = resolve("FUTURE_REF", dct="2024-12")
    present = resolve("PRESENT_REF", dct="2024-12-05")
    assert past and future and present
    assert past.latest == dt.date(2024, 11, 30) and past.earliest < past.latest
    assert future.earliest == dt.date(2025, 1, 1) and future.latest > future.earliest
    assert present.earliest == present.latest == dt.date(2024, 12, 5)
    assert past.precision == future.precision == "vague"
    assert past.label == "recently, before Dec 2024"


@pytest.mark.parametrize("value", ["XXXX-01-06", "P2Y", "2021-02-30", "2024-13", "nonsense"])
def test_unplaceable_values(value: str) -> None:
    assert resolve(value, dct="2024-12") is None


def test_vague_reference_without_publication_date_cannot_be_placed() -> None:
    assert resolve("PAST_REF") is None


@pytest.mark.parametrize(
    ("value", "earliest", "latest", "precision", "label"),
    [
        ("2021/2024", "2021-01-01", "2024-12-31", "year", "2021–2024"),
        ("2023-05-03/2023-05-05", "2023-05-03", "2023-05-05", "day", "3–5 May 2023"),
        ("2020-03/2020-05", "2020-03-01", "2020-05-31", "month", "Mar–May 2020"),
        ("2020-12-30/2021-01-02", "2020-12-30", "2021-01-02", "day", "30 Dec 2020 – 2 Jan 2021"),
        ("2019/2021-03", "2019-01-01", "2021-03-31", "year", "2019 – Mar 2021"),
    ],
)
def test_ranges_cover_both_ends(value, earliest, latest, precision, label) -> None:
    date = resolve(value)
    assert date is not None
    assert (date.earliest.isoformat(), date.latest.isoformat()) == (earliest, latest)
    assert (date.precision, date.label) == (precision, label)


def test_a_backwards_range_cannot_be_placed() -> None:
    assert resolve("2024/2021") is None
