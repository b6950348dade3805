import datetime as dt

import pytest

from tui.core.view.date_query import DateQuery, parse_date_query


@pytest.mark.parametrize(
    ("typed", "start", "precision"),
    [
        ("2021", dt.date(2021, 1, 1), "year"),
        ("  2021 ", dt.date(2021, 1, 1), "year"),
        ("2021-01", dt.date(2021, 1, 1), "month"),
        ("2021-1", dt.date(2021, 1, 1), "month"),
        ("2021-01-06", dt.date(2021, 1, 6), "day"),
        ("6.1.2021", dt.date(2021, 1, 6), "day"),
        ("06.01.2021", dt.date(2021, 1, 6), "day"),
        ("6. 1. 2021", dt.date(2021, 1, 6), "day"),
        ("6.1.21", dt.date(2021, 1, 6), "day"),
        ("01.2021", dt.date(2021, 1, 1), "month"),
        ("Jan 2021", dt.date(2021, 1, 1), "month"),
        ("jan. 2021", dt.date(2021, 1, 1), "month"),
        ("January 2021", dt.date(2021, 1, 1), "month"),
        ("Januar 2021", dt.date(2021, 1, 1), "month"),
        ("Jänner 2021", dt.date(2021, 1, 1), "month"),
        ("März 2020", dt.date(2020, 3, 1), "month"),
        ("Dezember 2024", dt.date(2024, 12, 1), "month"),
        ("Okt 2019", dt.date(2019, 10, 1), "month"),
        ("6 Jan 2021", dt.date(2021, 1, 6), "day"),
        ("6. Januar 2021", dt.date(2021, 1, 6), "day"),
        ("January 6, 2021", dt.date(2021, 1, 6), "day"),
        ("Jan 6th 2021", dt.date(2021, 1, 6), "day"),
        ("1.5.1999", dt.date(1999, 5, 1), "day"),
        ("3.4.85", dt.date(1985, 4, 3), "day"),
    ],
)
def test_understood_dates(typed: str, start: dt.date, precision: str) -> None:
    assert parse_date_query(typed) == DateQuery(start, precision)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "typed",
    ["", "yesterday", "2021-13", "31.4.2021", "Foo 2021", "Jan", "6 Jan 6 2021", "20211", "0000"],
)
def test_rejected_input(typed: str) -> None:
    assert parse_date_query(typed) is None
