"""Read a date the user types, e.g. into the timeline's jump-to-date prompt.

Accepts ``2021``, ``2021-01``, ``2021-01-06``, ``6.1.2021``, ``01.2021``, ``Jan 2021``,
``6. Januar 2021``, ``January 6, 2021``. Month names come from the language resources
(``calendar.toml``) of every available language, so the parser itself knows no language.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from tui.core import resources

DatePrecision = Literal["year", "month", "day"]

_ISO = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
_DOTTED = re.compile(r"(?:(\d{1,2})\.\s*)?(\d{1,2})\.\s*(\d{4}|\d{2})")
_WORDS = re.compile(
    r"(?:(\d{1,2})\.?\s+)?"  # day before the month: "6 Jan", "6. Januar"
    r"([^\W\d_]+)\.?,?\s+"  # the month name
    r"(?:(\d{1,2})(?:st|nd|rd|th)?\.?,?\s+)?"  # day after the month: "January 6,"
    r"(\d{4})"
)
#: Two-digit years below this are 20xx, the others 19xx (``6.1.21`` is 2021).
_CENTURY_PIVOT = 70


@dataclass(frozen=True, slots=True)
class DateQuery:
    """The first day of what the user asked for, and how precisely they asked."""

    start: dt.date
    precision: DatePrecision


@cache
def _month_numbers() -> dict[str, int]:
    """Month names of every language, from the temporal tagger's lexicon."""
    names: dict[str, int] = {}
    for lang in resources.available_languages():
        lexicon = resources.load(lang, "temporal")
        for section in ("classes", "cased"):
            for spelling, number in lexicon.get(section, {}).get("month", {}).items():
                names.setdefault(spelling.casefold().rstrip("."), number)
    return names


def _year(digits: str) -> int:
    if len(digits) == 2:
        short = int(digits)
        return 2000 + short if short < _CENTURY_PIVOT else 1900 + short
    return int(digits)


def _number(digits: str | None) -> int | None:
    """An optional group's number (None when the group did not match)."""
    return None if digits is None else int(digits)


def _make(year: int, month: int | None, day: int | None) -> DateQuery | None:
    try:
        if month is None:
            return DateQuery(dt.date(year, 1, 1), "year")
        if day is None:
            return DateQuery(dt.date(year, month, 1), "month")
        return DateQuery(dt.date(year, month, day), "day")
    except ValueError:  # month 13, 31 April, year 0
        return None


def parse_date_query(text: str) -> DateQuery | None:
    """The date in ``text``, or None if it is not a date this parser understands."""
    query = " ".join(text.split()).casefold()
    if m := _ISO.fullmatch(query):
        return _make(int(m[1]), _number(m[2]), _number(m[3]))
    if m := _DOTTED.fullmatch(query):
        return _make(_year(m[3]), int(m[2]), _number(m[1]))
    if m := _WORDS.fullmatch(query):
        month = _month_numbers().get(m[2])
        if month is None or (m[1] and m[3]):
            return None
        day = m[1] or m[3]
        return _make(int(m[4]), month, _number(day))
    return None
