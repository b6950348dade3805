"""Four digits before a time zone or opening a live report's entries are clock times."""

from __future__ import annotations

import pytest

from tui.core.temporal import tag

_DCT = "2010-01-19"


def _values(text: str, dct: str | None = _DCT) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, lang="en", dct=dct)}


def test_a_number_before_a_time_zone_is_no_year() -> None:
    assert _values("19 January, 1130 GMT, at the airport. Aid arrives.") == {
        "19 January": "2010-01-19",
        "1130": "2010-01-19T11:30",
    }


_LIVE_REPORT = (
    "The earthquake: as it happened\n\n"
    "1615 Rescue teams arrive at the airport.\n"
    "1509 A spokesman says that no one knows the toll yet.\n"
    "1130 The first pictures from the capital show collapsed houses.\n"
)


def test_the_entries_of_a_live_report_are_clock_times_of_its_day() -> None:
    values = _values(_LIVE_REPORT)
    assert values["1509"] == "2010-01-19T15:09"
    assert values["1615"] == "2010-01-19T16:15"
    assert not any(value[:4] in ("1509", "1615", "1130") for value in values.values())


@pytest.mark.parametrize(
    ("why", "text"),
    [
        (
            "one number is no clock time: a chronology",
            "Key dates\n\n1804 Haiti becomes independent.\n1915 Troops land.\n"
            "1983 A new constitution is written.\n",
        ),
        (
            "every number is a possible year of the report",
            "Key dates\n\n1915 Troops land.\n1934 The troops leave.\n"
            "1957 A new president is elected.\n",
        ),
        (
            "too few entries",
            "The earthquake\n\n1509 A spokesman says that no one knows the toll.\n"
            "1615 Rescue teams arrive at the airport.\n",
        ),
    ],
)
def test_numbers_opening_sentences_stay_years_unless_a_live_report(why: str, text: str) -> None:
    timexes = tag(text, lang="en", dct=_DCT)
    assert timexes, why
    assert all(t.type == "DATE" and t.value == t.text for t in timexes), why


def test_without_a_publication_date_nothing_is_a_live_report() -> None:
    assert all(t.type == "DATE" for t in tag(_LIVE_REPORT, lang="en", dct=None))
