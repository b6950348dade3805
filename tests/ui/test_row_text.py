"""What a timeline row says: dates at their precision, vague dates placed, ranges, short names."""

from __future__ import annotations

import datetime as dt

import pytest

from tui.core.model import EventDate
from tui.core.temporal.intervals import resolve
from tui.core.view.row_text import interval_label, row_date, short_name


def placed(value: str, mod: str | None = None, dct: str | None = None) -> EventDate:
    date = resolve(value, mod, dct)
    assert date is not None
    return date


@pytest.mark.parametrize(
    ("value", "mod", "expected"),
    [
        ("2021-01-06", None, ("6 Jan 2021",)),
        ("2024-12", None, ("Dec 2024",)),
        ("2020", None, ("2020",)),
        ("2021-01-06", "AFTER", ("after 6 Jan 2021",)),
        ("2020-03-12TMO", None, ("12 Mar 2020, morning", "12 Mar 2020")),
        ("2023-WI", None, ("winter 2023/24",)),
        ("199", None, ("1990s",)),
    ],
)
def test_exact_dates_are_written_at_their_precision(
    value: str, mod: str | None, expected: tuple[str, ...]
) -> None:
    written = row_date(placed(value, mod))
    assert written.variants == expected
    assert not written.vague


def test_recently_is_placed_in_the_half_year_before_publication() -> None:
    written = row_date(placed("PAST_REF", dct="2024-12"))  # Jun - Nov 2024
    assert written.vague
    assert written.variants == ("≈ H2 2024 (recently)", "≈ H2 2024", "≈ 2024")
    assert written.fitting(40) == "≈ H2 2024 (recently)"
    assert written.fitting(12) == "≈ H2 2024"
    assert written.fitting(7) == "≈ 2024"


def test_future_and_present_references_are_placed_too() -> None:
    assert row_date(placed("FUTURE_REF", dct="2024-12")).variants[0] == "≈ H1 2025 (upcoming)"
    assert row_date(placed("PRESENT_REF", dct="2024-12-05")).variants[0] == "≈ Dec 2024 (now)"


def test_a_vague_interval_split_between_halves_names_the_years() -> None:
    # Published in April: "recently" runs from October to March, half in each year.
    written = row_date(placed("PAST_REF", dct="2025-04"))
    assert written.variants[0] == "≈ 2024–2025 (recently)"
    # Published in March: four of the six months lie in the second half of 2024.
    assert row_date(placed("PAST_REF", dct="2025-03")).variants[0] == "≈ H2 2024 (recently)"


def test_approximate_dates_are_marked_vague() -> None:
    written = row_date(placed("2020", "APPROX"))
    assert written.vague and written.variants[0] == "≈ 2020"


def date_between(first: dt.date, last: dt.date, precision: str = "year") -> EventDate:
    return EventDate("range", first, last, precision, "(label)")


@pytest.mark.parametrize(
    ("first", "last", "precision", "expected"),
    [
        (dt.date(2021, 1, 1), dt.date(2024, 12, 31), "year", ("2021–2024",)),
        (dt.date(2024, 3, 1), dt.date(2024, 6, 30), "month", ("Mar–Jun 2024",)),
        (dt.date(2021, 3, 1), dt.date(2024, 6, 30), "month", ("Mar 2021–Jun 2024", "2021–2024")),
        (dt.date(2021, 1, 6), dt.date(2021, 2, 3), "day", ("6 Jan–3 Feb 2021", "Jan–Feb 2021")),
        (dt.date(2021, 1, 6), dt.date(2022, 2, 3), "day", ("6 Jan 2021–3 Feb 2022", "2021–2022")),
        (dt.date(2021, 1, 1), dt.date(2024, 12, 31), "range", ("2021–2024",)),
    ],
)
def test_intervals_wider_than_their_precision_are_ranges(
    first: dt.date, last: dt.date, precision: str, expected: tuple[str, ...]
) -> None:
    assert row_date(date_between(first, last, precision)).variants == expected


def test_a_week_across_new_year_is_not_a_range() -> None:
    assert row_date(placed("2020-W53")).variants == (
        "week of 28 Dec 2020",
        "wk of 28 Dec 2020",
        "wk 53 2020",
    )


def test_a_week_is_written_shorter_in_a_narrow_column() -> None:
    written = row_date(placed("2009-W18", "AFTER"))
    assert written.variants[0] == "after week of 27 Apr 2009"
    # The fullest form that fits: never "after week of 27" cut from the full one.
    assert written.fitting(23) == "after wk of 27 Apr 2009"
    assert written.fitting(17) == "after wk 18 2009"


@pytest.mark.parametrize(
    ("name", "label", "short"),
    [
        ("Mark Zuckerberg", "PER", "Zuckerberg"),
        ("Ursula von der Leyen", "PER", "von der Leyen"),
        ("Trump", "PER", "Trump"),
        ("Brückenbau AG", "ORG", "Brückenbau AG"),
        ("New  York", "LOC", "New York"),
    ],
)
def test_short_names(name: str, label: str, short: str) -> None:
    assert short_name(name, label) == short


def test_intervals_in_words() -> None:
    assert interval_label(dt.date(2024, 6, 1), dt.date(2024, 11, 30)) == "Jun–Nov 2024"
    assert interval_label(dt.date(2024, 1, 1), dt.date(2024, 12, 31)) == "2024"
    assert interval_label(dt.date(2024, 9, 5), dt.date(2025, 3, 4)) == "5 Sep 2024–4 Mar 2025"
    assert interval_label(dt.date(2024, 9, 5), dt.date(2024, 9, 5)) == "5 Sep 2024"
