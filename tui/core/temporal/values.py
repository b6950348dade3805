"""TIMEX3 values as typed calendar values: the one parser, formatter and calendar arithmetic.

A value is parsed once into a :class:`TimeValue`: its kind (a day, a week, a season ...),
the days it covers and the precision it is known to. A month (``2024-12``) never gains an
invented day: arithmetic finer than a value's precision returns the value itself at its own
precision (see :func:`shift`). The tagger's anchoring, the events and the timeline all read
values here, so that a season or a week means the same months and days everywhere.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

Kind = Literal[
    "day", "week", "weekend", "month", "season", "quarter", "half", "year", "decade", "century"
]

#: Arithmetic units from finest to coarsest (TIMEX3 duration letters; E decade, C century).
UNITS = ("D", "W", "M", "Q", "H", "Y", "E", "C")
_RANK = {unit: i for i, unit in enumerate(UNITS)}
#: The unit a kind counts in; a season is "S", ranked with months for arithmetic.
UNIT_OF: dict[str, str] = {
    "day": "D",
    "week": "W",
    "weekend": "W",
    "month": "M",
    "season": "S",
    "quarter": "Q",
    "half": "H",
    "year": "Y",
    "decade": "E",
    "century": "C",
}

#: The one season table: first and last month (winter runs into the next year's February,
#: month 14) and the English name. Meteorological seasons, as TimeML annotators use them.
SEASONS: dict[str, tuple[int, int, str]] = {
    "SP": (3, 5, "spring"),
    "SU": (6, 8, "summer"),
    "FA": (9, 11, "autumn"),
    "WI": (12, 14, "winter"),
}
WEEKEND = "-WE"

_VALUE = re.compile(
    r"^(?P<year>\d{4})"
    r"(?:-(?:(?P<month>\d{2})(?:-(?P<day>\d{2}))?|W(?P<week>\d{2})(?:-(?P<wday>\d))?"
    r"|Q(?P<quarter>[1-4])|H(?P<half>[12])|(?P<season>" + "|".join(SEASONS) + r")))?"
    r"(?P<rest>(?:T.*|-WE)?)$"
)
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")


@dataclass(frozen=True, slots=True)
class TimeValue:
    """A TIMEX3 DATE/TIME value placed on the calendar."""

    kind: Kind
    #: The first and last day the value covers (a weekend: its Saturday and Sunday).
    first: dt.date
    last: dt.date
    #: The value as written.
    value: str
    #: What follows the date as written: a time of day (``T14:30``, ``TEV``), or "".
    time: str = ""

    @property
    def unit(self) -> str:
        return UNIT_OF[self.kind]

    @property
    def day(self) -> dt.date:
        """The first day of the calendar unit arithmetic counts from (a weekend: its week's
        Monday, so that a weekend moves with its week)."""
        return self.first - dt.timedelta(days=5) if self.kind == "weekend" else self.first

    def finer_than(self, unit: str) -> bool:
        """True if this value is known at least as precisely as ``unit``."""
        return _rank(self.unit) <= _rank(unit)


def _rank(unit: str) -> int:
    return _RANK["M"] if unit == "S" else _RANK[unit]


def month_start(year: int, month: int) -> dt.date:
    """The first day of a month counted from ``year`` (month 14 is next February)."""
    return dt.date(year + (month - 1) // 12, (month - 1) % 12 + 1, 1)


def month_end(year: int, month: int) -> dt.date:
    """The last day of a month counted from ``year`` (month 14 is next February)."""
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _months(kind: Kind, year: int, first: int, last: int, value: str, time: str) -> TimeValue:
    return TimeValue(kind, month_start(year, first), month_end(year, last), value, time)


def parse(value: str | None) -> TimeValue | None:
    """The calendar value of a TIMEX3 DATE/TIME value, or None (durations, PAST_REF,
    ``XXXX-03``, a 30 February ...)."""
    if not value:
        return None
    try:
        if m := _VALUE.match(value):
            return _parse_dated(m, value)
        if m := _DECADE.match(value):
            year = int(m[1]) * 10
            return TimeValue(
                "decade", dt.date(max(year, 1), 1, 1), dt.date(year + 9, 12, 31), value
            )
        if m := _CENTURY.match(value):
            year = int(m[1]) * 100
            first = dt.date(max(year, 1), 1, 1)
            return TimeValue("century", first, dt.date(year + 99, 12, 31), value)
    except (ValueError, OverflowError):  # month 13, 31 April, week 54, year 0, past 9999
        return None
    return None


def _parse_dated(m: re.Match[str], value: str) -> TimeValue:
    year, rest = int(m["year"]), m["rest"]
    if m["day"]:
        day = dt.date(year, int(m["month"]), int(m["day"]))
        return TimeValue("day", day, day, value, rest)
    if m["month"]:
        month = int(m["month"])
        if not 1 <= month <= 12:  # month_start would carry month 13 into the next year
            raise ValueError(f"no month {month}")
        return _months("month", year, month, month, value, rest)
    if m["week"] and m["wday"]:
        day = dt.date.fromisocalendar(year, int(m["week"]), int(m["wday"]))
        return TimeValue("day", day, day, value, rest)
    if m["week"]:
        monday = dt.date.fromisocalendar(year, int(m["week"]), 1)
        if rest == WEEKEND:
            saturday = monday + dt.timedelta(days=5)
            return TimeValue("weekend", saturday, saturday + dt.timedelta(days=1), value)
        return TimeValue("week", monday, monday + dt.timedelta(days=6), value, rest)
    if m["quarter"]:
        quarter = int(m["quarter"])
        return _months("quarter", year, 3 * quarter - 2, 3 * quarter, value, rest)
    if m["half"]:
        half = int(m["half"])
        return _months("half", year, 6 * half - 5, 6 * half, value, rest)
    if m["season"]:
        first, last, _ = SEASONS[m["season"]]
        return _months("season", year, first, last, value, rest)
    return TimeValue("year", dt.date(year, 1, 1), dt.date(year, 12, 31), value, rest)


def season_of(month: int) -> tuple[str, int]:
    """The season a month lies in, and how many years its season began before the month's
    (January is in the winter that began the December before)."""
    for code, (first, last, _) in SEASONS.items():
        if first <= month <= last:
            return code, 0
        if first <= month + 12 <= last:
            return code, 1
    raise ValueError(f"no season holds month {month}")


def fmt(day: dt.date, unit: str) -> str:
    """``day`` written as a TIMEX3 value of granularity ``unit``."""
    if unit == "D":
        return day.isoformat()
    if unit == "W":
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if unit == "M":
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "Q":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if unit == "H":
        return f"{day.year:04d}-H{(day.month - 1) // 6 + 1}"
    if unit == "S":
        season, years_back = season_of(day.month)
        return f"{day.year - years_back:04d}-{season}"
    if unit == "Y":
        return f"{day.year:04d}"
    if unit == "E":
        return f"{day.year // 10:03d}"
    if unit == "C":
        return f"{day.year // 100:02d}"
    raise ValueError(f"unknown unit {unit!r}")


def months_without_year(rest: str) -> tuple[int, int] | None:
    """The months a value without year covers, given what follows its ``XXXX``
    (``-03-06`` -> 3..3, ``-SU`` -> 6..8, ``-Q2`` -> 4..6), or None (a week, a weekday)."""
    if len(rest) >= 3 and rest[1:3].isdigit():
        return int(rest[1:3]), int(rest[1:3])
    if rest[:1] == "-" and rest[1:3] in SEASONS:
        first, last, _ = SEASONS[rest[1:3]]
        return first, last
    if rest.startswith("-Q") and rest[2:3].isdigit():
        return 3 * int(rest[2]) - 2, 3 * int(rest[2])
    if rest.startswith("-H") and rest[2:3].isdigit():
        return 6 * int(rest[2]) - 5, 6 * int(rest[2])
    return None


# -- arithmetic ----------------------------------------------------------------------------


def _add_months(day: dt.date, months: int) -> dt.date:
    """The first of the month ``months`` after ``day``'s."""
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def shift(value: TimeValue, unit: str, amount: int) -> str:
    """The ``unit`` that lies ``amount`` units from ``value`` (``amount`` 0: the current one).

    When the value is coarser than ``unit`` (a month asked for "yesterday"), the answer is
    the value itself: we know the month, not the day, so we never invent one.
    """
    if not value.finer_than(unit):
        return value.value if value.unit != "S" else fmt(value.day, "M")
    day = value.day
    try:
        if unit == "D":
            day = day + dt.timedelta(days=amount)
        elif unit == "W":
            day = day + dt.timedelta(weeks=amount)
        elif unit in ("M", "Q", "H"):
            day = _add_months(day, amount * {"M": 1, "Q": 3, "H": 6}[unit])
        elif unit in ("Y", "E", "C"):
            day = dt.date(day.year + amount * {"Y": 1, "E": 10, "C": 100}[unit], 1, 1)
    except (OverflowError, ValueError):
        return value.value
    return fmt(day, unit)


#: Months in a unit, for shifting a value coarser than the unit asked for.
_MONTHS_IN = {
    "D": 12 / 365.25,
    "W": 84 / 365.25,
    "M": 1,
    "S": 3,
    "Q": 3,
    "H": 6,
    "Y": 12,
    "E": 120,
    "C": 1200,
}


def shift_coarse(value: TimeValue, unit: str, amount: int) -> str:
    """Like :func:`shift`, but a value coarser than ``unit`` still moves when the distance
    makes at least one of its own units ("twelve months after" 2023 is 2024, "three weeks
    after" September is October); a shorter one leaves it where it is."""
    if value.finer_than(unit) and value.unit != "S":
        return shift(value, unit, amount)
    if value.unit not in _MONTHS_IN:
        return value.value
    steps = round(amount * _MONTHS_IN[unit] / _MONTHS_IN[value.unit])
    if steps == 0:
        return value.value
    try:
        return fmt(_add_months(value.day, steps * round(_MONTHS_IN[value.unit])), value.unit)
    except (OverflowError, ValueError):
        return value.value


def contains(outer: TimeValue, inner: TimeValue) -> bool:
    """Whether ``inner`` lies within ``outer`` ("2024-03-05" within "2024" or "2024-Q1")."""
    return inner.finer_than(outer.unit) and fmt(inner.day, outer.unit) == outer.value


def shift_period(value: TimeValue, unit: str, amount: int) -> str:
    """The same kind of period as ``value``, ``amount`` units away (1989-Q3, Y, -1: 1988-Q3)."""
    months = {"M": 1, "Q": 3, "H": 6, "Y": 12, "E": 120, "C": 1200}.get(unit)
    if months is None:
        return shift(value, unit, amount)
    try:
        return fmt(_add_months(value.day, months * amount), value.unit)
    except (OverflowError, ValueError):
        return value.value


def weekday_near(
    value: TimeValue, weekday: int, direction: int, strict: bool = False
) -> str | None:
    """The date of ``weekday`` (1 = Monday) next to a day-precise ``value``.

    ``direction`` -1: the last such day up to the value, +1: the next one from it on,
    0: the one in the value's own week; +2 and -2 one week further ("übernächsten Samstag"
    is a week after "nächsten Samstag"). The value's own day counts ("said Friday" in a
    Friday paper is that Friday) unless ``strict`` ("last Friday" in a Friday paper is a
    week before). None if the value is not known to the day.
    """
    if value.unit != "D":
        return None
    day = value.day
    delta = weekday - day.isoweekday()
    if direction < 0 and (delta > 0 or (strict and delta == 0)):
        delta -= 7
    elif direction > 0 and (delta < 0 or (strict and delta == 0)):
        delta += 7
    further = max(abs(direction) - 1, 0) * (1 if direction > 0 else -1)
    return (day + dt.timedelta(days=delta + 7 * further)).isoformat()


def year_near(value: TimeValue, first: int, last: int, direction: int, strict: bool = False) -> int:
    """The year of a period without year (months ``first``..``last``) next to ``value``.

    ``direction`` -1 picks the latest such period that has begun by the value's month,
    +1 the earliest that has not ended before it; 0 (tense unknown) the nearest one, the
    value's own year on a tie. ``strict``: the period must lie wholly before (after) the
    value's month ("last October" in an October paper is a year before). Days are not
    compared: tense clues are too loose for that ("extended to Nov. 20" in a paper of
    1 November is the coming 20 November).
    """
    year = value.day.year
    if not value.finer_than("M"):
        return year
    current = value.day.month
    if direction == 0:

        def months_away(candidate: int) -> int:
            lo, hi = (candidate - year) * 12 + first, (candidate - year) * 12 + last
            return 0 if lo <= current <= hi else min(abs(lo - current), abs(hi - current))

        return min((year, year - 1, year + 1), key=months_away)
    if direction < 0:
        return year if (last < current if strict else first <= current) else year - 1
    return year if (first > current if strict else last >= current) else year + 1
