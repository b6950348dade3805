"""One TIMEX3 value model: a value parsed once into its kind, its days and its precision."""

from __future__ import annotations

import datetime as dt

import pytest

from tui.core.temporal import values
from tui.core.temporal.values import SEASONS, fmt, parse


@pytest.mark.parametrize(
    ("value", "kind", "first", "last", "unit", "time"),
    [
        ("2021-01-06", "day", "2021-01-06", "2021-01-06", "D", ""),
        ("2021-01-06TEV", "day", "2021-01-06", "2021-01-06", "D", "TEV"),
        ("2021-01-06T14:30", "day", "2021-01-06", "2021-01-06", "D", "T14:30"),
        ("2024-W05-3", "day", "2024-01-31", "2024-01-31", "D", ""),
        ("2024-W05", "week", "2024-01-29", "2024-02-04", "W", ""),
        ("2024-W05-WE", "weekend", "2024-02-03", "2024-02-04", "W", ""),
        ("2024-02", "month", "2024-02-01", "2024-02-29", "M", ""),
        ("2023-SP", "season", "2023-03-01", "2023-05-31", "S", ""),
        ("2024-WI", "season", "2024-12-01", "2025-02-28", "S", ""),
        ("2024-Q3", "quarter", "2024-07-01", "2024-09-30", "Q", ""),
        ("2024-H1", "half", "2024-01-01", "2024-06-30", "H", ""),
        ("2020", "year", "2020-01-01", "2020-12-31", "Y", ""),
        ("199", "decade", "1990-01-01", "1999-12-31", "E", ""),
        ("18", "century", "1800-01-01", "1899-12-31", "C", ""),
    ],
)
def test_a_value_is_parsed_into_kind_days_and_precision(value, kind, first, last, unit, time):
    parsed = parse(value)
    assert parsed is not None
    assert (parsed.kind, parsed.first.isoformat(), parsed.last.isoformat()) == (kind, first, last)
    assert (parsed.unit, parsed.time, parsed.value) == (unit, time, value)


@pytest.mark.parametrize(
    "value",
    [None, "", "PAST_REF", "P2Y", "XXXX-03", "2024-13", "2024-00", "2021-02-30", "2023-W53"],
)
def test_what_is_no_calendar_value(value) -> None:
    assert parse(value) is None


def test_a_weekend_moves_with_its_week() -> None:
    weekend = parse("2024-W05-WE")
    assert weekend is not None and weekend.day == dt.date(2024, 1, 29)  # its Monday
    assert values.shift(weekend, "W", 1) == "2024-W06"
    assert values.shift(weekend, "M", 0) == "2024-01"


@pytest.mark.parametrize("unit", ["D", "W", "M", "S", "Q", "H", "Y", "E", "C"])
def test_formatting_back_gives_a_value_of_that_unit(unit) -> None:
    day = dt.date(2024, 1, 17)
    parsed = parse(fmt(day, unit))
    assert parsed is not None and parsed.unit == unit
    assert parsed.first <= day <= parsed.last


def test_every_month_lies_in_one_season_of_the_table() -> None:
    for month in range(1, 13):
        code, years_back = values.season_of(month)
        first, last, _ = SEASONS[code]
        assert first <= month + 12 * years_back <= last
    assert fmt(dt.date(2025, 2, 1), "S") == "2024-WI"  # February ends the winter before


@pytest.mark.parametrize(
    ("value", "unit", "amount", "expected"),
    [
        ("2024-12-05", "D", -1, "2024-12-04"),
        ("2024-12", "D", -1, "2024-12"),  # a month never gains an invented day
        ("2024-SU", "M", 0, "2024-06"),
        ("2024-Q1", "Y", -1, "2023"),
        ("2024-03-05", "Q", 0, "2024-Q1"),
    ],
)
def test_shift(value, unit, amount, expected) -> None:
    parsed = parse(value)
    assert parsed is not None and values.shift(parsed, unit, amount) == expected


@pytest.mark.parametrize(
    ("rest", "months"),
    [("-03-06", (3, 3)), ("-SU", (6, 8)), ("-WI", (12, 14)), ("-Q2", (4, 6)), ("-WXX-3", None)],
)
def test_months_of_a_value_without_year(rest, months) -> None:
    assert values.months_without_year(rest) == months
